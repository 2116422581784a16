#!/bin/bash
# valgrind-unit.sh ARMSGRAPH SRC_DIR BUILD_DIR -- every unit test program
# (BUILD_DIR/test_*) under valgrind memcheck: no memory error, no definite
# leak, and the exit status its .out file expects. The CLI paths are in
# valgrind.sh. Skipped (77) without valgrind and in the sanitizer build.
set -u
. "$(dirname "$0")/lib/common.bash" "$@"
BUILD=$(readlink -f "$3")

need valgrind
skip_if_sanitized "$BUILD" "valgrind runs on the plain build"
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
export ARMSGRAPH_DATA="$SRC/data"
cd "$SRC/tests/unit" || exit 1
status=0
n=0
for exe in "$BUILD"/test_*; do
    [ -x "$exe" ] && [ -f "$exe" ] || continue
    name=$(basename "$exe")
    [ -f "$name.out" ] || continue
    want=$(sed -n 's/^exit: \([0-9]*\)$/\1/p' "$name.out" | tail -1)
    n=$((n + 1))
    memcheck "$W/$name.vg" "$exe" >"$W/$name.out" 2>&1
    rc=$?
    if [ "$rc" = 99 ] || [ -s "$W/$name.vg" ]; then
        echo "FAIL: $name: memcheck errors"
        head -40 "$W/$name.vg"
        status=1
    elif [ "$rc" != "${want:-0}" ]; then
        echo "FAIL: $name: exit $rc under valgrind, want ${want:-0}"
        status=1
    else
        echo "ok: $name"
    fi
done
[ "$n" -gt 0 ] || { echo "skip: no unit test programs in $BUILD"; exit 77; }
exit $status
