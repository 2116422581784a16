#!/bin/bash
# store-edge-stats.sh ARMSGRAPH SRC_DIR BUILD_DIR -- the aggregates that
# schema 4 keeps on each edge (n_mentions, n_articles, n_reported,
# confidence, first_date, last_date; graph/store.c) equal what SQL computes
# from the mentions after every kind of write: ingest of articles, ingest
# --edges, reextract with and without a dictionary entry, retract, merge of
# shards, curate merge (which moves mentions to other edges), and a program
# that changes mentions and articles' dates with SQLite itself. A store of
# schema 3 (tests/data/store/v3.sql, made by the armsgraph of before)
# migrates to them on open and then answers as a store built by this
# armsgraph with the same commands.
set -u
. "$(dirname "$0")/lib/common.bash"
python_with sqlite3 || { echo "skip: python3 has no sqlite3"; exit 77; }
scratch C.UTF-8
cd "$W" || exit 1
FX=$SRC/tests/data/graph/edges.jsonl
ART=$SRC/examples/articles

sql() { "$PY" -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit()' "$@"; }
# one line per edge whose aggregates differ from the mentions', then the
# number of edges with mentions (that the check did not look at nothing)
mismatches() {
    "$PY" - "$1" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
day = ("CASE WHEN m.date IS NULL THEN a.published WHEN length(m.date) = 7"
       " THEN m.date || '-01' ELSE m.date END")
want = {r[0]: r[1:] for r in c.execute(
    "SELECT m.edge_id, count(*), count(DISTINCT m.article_key), sum(m.status = 'reported'),"
    " max(m.confidence), min(" + day + "), max(" + day + ") FROM mentions m"
    " LEFT JOIN articles a ON a.key = m.article_key GROUP BY m.edge_id")}
for r in c.execute("SELECT id, n_mentions, n_articles, n_reported, confidence, first_date,"
                   " last_date FROM edges"):
    w = want.get(r[0], (0, 0, 0, 0.0, None, None))
    if tuple(r[1:]) != tuple(w):
        print("edge %d: stored %s, mentions give %s" % (r[0], r[1:], w))
print("%d edges with mentions" % len(want))
PY
}
check() { # DB WHAT
    mismatches "$1" >mm.txt || fail "$2: the check failed to run"
    grep -q '^edge' mm.txt && { head -5 mm.txt; fail "$2: aggregates differ from the mentions"; }
    grep -q '^0 edges' mm.txt && fail "$2: no edge with mentions to check"
    echo "ok: $2 ($(tail -1 mm.txt))"
}

# ---- a sequence of writes on one store
"$AG" ingest --quiet --db s.db "$ART" || fail "ingest of examples/"
check s.db "ingest of articles"
"$AG" ingest --quiet --db s.db --edges "$FX" || fail "ingest --edges"
check s.db "ingest --edges"
printf 'Drone shipments\n\nVarnholm supplied attack drones to Ukraine in March, officials said.\nVarnholm also supplied rifles to Ukraine, officials said.\n' >varnholm.txt
cat >varnholm.json <<'JSON'
[
{"actor": "Varnholm Arsenal", "kind": "organization", "name": "Varnholm Arsenal",
 "aliases": ["Varnholm"], "state": "NOR"}
]
JSON
"$AG" ingest --quiet --db s.db --date 2024-04-02 varnholm.txt || fail "ingest of varnholm.txt"
"$AG" reextract --quiet --db s.db --dict varnholm.json || fail "reextract --dict"
"$AG" edges --db s.db | grep -q '^Varnholm Arsenal ' || fail "reextract --dict added no edge"
check s.db "reextract with a dictionary entry added"
"$AG" reextract --quiet --db s.db varnholm || fail "reextract without it"
check s.db "reextract with the entry gone"
"$AG" retract --quiet --db s.db fx-003 || fail "retract"
check s.db "retract"

# merge: two shards sharing edges, so that an edge gets mentions of both
"$AG" ingest --quiet --db a.db --edges "$FX" || fail "ingest a.db"
"$AG" ingest --quiet --db b.db "$ART" || fail "ingest b.db"
"$AG" curate --db b.db merge Iran Russia >/dev/null || fail "curate in b.db"
"$AG" merge --quiet m.db s.db a.db b.db || fail "merge"
check m.db "merge of shards (with a curated merge among them)"
"$AG" curate --db m.db merge Ukraine "United States" >/dev/null || fail "curate merge"
check m.db "curate merge"
"$AG" retract --quiet --db m.db fx-001 || fail "retract in the merged store"
check m.db "retract after a curated merge"

# another program writing with SQLite: the triggers keep the aggregates
sql m.db "UPDATE mentions SET confidence = 0.05 WHERE id % 3 = 0;
UPDATE mentions SET date = '2019-07' WHERE id % 4 = 1;
UPDATE mentions SET status = 'planned' WHERE id % 5 = 2;
UPDATE articles SET published = '2018-01-02' WHERE key % 2 = 0;
UPDATE mentions SET edge_id = (SELECT min(id) FROM edges) WHERE id % 7 = 3;
DELETE FROM mentions WHERE id % 11 = 4;" || fail "writes with SQLite"
check m.db "updates and deletes of mentions and dates by SQLite"
# figures of a load are those aggregates: edges (no window) against SQL
"$AG" edges --db m.db --format json >e.json || fail "edges of m.db"
"$PY" - m.db e.json <<'PY' || fail "edges --format json does not print the aggregates"
import json, sqlite3, sys
c = sqlite3.connect(sys.argv[1])
want = {(r[0], r[1], r[2]): r[3:] for r in c.execute(
    "SELECT source_id, type, target_id, n_mentions, n_articles, coalesce(first_date, ''),"
    " coalesce(last_date, ''), confidence, n_reported > 0 FROM edges WHERE n_mentions > 0")}
got = {(e["source"]["id"], e["type"], e["target"]["id"]):
       (e["mentions"], e["articles"], e["first"] or "", e["last"] or "", e["confidence"],
        e["status"] == "reported") for e in json.load(open(sys.argv[2]))["edges"]}
assert got == want, (sorted(set(got.items()) ^ set(want.items()))[:4])
PY
echo "ok: the load prints the stored aggregates"

# ---- a store of schema 3 migrates; then it is what this armsgraph builds
sql v3.db "$(cat "$SRC/tests/data/store/v3.sql")" || fail "loading the v3 fixture"
[ "$("$PY" -c 'import sqlite3; print(sqlite3.connect("v3.db").execute("PRAGMA user_version").fetchone()[0])')" = 3 ] ||
    fail "the fixture is not version 3"
"$AG" central --db v3.db --measure pagerank >c3.txt || fail "central on the v3 store"
"$PY" -c 'import sqlite3; c = sqlite3.connect("v3.db")
assert c.execute("PRAGMA user_version").fetchone()[0] == 5, "not migrated to version 5"
assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "integrity"
assert not c.execute("PRAGMA foreign_key_check").fetchall(), "foreign keys"' || fail "the migrated store"
check v3.db "migration from schema 3"
"$AG" ingest --quiet --db new.db --edges "$FX" || fail "ingest new.db"
"$AG" curate --db new.db merge IRN PRK >/dev/null || fail "curate new.db"
"$AG" retract --quiet --db new.db fx-002 || fail "retract new.db"
"$AG" central --db new.db --measure pagerank >c4.txt || fail "central on new.db"
cmp -s c3.txt c4.txt || { diff c3.txt c4.txt; fail "central: migrated store != fresh store"; }
for cmd in "edges --format json" "neighbors RUS" "path GBR RUS --undirected" "communities"; do
    # shellcheck disable=SC2086 # the words of cmd are its arguments
    "$AG" $cmd --db v3.db >o3.txt 2>&1
    # shellcheck disable=SC2086
    "$AG" $cmd --db new.db >o4.txt 2>&1
    cmp -s o3.txt o4.txt || { diff o3.txt o4.txt | head; fail "$cmd: migrated store != fresh store"; }
done
echo "ok: a schema 3 store migrates and answers as a fresh one"
