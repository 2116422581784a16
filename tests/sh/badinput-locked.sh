#!/bin/bash
# badinput-locked.sh ARMSGRAPH SRC_DIR BUILD_DIR -- another writer holds the
# store (python3's sqlite3 module in BEGIN EXCLUSIVE):
#   - ingest with a short ARMSGRAPH_BUSY_TIMEOUT gives up after about that
#     long with "FILE: database is locked by another writer", exit 1, and
#     stores nothing;
#   - readers (stats, edges, export) work meanwhile (WAL);
#   - with the default timeout (5 s) an ingest waits for a lock held 1 s and
#     then succeeds.
set -u
. "$(dirname "$0")/lib/common.bash"
need python3
scratch C
holder=
trap '[ -n "$holder" ] && kill $holder 2>/dev/null; rm -rf "$W"' EXIT
unset ARMSGRAPH_BUSY_TIMEOUT
cd "$W" || exit 1
now_ms() { date +%s%3N; }

printf 'Iran supplied Russia with drones in March, officials said.\n' >good.txt
printf 'Belarus supplied Russia with tanks in May, officials said.\n' >more.txt
"$AG" ingest --db s.db good.txt >/dev/null || fail "first ingest"

# hold SECONDS -- takes the write lock, prints "locked", holds it, lets go
hold() {
    python3 - "$1" <<'EOF' &
import sqlite3, sys, time
c = sqlite3.connect("s.db", isolation_level=None)
c.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
time.sleep(float(sys.argv[1]))
c.execute("ROLLBACK")
EOF
    holder=$!
}
wait_locked() {
    for _ in $(seq 1 100); do
        [ "$(cat lock.out 2>/dev/null)" = locked ] && return 0
        sleep 0.05
    done
    fail "the lock holder did not start"
}

hold 2 >lock.out
wait_locked
t0=$(now_ms)
ARMSGRAPH_BUSY_TIMEOUT=300 "$AG" ingest --db s.db more.txt >out.txt 2>err.txt
rc=$?
dt=$(($(now_ms) - t0))
[ "$rc" = 1 ] || fail "ingest under a lock: exit $rc, want 1"
[ "$(cat err.txt)" = "armsgraph: s.db: database is locked by another writer" ] ||
    fail "ingest under a lock said: $(cat err.txt)"
[ "$dt" -ge 250 ] && [ "$dt" -lt 3000 ] || fail "ingest gave up after $dt ms with a 300 ms busy timeout"
echo "ok: ingest under a lock: exit 1 after $dt ms: $(cat err.txt)"
for q in "stats" "edges" "export json"; do
    # shellcheck disable=SC2086
    "$AG" $q --db s.db >q.out 2>q.err || { cat q.err; fail "'$q' while another process writes"; }
    [ -s q.err ] && { cat q.err; fail "'$q' wrote to stderr"; }
done
echo "ok: stats, edges and export json work while the lock is held"
wait "$holder"
holder=
[ "$(python3 -c 'import sqlite3; print(sqlite3.connect("s.db").execute("SELECT count(*) FROM articles").fetchone()[0])')" = 1 ] ||
    fail "the refused ingest stored something"

# the default busy timeout waits for a short lock
rm -f lock.out
hold 1 >lock.out
wait_locked
"$AG" ingest --db s.db more.txt >out.txt 2>err.txt || { cat err.txt; fail "ingest did not wait for a 1 s lock"; }
wait "$holder"
holder=
[ "$(cat out.txt)" = "added 1 article, skipped 0 (already stored), refused 0" ] || fail "after waiting: $(cat out.txt)"
echo "ok: with the default busy timeout, ingest waits for a 1 s lock and stores the article"
