#!/bin/bash
# graph-snapshot.sh ARMSGRAPH SRC BUILD -- the graph snapshot that
# `central` and `communities` read instead of the edges and entities
# (graph/snapshot.c, graph/store.c): on a generated store and on the
# examples, every query prints the same bytes with the snapshot (the run
# that writes it, and the runs that read it) as without it
# (ARMSGRAPH_GRAPH_SNAPSHOT=0), through filters of type, kind and
# --min-sources; and it is never stale: after an ingest batch (whose
# connection turns the triggers off), a retract, a curation, a write by
# another program with SQLite, the snapshot is gone and the answer is the
# store's new one, which differs from the old. A snapshot of bad bytes is
# no snapshot; a read-only store is answered and left alone.
set -u
. "$(dirname "$0")/lib/common.bash"
python_with sqlite3 || { echo "skip: python3 has no sqlite3"; exit 77; }
scratch C
cd "$W" || exit 1

gen() { # FIRST LAST: articles FIRST..LAST of a made-up store
    "$PY" - "$@" <<'PY'
import hashlib, json, random, sys
first, last = int(sys.argv[1]), int(sys.argv[2])
types = ["supplies", "seeks-in-exchange", "sanctions", "attacks"]
kinds = ["state", "organization", "person"]
for art in range(first, last + 1):
    rng = random.Random(art)
    aid = "gs-%03d" % art
    ents, edges, seen = [], [], set()
    for k in range(rng.randint(1, 6)):
        s, t = rng.randrange(14), rng.randrange(14)
        if art >= 100:  # the later articles: everybody supplies G13
            t = 13
        if s == t:
            continue
        for v in (s, t):
            if v not in seen:
                seen.add(v)
                ent = {"id": "G%02d" % v, "name": "Actor %d" % v, "kind": kinds[v % 3]}
                if v % 3 == 1:
                    ent["state"] = "G00"
                ents.append(ent)
        edges.append({"type": types[(s + t) % 4], "source": "G%02d" % s, "target": "G%02d" % t,
                      "confidence": 0.5, "status": "reported",
                      "evidence": {"sentence": "Made-up sentence %d of %s." % (k, aid)}})
    print(json.dumps({"article": {"id": aid, "title": "T", "url": None, "source": "gen",
                                  "published": "2020-01-%02d" % (1 + art % 28),
                                  "sha256": hashlib.sha256(aid.encode()).hexdigest()},
                      "entities": ents, "edges": edges}))
PY
}
sql() { "$PY" -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit()' "$@"; }
rows() { "$PY" -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
print(c.execute("SELECT count(*) FROM sqlite_master WHERE name = ?2".replace("?2", "?"),
                ("graph_snapshot",)).fetchone()[0] and
      c.execute("SELECT count(*) FROM graph_snapshot").fetchone()[0])' "$1"; }

QUERIES=(
    "central"
    "central --top 0"
    "central --top 0 --measure degree --format json"
    "central --top 0 --measure betweenness --unweighted"
    "central --top 0 --type supplies,attacks"
    "central --top 0 --kind state,person --format csv"
    "central --top 0 --min-sources 2"
    "central --top 0 --measure hub --type sanctions --kind organization"
    "communities"
    "communities --format json --min-sources 2"
)

# Every query on DB: with the snapshot as it is, then without one; they
# must print the same. Output of all in DB.LABEL.out.
check() { # DB LABEL
    local db=$1 label=$2 q i=0
    : >"$db.$label.out"
    for q in "${QUERIES[@]}"; do
        i=$((i + 1))
        # shellcheck disable=SC2086 # q is words
        "$AG" $q --db "$db" >"q$i.with" 2>&1
        echo "exit $?" >>"q$i.with"
        # shellcheck disable=SC2086
        ARMSGRAPH_GRAPH_SNAPSHOT=0 "$AG" $q --db "$db" >"q$i.without" 2>&1
        echo "exit $?" >>"q$i.without"
        cmp -s "q$i.with" "q$i.without" ||
            fail_later "$label: '$q' differs with the snapshot: $(diff "q$i.without" "q$i.with" | head -5)"
        cat "q$i.with" >>"$db.$label.out"
    done
}

gen 1 60 >a.jsonl
gen 100 104 >b.jsonl
"$AG" ingest --db s.db --quiet --edges a.jsonl || fail "ingest"

[ "$(rows s.db)" = 0 ] || fail "a snapshot before any query"
check s.db first
[ "$(rows s.db)" = 1 ] || fail "no snapshot after the queries"
check s.db second
cmp -s s.db.first.out s.db.second.out || fail_later "the reading runs differ from the writing one"

# an ingest batch in a plain store (its triggers off): the snapshot goes,
# and the answer changes
"$AG" ingest --db s.db --quiet --edges b.jsonl || fail "second ingest"
[ "$(rows s.db)" = 0 ] || fail_later "the snapshot outlived an ingest"
check s.db ingest
cmp -s s.db.second.out s.db.ingest.out && fail_later "the ingest did not change the answer"
grep -q 'G13' s.db.ingest.out || fail_later "G13 is not in the new answer"

# batches of one article
gen 105 107 >c.jsonl
ARMSGRAPH_INGEST_BATCH=1 "$AG" ingest --db s.db --quiet --edges c.jsonl || fail "third ingest"
[ "$(rows s.db)" = 0 ] || fail_later "the snapshot outlived a one-article ingest"
check s.db ingest1

# retract
"$AG" retract --db s.db gs-100 gs-101 gs-102 >/dev/null || fail "retract"
[ "$(rows s.db)" = 0 ] || fail_later "the snapshot outlived a retract"
check s.db retract
cmp -s s.db.ingest1.out s.db.retract.out && fail_later "the retract did not change the answer"

# a curation: a new name is printed
"$AG" curate rename G13 "Renamed Thirteen" --db s.db >/dev/null || fail "curate"
[ "$(rows s.db)" = 0 ] || fail_later "the snapshot outlived a curation"
check s.db curate
grep -q 'Renamed Thirteen' s.db.curate.out || fail_later "the curated name is not printed"

# another program writing with SQLite: an edge's articles, an entity's kind
sql s.db "UPDATE edges SET n_articles = n_articles + 40 WHERE id = (SELECT min(id) FROM edges)"
[ "$(rows s.db)" = 0 ] || fail_later "the snapshot outlived an UPDATE of edges"
check s.db sqledge
cmp -s s.db.curate.out s.db.sqledge.out && fail_later "the UPDATE of edges did not change the answer"
sql s.db "UPDATE entities SET kind = 'person' WHERE id = 'G00'"
[ "$(rows s.db)" = 0 ] || fail_later "the snapshot outlived an UPDATE of entities"
check s.db sqlentity

# bad bytes are no snapshot (and a row of another format neither)
for bad in "x'00'" "x'41475331'" "x'4147533102020000'" \
    "substr((SELECT data FROM graph_snapshot), 1, length((SELECT data FROM graph_snapshot)) - 3)"; do
    sql s.db "UPDATE graph_snapshot SET data = $bad"
    check s.db bad
done
sql s.db "UPDATE graph_snapshot SET format = format + 1"
check s.db format

# a table of that name that is not ours: no snapshot, the same answers
"$AG" ingest --db o.db --quiet --edges a.jsonl || fail "ingest o.db"
sql o.db "CREATE TABLE graph_snapshot (x TEXT)"
check o.db foreign

# a read-only store: answered, left as it was
gen 1 20 >r.jsonl
"$AG" ingest --db r.db --quiet --edges r.jsonl || fail "ingest r.db"
chmod 444 r.db
check r.db readonly
# (root may write it all the same)
[ "$(id -u)" = 0 ] || [ "$(rows r.db)" = 0 ] || fail_later "a snapshot written into a read-only store"
chmod 644 r.db

# the examples: states, aliases, a store made from articles
"$AG" ingest --db ex.db --quiet "$SRC/examples/articles" || fail "ingest examples"
check ex.db first
check ex.db second
cmp -s ex.db.first.out ex.db.second.out || fail_later "examples: the reading runs differ"
exit "$status"
