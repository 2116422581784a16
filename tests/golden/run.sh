#!/bin/sh
# run.sh ARMSGRAPH SRCDIR TESTDIR -- one golden CLI test.
#
# TESTDIR holds:
#   args          the arguments of armsgraph, shell-quoted, on one line
#   setup         (optional) shell run first in the work folder, with $AG the
#                 program and $SRC the source tree; its output is discarded
#   stdin         (optional) fed to armsgraph
#   expected.out  stdout, then "--- stderr" and stderr, then "--- exit N"
# The run happens in a fresh temporary folder; paths of the work folder and
# source tree print as $WORK and $SRC. AG_UPDATE_GOLDEN=1 rewrites expected.out.
AG=$1
SRC=$2
dir=$3
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export AG SRC WORK
export ARMSGRAPH_NOW=2026-01-01T00:00:00Z NO_COLOR=1 LC_ALL=C.UTF-8
unset ARMSGRAPH_DB
cd "$WORK" || exit 1
if [ -f "$dir/setup" ]; then
    if ! sh -e "$dir/setup" >setup.log 2>&1; then
        echo "setup failed:"; cat setup.log; exit 1
    fi
fi
eval "set -- $(cat "$dir/args")"
if [ -f "$dir/stdin" ]; then
    "$AG" "$@" <"$dir/stdin" >stdout.txt 2>stderr.txt
else
    "$AG" "$@" </dev/null >stdout.txt 2>stderr.txt
fi
rc=$?
{
    cat stdout.txt
    echo "--- stderr"
    cat stderr.txt
    echo "--- exit $rc"
} | sed -e "s|$WORK|\$WORK|g" -e "s|$SRC|\$SRC|g" >actual.out
if [ "${AG_UPDATE_GOLDEN:-}" = 1 ]; then
    cp actual.out "$dir/expected.out"
    exit 0
fi
diff -u "$dir/expected.out" actual.out
