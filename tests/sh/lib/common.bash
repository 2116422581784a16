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
#   python_with MODULE...
#                     set PY to the system's python3 (/usr/bin/python3,
#                     else the first on PATH); false unless it imports
#                     every MODULE (python_with sqlite3 || skip ...)
#   fixture_stores    ingest the graph fixture (tests/data/graph/edges.jsonl)
#                     into $W/f.db and the articles of examples/ into $W/ex.db
#   memcheck LOG CMD...
#                     run CMD under valgrind's memcheck, its report in LOG:
#                     exit code 99 or a non-empty LOG say it found errors
#                     (definite leaks count)
#   data_without DIR WORD...
#                     copy the data folder of $SRC to DIR with each trigger
#                     WORD taken out of DIR/triggers.json (a rule removed);
#                     fails when a WORD is in no class
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

python_with() {
    PY=/usr/bin/python3
    [ -x "$PY" ] || PY=python3
    [ $# = 0 ] || "$PY" -c "import $(IFS=,; echo "$*")" 2>/dev/null
}

fixture_stores() {
    "$AG" ingest --quiet --db "$W/f.db" --edges "$SRC/tests/data/graph/edges.jsonl" ||
        fail "ingest of the fixture"
    "$AG" ingest --quiet --db "$W/ex.db" "$SRC/examples/articles" || fail "ingest of examples/"
}

memcheck() {
    local log=$1
    shift
    valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
        --show-leak-kinds=definite --log-file="$log" "$@"
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

data_without() {
    local dir=$1
    shift
    cp -r "$SRC/data" "$dir" || return 1
    python3 - "$dir/triggers.json" "$@" <<'PY'
import json, sys
p, words = sys.argv[1], sys.argv[2:]
classes = json.load(open(p))
for w in words:
    hit = [c for c in classes if w in c.get("words", [])]
    assert hit, "no trigger word %r in triggers.json" % w
    for c in hit:
        c["words"].remove(w)
json.dump(classes, open(p, "w"))
PY
}
