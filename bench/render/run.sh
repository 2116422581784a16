#!/bin/sh
# run.sh [BUILD_DIR] -- the render benchmark (issue 14): `export dot
# --render` on stores of growing size, with each Graphviz layout program.
# Generates stores of 100 to 5,000 edges (bench/graph/gen.py, about three
# edges per actor, two mentions per edge; kept in $BENCH_DIR), then times
#   - the layout programs alone on the exported DOT (dot, neato, sfdp;
#     each capped at $BENCH_TIMEOUT seconds), which gives the size limits
#     of cli/cmd-export.c;
#   - `armsgraph export dot --render svg` on the 5,000-edge store with the
#     default layout (must refuse within a second, with advice) and with
#     --layout sfdp (must draw the picture within seconds).
#
#   BENCH_DIR=/tmp/armsgraph-render-bench   where the stores go
#   BENCH_TIMEOUT=60                          cap per layout run, seconds
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$(cd "$HERE/../.." && pwd)
BUILD=$(cd "${1:-$SRC/build}" && pwd)
DIR=${BENCH_DIR:-/tmp/armsgraph-render-bench}
CAP=${BENCH_TIMEOUT:-60}
AG="$BUILD/armsgraph"
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
mkdir -p "$DIR"
cd "$DIR"

now() { date +%s.%N; }
since() { echo "$(now) $1" | awk '{ printf "%.2f", $1 - $2 }'; }

for e in 100 200 300 2000 5000; do
    if [ ! -f "g$e.db" ]; then
        "$PY" "$SRC/bench/graph/gen.py" "g$e.jsonl" --actors $((e / 3)) --edges $e \
            --mentions $((e * 2)) >/dev/null 2>&1
        "$AG" ingest --quiet --db "g$e.db" --edges "g$e.jsonl"
    fi
    "$AG" export dot --db "g$e.db" -o "g$e.dot"
done

printf '%-6s %7s %7s %7s   (seconds; ">" = stopped at the cap)\n' edges dot neato sfdp
for e in 100 200 300 2000 5000; do
    line=$(printf '%-6s' $e)
    for layout in dot neato sfdp; do
        # dot past 300 edges and neato past 2,000 take minutes: not run
        if { [ $layout = dot ] && [ $e -gt 300 ]; } || { [ $layout = neato ] && [ $e -gt 2000 ]; }; then
            line="$line $(printf '%7s' -)"
            continue
        fi
        t0=$(now)
        if timeout "$CAP" $layout -Tsvg "g$e.dot" -o /dev/null 2>/dev/null; then
            line="$line $(printf '%7s' "$(since "$t0")")"
        else
            line="$line $(printf '%7s' ">$CAP")"
        fi
    done
    echo "$line"
done

echo
t0=$(now)
if "$AG" export dot --db g5000.db --render svg -o g5000.svg 2>refusal.txt; then
    echo "FAIL: the 5,000-edge store was drawn with dot" >&2
    exit 1
fi
echo "export dot --render svg (5,000 edges, layout dot): refused in $(since "$t0") s:"
sed 's/^/    /' refusal.txt
t0=$(now)
"$AG" export dot --db g5000.db --render svg --layout sfdp -o g5000.svg
echo "export dot --render svg --layout sfdp (5,000 edges): $(since "$t0") s, $(wc -c <g5000.svg) bytes"
