#!/bin/bash
# files-private-tree.sh ARMSGRAPH SRC BUILD -- the tests that run commands
# as user nobody (badinput-readonly, store-errors) pass when the source and
# build trees sit in a folder only root may enter, as a clone in root's
# home (mode 0700) does (issue 15, point 17): they are run here on a copy
# of the program, data/ and themselves inside such a folder, and must
# neither fail nor skip. Only as root with setpriv; skipped otherwise.
set -u
. "$(dirname "$0")/lib/common.bash"
[ "$(id -u)" = 0 ] || { echo "skip: only root meets folders it alone may enter"; exit 77; }
need setpriv "(util-linux)"
need sqlite3 "(CLI)"
python_with sqlite3 || { echo "skip: python3 has no sqlite3"; exit 77; }
scratch C.UTF-8
P=$W/private
mkdir -m 700 "$P" && mkdir -p "$P/build" "$P/src/tests/sh/lib" "$P/src/tests/data/graph" "$P/src/tests/data/store" ||
    fail "making $P"
cp "$AG" "$P/build/armsgraph" && cp -R "$SRC/data" "$P/src/data" &&
    cp "$SRC/tests/data/graph/edges.jsonl" "$P/src/tests/data/graph/" &&
    cp "$SRC/tests/data/store/v2.sql" "$P/src/tests/data/store/" &&
    cp "$SRC/tests/sh/lib/common.bash" "$P/src/tests/sh/lib/" || fail "copying into $P"
setpriv --reuid=65534 --regid=65534 --clear-groups test -x "$P/build/armsgraph" &&
    fail "user nobody can enter $P: the test proves nothing"
for t in badinput-readonly store-errors; do
    cp "$SRC/tests/sh/$t.sh" "$P/src/tests/sh/" || fail "copying $t.sh"
    (cd "$W" && bash "$P/src/tests/sh/$t.sh" "$P/build/armsgraph" "$P/src" "$P/build") \
        >"$W/$t.out" 2>&1
    rc=$?
    [ $rc = 0 ] || fail_later "$t in a folder only root may enter: exit $rc: $(tail -5 "$W/$t.out")"
    grep -q '^note: not run' "$W/$t.out" && fail_later "$t left a part out: $(grep '^note' "$W/$t.out")"
done
[ $status = 0 ] && echo "ok: the tests run as nobody pass from a tree in a mode-0700 folder"
exit $status
