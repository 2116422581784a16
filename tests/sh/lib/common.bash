# common.bash -- the start that shell tests of tests/sh share, sourced
# after `set -u` with the test's arguments, ARMSGRAPH SRC_DIR ...: sets AG
# and SRC to their absolute paths. Not a test itself: tests.cmake runs
# tests/sh/*.sh only.
#
#   need CMD [NOTE]   skip the test (exit 77) unless CMD is installed
#   skip_if_sanitized BUILD WHY
#                     skip it in a build configured with AG_SANITIZE=ON
#   scratch LOCALE    make the scratch folder $W, removed on exit, and set
#                     up a reproducible run: the data of $SRC, a fixed
#                     clock, no default store, LC_ALL=LOCALE
#   fail MSG...       print "FAIL: MSG" and exit 1
#   fail_later MSG... print "FAIL: MSG" and go on: status (0 at first)
#                     becomes 1, for the test to exit with at its end
#   examples_corpus DIR
#                     write the example articles (examples/articles, the
#                     JSON Lines records one file each) as DIR/<id>.txt with
#                     their gold files (tests/data/examples-gold) beside

# shellcheck disable=SC2034 # AG is for the test that sources this file
AG=$(readlink -f "$1")
SRC=$(readlink -f "$2")

need() {
    command -v "$1" >/dev/null 2>&1 || { echo "skip: $1${2:+ $2} is not installed"; exit 77; }
}

skip_if_sanitized() {
    if grep -q '^AG_SANITIZE:BOOL=ON' "$1/CMakeCache.txt" 2>/dev/null; then
        echo "skip: sanitizer build ($2)"
        exit 77
    fi
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

status=0
fail_later() {
    echo "FAIL: $*"
    status=1
}

examples_corpus() {
    mkdir -p "$1"
    python3 - "$SRC/examples/articles" "$SRC/tests/data/examples-gold" "$1" <<'PY'
import json, os, shutil, sys
arts, gold, out = sys.argv[1:4]
for name in sorted(os.listdir(arts)):
    p = os.path.join(arts, name)
    if name.endswith(".jsonl"):
        for line in open(p, encoding="utf-8"):
            a = json.loads(line)
            open(os.path.join(out, a["id"] + ".txt"), "w", encoding="utf-8").write(a["text"])
    elif name.endswith(".txt"):
        shutil.copy(p, os.path.join(out, name))
for name in os.listdir(gold):
    shutil.copy(os.path.join(gold, name), os.path.join(out, name))
PY
}
