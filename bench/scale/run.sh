#!/bin/bash
# run.sh [BUILD_DIR] [ARTICLES] -- throughput of the streaming mapper
# `armsgraph extract --jsonl` with 1 and with 2 parallel jobs (GNU parallel
# --pipe) on a generated corpus of our own template articles; prints MB/s,
# articles/s and the scaling factor. docs/scale-out.md sizes clusters from it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
build=${1:-$src/build}
n=${2:-60000}
ag=$build/armsgraph
corpus=/tmp/armsgraph-scale-$n.jsonl
export ARMSGRAPH_DATA=${ARMSGRAPH_DATA:-$src/data}
[ -f "$corpus" ] || python3 "$src/tests/data/bad/gen_corpus.py" "$n" "$corpus" 5
bytes=$(stat -c %s "$corpus")
timeit() { # command...: prints seconds
    local t0 t1
    t0=$(date +%s%N)
    "$@" >/dev/null
    t1=$(date +%s%N)
    echo $(((t1 - t0) / 1000000))e-3
}
one=$(timeit "$ag" extract --jsonl "$corpus")
two=$(timeit sh -c "parallel --will-cite --pipe --block 4M -j 2 --keep-order '$ag' extract --jsonl <'$corpus'")
python3 - "$bytes" "$n" "$one" "$two" <<'PY'
import sys
b, n, one, two = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
mb = b / 1e6
print("corpus: %d articles, %.1f MB" % (n, mb))
print("1 job : %6.2f s  %6.1f MB/s  %8.0f articles/s" % (one, mb / one, n / one))
print("2 jobs: %6.2f s  %6.1f MB/s  %8.0f articles/s" % (two, mb / two, n / two))
print("scaling with 2 jobs on this 2-core machine: %.2fx" % (one / two))
PY
