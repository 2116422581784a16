#!/bin/bash
# run.sh [MEGABYTES] -- builds the extraction benchmark against the library
# in build/ (or $BUILD), generates a corpus of MEGABYTES (default 110) of our
# own synthetic articles into /tmp (kept between runs), and runs it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
build=${BUILD:-$src/build}
mb=${1:-110}
corpus=${CORPUS:-/tmp/armsgraph-bench-$mb.jsonl}
cmake --build "$build" --target armsgraph_lib >/dev/null
cc -O2 -std=c17 -Wall -Wextra -I"$src/common" -I"$src/graph" -I"$src/ingest" "$here/bench.c" \
    "$build/libarmsgraph.a" $(pkg-config --libs libcjson nettle sqlite3 igraph libutf8proc) -lm -o /tmp/armsgraph-bench
[ -f "$corpus" ] || python3 "$here/gen.py" "$corpus" "$mb"
ARMSGRAPH_DATA=${ARMSGRAPH_DATA:-$src/data} /tmp/armsgraph-bench "$corpus"
