# common.bash -- the start that shell tests of tests/sh share, sourced
# after `set -u` with the test's arguments, ARMSGRAPH SRC_DIR ...: sets AG
# and SRC to their absolute paths. Not a test itself: tests.cmake runs
# tests/sh/*.sh only.
#
#   need CMD [NOTE]   skip the test (exit 77) unless CMD is installed
#   scratch LOCALE    make the scratch folder $W, removed on exit, and set
#                     up a reproducible run: the data of $SRC, a fixed
#                     clock, no default store, LC_ALL=LOCALE
#   fail MSG...       print "FAIL: MSG" and exit 1

# shellcheck disable=SC2034 # AG is for the test that sources this file
AG=$(readlink -f "$1")
SRC=$(readlink -f "$2")

need() {
    command -v "$1" >/dev/null 2>&1 || { echo "skip: $1${2:+ $2} is not installed"; exit 77; }
}

scratch() {
    W=$(mktemp -d)
    trap 'rm -rf "$W"' EXIT
    export ARMSGRAPH_DATA="$SRC/data" ARMSGRAPH_NOW=2026-01-01T00:00:00Z LC_ALL=$1
    unset ARMSGRAPH_DB
}

fail() {
    echo "FAIL: $*"
    exit 1
}
