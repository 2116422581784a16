#!/bin/sh
# whole.sh [MEGABYTES] -- the whole `armsgraph extract --jsonl` command
# (read, parse, extract, write JSON) on a corpus of MEGABYTES (default 30)
# of our own synthetic articles from gen.py, kept in /tmp between runs: best
# of 3 runs, printed as seconds and MB/s of article text. The program is
# build/armsgraph (or $AG).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
ag=${AG:-$src/build/armsgraph}
mb=${1:-30}
corpus=${CORPUS:-/tmp/armsgraph-bench-$mb.jsonl}
[ -f "$corpus" ] || python3 "$here/gen.py" "$corpus" "$mb" >/dev/null
export ARMSGRAPH_DATA="${ARMSGRAPH_DATA:-$src/data}"
best=
for run in 1 2 3; do
    t0=$(date +%s.%N)
    "$ag" extract --jsonl "$corpus" >/dev/null
    t1=$(date +%s.%N)
    best=$(echo "$t0 $t1 ${best:-}" | awk '{ t = $2 - $1; if ($3 == "" || t < $3) t = t; else t = $3; printf "%.3f", t }')
done
echo "$mb $best" | awk '{ printf "extract --jsonl: %d MB of article text, best of 3 %.2f s, %.1f MB/s\n", $1, $2, $1 / $2 }'
