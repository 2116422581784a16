#!/bin/bash
# badinput-store-unchanged.sh ARMSGRAPH SRC_DIR BUILD_DIR -- bad input loses
# nothing already stored and adds nothing: for every bad-input golden test
# (tests/golden/04NN-*) whose setup builds store.db, runs the setup, takes a
# dump of the store, runs the command, and checks that it failed (exit 1)
# and that the dump, integrity_check and file mode are as before. Goldens
# whose expected output says "added N" with N > 0 (good records beside bad
# ones) are checked for the exact growth instead.
set -u
. "$(dirname "$0")/lib/common.bash"
need sqlite3 "(CLI)"
scratch C.UTF-8
export NO_COLOR=1
checked=0

snapshot() {
    sqlite3 "$1" .dump | sha256sum
    sqlite3 "$1" 'PRAGMA integrity_check'
    stat -c %a "$1"
}

for dir in "$SRC"/tests/golden/04[0-9][0-9]-*/; do
    name=$(basename "$dir")
    grep -q 'store\.db' "$dir/args" 2>/dev/null || continue
    [ -f "$dir/setup" ] || continue
    W=$(mktemp -d)
    (
        cd "$W" || exit 1
        export AG SRC WORK="$W"
        sh -e "$dir/setup" >setup.log 2>&1 || { echo "FAIL: $name: setup"; cat setup.log; exit 1; }
        [ -f store.db ] || exit 0
        before=$(snapshot store.db)
        articles=$(sqlite3 store.db 'SELECT count(*) FROM articles')
        eval "set -- $(cat "$dir/args")"
        "$AG" "$@" </dev/null >out.txt 2>err.txt
        rc=$?
        [ "$rc" = 1 ] || { echo "FAIL: $name: exit $rc, want 1"; cat err.txt; exit 1; }
        [ -s err.txt ] || { echo "FAIL: $name: no message on stderr"; exit 1; }
        added=$(sed -n 's/^added \([0-9]*\) articles\{0,1\},.*/\1/p' "$dir/expected.out")
        if [ -n "$added" ] && [ "$added" -gt 0 ]; then
            now=$(sqlite3 store.db 'SELECT count(*) FROM articles')
            [ "$now" = $((articles + added)) ] ||
                { echo "FAIL: $name: $now articles, want $articles + $added"; exit 1; }
            [ "$(sqlite3 store.db 'PRAGMA integrity_check')" = ok ] ||
                { echo "FAIL: $name: integrity_check"; exit 1; }
            echo "ok: $name: only the $added good record(s) added"
        else
            after=$(snapshot store.db)
            [ "$before" = "$after" ] || { echo "FAIL: $name: the store changed"; exit 1; }
            echo "ok: $name: store unchanged"
        fi
    ) || status=1
    checked=$((checked + 1))
    rm -rf "$W"
done
[ "$checked" -ge 5 ] || { echo "FAIL: only $checked bad-input goldens with a store found"; exit 1; }
exit $status
