#!/bin/bash
# store-errors.sh ARMSGRAPH SRC_DIR BUILD_DIR -- the store refuses what it
# cannot handle, with clear messages, and changes nothing: a store of a
# newer schema version, a store locked by another writer (readers still
# work meanwhile, WAL), a file that is not a store; a store of the
# pre-release layout (user_version 0) is migrated on open by the CLI; the
# result passes PRAGMA integrity_check and foreign_key_check.
set -u
. "$(dirname "$0")/lib/common.bash"
need python3
python3 -c 'import sqlite3' 2>/dev/null || { echo "skip: python3 has no sqlite3"; exit 77; }
scratch C
holder=
trap '[ -n "$holder" ] && kill $holder 2>/dev/null; rm -rf "$W"' EXIT
cd "$W" || exit 1
sql() { # sql DB STATEMENT -> first column of the first row
    python3 - "$1" "$2" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
r = c.execute(sys.argv[2]).fetchone()
print("" if r is None else r[0])
PY
}
expect() { # expect WANT_RC WANT_STDERR CMD...
    local want_rc=$1 want_err=$2
    shift 2
    "$@" >out.txt 2>err.txt
    local rc=$?
    [ "$rc" = "$want_rc" ] || { cat out.txt err.txt; fail "'$*' exited $rc, not $want_rc"; }
    [ "$(cat err.txt)" = "$want_err" ] || fail "'$*' said '$(cat err.txt)', not '$want_err'"
}

FX=$SRC/tests/data/graph/edges.jsonl
"$AG" ingest --quiet --db s.db --edges "$FX" || fail "ingest of the fixture"
[ "$(sql s.db 'PRAGMA journal_mode')" = wal ] || fail "journal mode is not WAL"
[ "$(sql s.db 'PRAGMA user_version')" = 5 ] || fail "user_version is not 5"

# ---- a newer schema: refused by readers and writers, nothing changes
sql s.db 'PRAGMA user_version = 9' >/dev/null
msg="armsgraph: s.db: store schema version 9 is newer than this armsgraph supports (5)"
expect 1 "$msg" "$AG" stats --db s.db
expect 1 "$msg" "$AG" ingest --db s.db --edges "$FX"
expect 1 "$msg" "$AG" edges --db s.db
[ "$(sql s.db 'PRAGMA user_version')" = 9 ] || fail "newer store was rewritten"
[ "$(sql s.db 'SELECT count(*) FROM articles')" = 8 ] || fail "newer store changed"
sql s.db 'PRAGMA user_version = 5' >/dev/null

# ---- version 1 allowed only days as dates: its mentions table is rebuilt
# (made from the version 2 fixture, whose other tables are those of version 1,
# without its mentions dated by month)
python3 - v1.db "$SRC/tests/data/store/v2.sql" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.executescript(open(sys.argv[2], encoding="utf-8").read())
sql = c.execute("SELECT sql FROM sqlite_schema WHERE name = 'mentions'").fetchone()[0]
old = sql.replace("\n                    OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'", "")
assert old != sql
c.executescript("BEGIN; ALTER TABLE mentions RENAME TO m2; DROP INDEX mentions_edge;"
                "DROP INDEX mentions_article;" + old +
                "; CREATE INDEX mentions_edge ON mentions(edge_id);"
                "CREATE INDEX mentions_article ON mentions(article_key);"
                "INSERT INTO mentions SELECT * FROM m2 WHERE length(date) IS NOT 7;"  # days only
                "DROP TABLE m2; PRAGMA user_version = 1; COMMIT;")
PY
sql v1.db "INSERT INTO mentions(edge_id, article_key, date, status, confidence) VALUES (1, 1, '2024-02', 'reported', 1)" 2>/dev/null &&
    fail "the version 1 table accepted a month"
before=$(sql v1.db 'SELECT count(*) FROM mentions')
"$AG" stats --db v1.db >/dev/null 2>err.txt || fail "stats on a version 1 store: $(cat err.txt)"
[ "$(sql v1.db 'PRAGMA user_version')" = 5 ] || fail "version 1 store not migrated"
[ "$(sql v1.db 'SELECT count(*) FROM mentions')" = "$before" ] || fail "mentions lost in the migration"
[ "$(sql v1.db 'PRAGMA integrity_check')" = ok ] || fail "integrity after the version 1 migration"
sql v1.db "INSERT INTO mentions(edge_id, article_key, date, status, confidence) VALUES (1, 1, '2024-02', 'reported', 1)" ||
    fail "the migrated table refuses a month"

# ---- another writer holds the lock: the ingest fails clearly, readers work
head -n 3 "$FX" | sed 's/"fx-00/"lk-00/; s/,"sha256":"[0-9a-f]*"//' >new.jsonl
python3 - s.db <<'PY' &
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN IMMEDIATE")
c.execute("INSERT INTO entities(id, kind, name) VALUES ('LCK', 'state', 'Lockland')")
open("locked", "w").close()
time.sleep(4)
c.execute("ROLLBACK")
PY
holder=$!
for _ in $(seq 50); do [ -f locked ] && break; sleep 0.1; done
[ -f locked ] || fail "lock holder did not start"
expect 1 "armsgraph: s.db: database is locked by another writer" \
    env ARMSGRAPH_BUSY_TIMEOUT=200 "$AG" ingest --db s.db --edges new.jsonl
"$AG" stats --db s.db --format json >stats.json 2>err.txt || fail "stats while locked: $(cat err.txt)"
grep -q '"articles":	8' stats.json || fail "stats while locked: $(cat stats.json)"
wait $holder
holder=
# with the lock gone the same ingest completes (default 5 s busy timeout)
"$AG" ingest --db s.db --edges new.jsonl >out.txt 2>err.txt || fail "ingest after unlock: $(cat err.txt)"
[ "$(cat out.txt)" = "added 3 articles, skipped 0 (already stored), refused 0" ] || fail "after unlock: $(cat out.txt)"
[ "$(sql s.db 'SELECT count(*) FROM entities WHERE id = '"'LCK'")" = 0 ] || fail "rolled back row is there"

# ---- not a store
printf 'just some text, not a database at all, long enough for a header\n' >junk.db
expect 1 "armsgraph: junk.db: not an armsgraph store (file is not a database)" "$AG" stats --db junk.db
expect 1 "armsgraph: junk.db: not an armsgraph store (file is not a database)" \
    "$AG" ingest --db junk.db --edges "$FX"
sql other.db 'CREATE TABLE notes(x)' >/dev/null
expect 1 "armsgraph: other.db: not an armsgraph store (unknown tables)" \
    "$AG" ingest --db other.db --edges "$FX"
[ "$(sql other.db "SELECT count(*) FROM sqlite_schema")" = 1 ] || fail "foreign db was changed"

# ---- the pre-release layout (user_version 0) is migrated on first open
python3 - v0.db <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.executescript("""
CREATE TABLE articles(id TEXT PRIMARY KEY, title, url, source, published, sha256 UNIQUE, text);
CREATE TABLE entities(id PRIMARY KEY, kind, name, state);
CREATE TABLE aliases(alias, entity_id);
CREATE TABLE edges(id INTEGER PRIMARY KEY, type, source_id, target_id);
CREATE TABLE mentions(id INTEGER PRIMARY KEY, edge_id, article_id, sentence, start, end,
  items, category, quantity, date, status, attribution, confidence);
INSERT INTO articles VALUES('a1', 'Old one', NULL, 'desk', '2023-04-02',
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'Iran sent drones to Russia.');
INSERT INTO articles VALUES('a2', 'Old two', NULL, 'desk', '2023-04-09',
  'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 'More drones from Iran for Russia.');
INSERT INTO entities VALUES('IRN', 'state', 'Iran', NULL), ('RUS', 'state', 'Russia', '');
INSERT INTO aliases VALUES('Tehran', 'IRN');
INSERT INTO edges VALUES(1, 'supplies', 'IRN', 'RUS');
INSERT INTO mentions VALUES(1, 1, 'a1', 'Iran sent drones to Russia.', 0, 27, 'drones', 'drones',
  NULL, '2023-04-01', 'reported', NULL, 0.8);
INSERT INTO mentions VALUES(2, 1, 'a2', 'More drones from Iran for Russia.', 0, 33, 'drones', 'drones',
  'more drones', '', 'reported', 'officials', 0.7);
""")
c.commit()
PY
"$AG" edges --db v0.db >out.txt 2>err.txt || fail "edges on a v0 store: $(cat err.txt)"
cat >want.txt <<'TXT'
SOURCE  TYPE      TARGET  MENTIONS  ARTICLES  FIRST       LAST        ITEMS
IRN     supplies  RUS            2         2  2023-04-01  2023-04-09  drones
TXT
diff -u want.txt out.txt || fail "v0 store content after migration"
[ "$(sql v0.db 'PRAGMA user_version')" = 5 ] || fail "v0 store not migrated"
[ "$(sql v0.db 'PRAGMA integrity_check')" = ok ] || fail "integrity after migration"
[ "$(sql v0.db 'SELECT count(*) FROM pragma_foreign_key_check')" = 0 ] || fail "foreign keys"
[ "$(sql v0.db "SELECT strict FROM pragma_table_list WHERE name = 'mentions'")" = 1 ] ||
    fail "mentions is not STRICT after migration"
"$AG" ingest --quiet --db v0.db --edges "$FX" || fail "ingest into the migrated store"
[ "$(sql v0.db 'SELECT count(*) FROM articles')" = 10 ] || fail "articles after ingest"
[ "$(sql s.db 'PRAGMA integrity_check')" = ok ] || fail "integrity of s.db"
# ---- a read-only store in a read-only folder: writers fail clearly,
# readers still work (the WAL index cannot be created there)
run_as=()
if [ "$(id -u)" = 0 ]; then
    command -v setpriv >/dev/null 2>&1 && run_as=(setpriv --reuid=65534 --regid=65534 --clear-groups)
fi
if [ "$(id -u)" != 0 ] || [ ${#run_as[@]} -gt 0 ]; then
    # nobody may not reach the build tree (a clone in root's home, mode
    # 0700): it runs a copy of the program in the scratch folder
    chmod 755 "$W"
    cp "$AG" "$W/armsgraph-copy" && chmod 755 "$W/armsgraph-copy" || fail "copying the program"
    mkdir ro
    "$AG" ingest --quiet --db ro/s.db --edges "$FX" || fail "ingest into ro/"
    cp new.jsonl ro/new.jsonl
    chmod 755 "$W"
    chmod 444 ro/s.db ro/new.jsonl
    chmod 555 ro
    expect 1 "armsgraph: ro/s.db: the store or its folder is read-only (attempt to write a readonly database)" \
        "${run_as[@]}" "$W/armsgraph-copy" ingest --db ro/s.db --edges ro/new.jsonl
    "${run_as[@]}" "$W/armsgraph-copy" stats --db ro/s.db --format json >stats.json 2>err.txt ||
        fail "stats on a read-only folder: $(cat err.txt)"
    grep -q '"articles":	8' stats.json || fail "stats on a read-only folder: $(cat stats.json)"
    chmod 755 ro
else
    echo "note: not run: the read-only folder as root needs setpriv (util-linux)"
fi
echo "ok"
