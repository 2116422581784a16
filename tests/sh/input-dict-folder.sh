#!/bin/bash
# input-dict-folder.sh ARMSGRAPH SRC BUILD -- a data folder without
# dictionaries is an error, never a silent ingest of zero edges: with
# ARMSGRAPH_DATA set to an empty folder or to a missing one, `ingest` and
# `extract` fail (exit 1) naming the folder, and no store is created.
set -u
# shellcheck source=lib/common.bash
. "$(dirname "$0")/lib/common.bash"
scratch C.UTF-8
mkdir "$W/empty"
art=$SRC/examples/articles/ex-007.txt
for data in "$W/empty" "$W/missing"; do
    ARMSGRAPH_DATA=$data "$AG" ingest --db "$W/s.db" "$art" >"$W/out" 2>"$W/err"
    rc=$?
    [ $rc = 1 ] || fail "ingest with ARMSGRAPH_DATA=$data: exit $rc, expected 1"
    grep -q "$data" "$W/err" || fail "the error does not name $data: $(cat "$W/err")"
    [ -e "$W/s.db" ] && fail "a store was created with ARMSGRAPH_DATA=$data"
    ARMSGRAPH_DATA=$data "$AG" extract "$art" >"$W/out" 2>"$W/err"
    rc=$?
    [ $rc = 1 ] || fail "extract with ARMSGRAPH_DATA=$data: exit $rc, expected 1"
done
# the real data folder still works
"$AG" ingest --quiet --db "$W/s.db" "$art" || fail "ingest with the real data folder"
echo ok
