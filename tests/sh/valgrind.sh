#!/bin/bash
# valgrind.sh ARMSGRAPH SRC_DIR BUILD_DIR -- runs the normal paths of the
# program under valgrind memcheck and fails on any memory error or definite
# leak: extract of an example article, ingest of the examples into a new
# store (twice), stats, edges, path, central and the three exports, and a
# few error paths.
#
# valgrind reports with exit 99 (not 1, which is armsgraph's "failed"), so
# the expected exit of each command is checked apart from memcheck's verdict.
# Skipped (77) when valgrind is missing and in the sanitizer build (ASan and
# valgrind do not mix).
set -u
. "$(dirname "$0")/lib/common.bash" "$@"
BUILD=$3

need valgrind
skip_if_sanitized "$BUILD" "valgrind runs on the plain build"

W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
export ARMSGRAPH_DATA="$SRC/data" ARMSGRAPH_NOW=2026-01-01T00:00:00Z
unset ARMSGRAPH_DB
status=0
n=0

# vg EXPECTED_EXIT ARGS... -- one command under memcheck
vg() {
    local want=$1 rc
    shift
    n=$((n + 1))
    memcheck "$W/vg.$n.log" "$AG" "$@" >"$W/out.$n" 2>"$W/err.$n"
    rc=$?
    if [ "$rc" = 99 ] || [ -s "$W/vg.$n.log" ]; then
        echo "FAIL: memcheck errors in: armsgraph $*"
        head -60 "$W/vg.$n.log"
        status=1
    elif [ "$rc" != "$want" ]; then
        echo "FAIL: armsgraph $* exited $rc, want $want"
        cat "$W/err.$n"
        status=1
    else
        echo "ok: armsgraph $*"
    fi
}

DB="$W/store.db"
vg 0 extract --format json "$SRC/examples/articles/ex-007.txt"
vg 0 ingest --db "$DB" "$SRC/examples/articles"
vg 0 ingest --db "$DB" "$SRC/examples/articles" # everything already stored
vg 0 stats --db "$DB"
vg 0 edges --db "$DB" --format json
vg 0 path --db "$DB" --undirected Iran Ukraine
vg 0 central --db "$DB" --measure betweenness
vg 0 export dot --db "$DB"
vg 0 export gexf --db "$DB"
vg 0 export json --db "$DB" -o "$W/graph.json"
# error paths free what they took too
vg 1 extract "$W/no-such-file.txt"
printf 'Iran \xff supplied\n' >"$W/bad.txt"
vg 1 ingest --db "$DB" "$W/bad.txt"
vg 1 path --db "$DB" Iran "No Such Actor"
vg 2 central --db "$DB" --measure nonsense
exit $status
