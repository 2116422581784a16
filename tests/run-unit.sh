#!/bin/sh
# run-unit.sh EXE EXPECTED -- runs a unit test program and diffs its output
# against the expected .out file (igraph's habit). AG_UPDATE_GOLDEN=1 rewrites it.
exe=$1 expected=$2
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$exe" >"$out" 2>&1
rc=$?
echo "exit: $rc" >>"$out"
if [ "${AG_UPDATE_GOLDEN:-}" = 1 ]; then
    cp "$out" "$expected"
    exit 0
fi
diff -u "$expected" "$out"
