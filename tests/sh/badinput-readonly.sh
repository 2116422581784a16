#!/bin/bash
# badinput-readonly.sh ARMSGRAPH SRC_DIR BUILD_DIR -- read-only stores:
#   - a read-only store file: ingest fails with "the store is read-only",
#     stores nothing; stats, edges and export still work;
#   - a store in a read-only folder: same;
#   - a new store in a read-only folder: a clear "cannot create" error;
#   - an unreadable article: named, the readable ones still stored.
# As root, permissions do not bind, so the commands run as user nobody
# (setpriv); skipped (77) when that is impossible. nobody may not reach the
# source and build trees (a clone in root's home, mode 0700): the program
# and the dictionaries it runs with are copied to a temporary folder that
# everyone can read.
set -u
AG=$(readlink -f "$1")
SRC=$(readlink -f "$2")

command -v sqlite3 >/dev/null 2>&1 || { echo "skip: sqlite3 (CLI) is not installed"; exit 77; }
AS=()
if [ "$(id -u)" = 0 ]; then
    command -v setpriv >/dev/null 2>&1 || { echo "skip: root without setpriv"; exit 77; }
    AS=(setpriv --reuid=65534 --regid=65534 --clear-groups)
fi
W=$(mktemp -d)
R=$(mktemp -d)
trap 'chmod -R u+w "$W"; rm -rf "$W" "$R"' EXIT
chmod 755 "$W" "$R"
[ "$(id -u)" = 0 ] && chown 65534:65534 "$W"
cp "$AG" "$R/armsgraph" && cp -R "$SRC/data" "$R/data" && chmod -R a+rX "$R" ||
    { echo "FAIL: copying the program and data/ to $R"; exit 1; }
AG=$R/armsgraph
export ARMSGRAPH_DATA="$R/data" ARMSGRAPH_NOW=2026-01-01T00:00:00Z LC_ALL=C
unset ARMSGRAPH_DB
cd "$W" || exit 1
status=0
ag() { "${AS[@]}" "$AG" "$@"; }
as() { "${AS[@]}" "$@"; }
if ! as sh -c 'test -w . && test -r "$ARMSGRAPH_DATA/states.json" && test -x "$1"' sh "$AG"; then
    echo "skip: user nobody cannot reach the temporary folders $W and $R (TMPDIR=${TMPDIR:-/tmp})"
    exit 77
fi
# expect WANT_EXIT WANT_STDERR ARGS...
expect() {
    local want_rc=$1 want_err=$2 rc
    shift 2
    ag "$@" >out.txt 2>err.txt
    rc=$?
    if [ "$rc" != "$want_rc" ] || [ "$(cat err.txt)" != "$want_err" ]; then
        echo "FAIL: armsgraph $*: exit $rc (want $want_rc)"
        echo "   got:  $(cat err.txt)"
        echo "   want: $want_err"
        status=1
    else
        echo "ok: armsgraph $*: exit $rc${want_err:+: $want_err}"
    fi
}

as sh -c 'printf "Iran supplied Russia with drones in March, officials said.\n" >good.txt
    printf "Belarus supplied Russia with tanks in May, officials said.\n" >more.txt
    mkdir folder' || { echo "FAIL: setup"; exit 1; }
ag ingest --db file.db good.txt >/dev/null && ag ingest --db folder/s.db good.txt >/dev/null ||
    { echo "FAIL: first ingest"; exit 1; }

# a read-only file
as chmod 444 file.db
before=$(sqlite3 file.db .dump | sha256sum)
expect 1 "armsgraph: file.db: the store or its folder is read-only (attempt to write a readonly database)" \
    ingest --db file.db more.txt
expect 0 "" stats --db file.db
expect 0 "" edges --db file.db
expect 0 "" export json --db file.db
[ "$(sqlite3 file.db .dump | sha256sum)" = "$before" ] || { echo "FAIL: read-only file changed"; status=1; }

# a read-only folder
as chmod 555 folder
before=$(sqlite3 -readonly "file:folder/s.db?immutable=1" .dump | sha256sum)
expect 1 "armsgraph: folder/s.db: the store or its folder is read-only (attempt to write a readonly database)" \
    ingest --db folder/s.db more.txt
expect 0 "" stats --db folder/s.db
expect 0 "" export json --db folder/s.db
[ "$(sqlite3 -readonly "file:folder/s.db?immutable=1" .dump | sha256sum)" = "$before" ] ||
    { echo "FAIL: store in read-only folder changed"; status=1; }
expect 1 "armsgraph: folder/new.db: cannot create the store: Permission denied" ingest --db folder/new.db more.txt
[ -e folder/new.db ] && { echo "FAIL: folder/new.db appeared"; status=1; }

# an unreadable article among readable ones: named, the others stored
as sh -c 'mkdir in && cp more.txt in/a.txt && cp good.txt in/b.txt && chmod 000 in/b.txt'
expect 1 "armsgraph: in/b.txt: Permission denied" ingest --db fresh.db in
[ "$(sqlite3 fresh.db 'SELECT count(*) FROM articles')" = 1 ] || { echo "FAIL: the readable article was not stored"; status=1; }
expect 1 "armsgraph: in/b.txt: Permission denied" extract in/b.txt
exit $status
