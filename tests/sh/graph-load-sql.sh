#!/bin/bash
# graph-load-sql.sh ARMSGRAPH SRC BUILD -- the graph load (graph/load.c),
# which aggregates the mentions in memory, checked against the same figures
# computed by SQL (python3's sqlite3) on a generated store: per edge the
# mentions, distinct articles, first and last date (a mention's own date,
# a month counting as its first day, else its article's), the highest
# confidence and the status, with and without a date window, --min-sources,
# --type and --kind; then again after the edge ids and article keys were
# renumbered with gaps (the load's fallback from direct indexing to binary
# search), where nothing may change. Last, the query commands must work
# without the aliases table: they do not read the aliases, nor the store
# statistics that count them (a full join of the mentions) just to word
# a "no edges" error.
set -u
. "$(dirname "$0")/lib/common.bash"
python_with sqlite3 || { echo "skip: python3 has no sqlite3"; exit 77; }
scratch C
cd "$W" || exit 1

# ---- a store with day, month and missing dates, planned mentions, repeats
"$PY" - >in.jsonl <<'PY'
import hashlib, json, random
rng = random.Random(5)
types = ["supplies", "seeks-in-exchange", "sanctions", "attacks"]
kinds = ["state", "organization", "person"]
for art in range(60):
    aid = "gl-%03d" % art
    pub = None if art % 7 == 0 else "2020-%02d-%02d" % (1 + art % 12, 1 + art % 27)
    ents, edges, seen = [], [], set()
    for k in range(rng.randint(1, 6)):
        s, t = rng.randrange(12), rng.randrange(12)
        if s == t:
            continue
        for v in (s, t):
            if v not in seen:
                seen.add(v)
                ents.append({"id": "G%02d" % v, "name": "Actor %d" % v, "kind": kinds[v % 3]})
        r = rng.random()
        date = None if r < 0.4 else ("2021-%02d" % rng.randint(1, 12) if r < 0.6 else
                                     "2019-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)))
        e = {"type": types[(s + t) % 4], "source": "G%02d" % s, "target": "G%02d" % t,
             "confidence": round(rng.random(), 2),
             "status": "planned" if rng.random() < 0.3 else "reported",
             "evidence": {"sentence": "Made-up sentence %d of %s." % (k, aid)}}
        if date:
            e["date"] = date
        edges.append(e)
    doc = {"article": {"id": aid, "title": "T", "url": None, "source": "gen", "published": pub,
                       "sha256": hashlib.sha256(aid.encode()).hexdigest()},
           "entities": ents, "edges": edges}
    print(json.dumps(doc))
PY
"$AG" ingest --db s.db --quiet --edges in.jsonl || fail "ingest"

# expected edges from SQL, in the order and form of `edges --format json`
expect() { # DB SINCE UNTIL MIN TYPES KINDS
    "$PY" - "$@" <<'PY'
import sqlite3, sys
db, since, until, mins, types, kinds = sys.argv[1:7]
c = sqlite3.connect(db)
d = "coalesce(m.date, a.published)"
where, args = [], []
if since:
    where.append(d + " >= ?"); args.append(since)
if until:
    where.append(d + " <= ?"); args.append(until)
rows = c.execute(
    "SELECT e.source_id, e.type, e.target_id, count(*), count(DISTINCT m.article_key),"
    " min(CASE WHEN length(" + d + ") = 7 THEN " + d + " || '-01' ELSE " + d + " END),"
    " max(CASE WHEN length(" + d + ") = 7 THEN " + d + " || '-01' ELSE " + d + " END),"
    " max(m.confidence), max(m.status = 'reported'), s.kind, t.kind"
    " FROM mentions m JOIN articles a ON a.key = m.article_key JOIN edges e ON e.id = m.edge_id"
    " JOIN entities s ON s.id = e.source_id JOIN entities t ON t.id = e.target_id"
    + (" WHERE " + " AND ".join(where) if where else "") +
    " GROUP BY e.id", args).fetchall()
order = {"supplies": 0, "seeks-in-exchange": 1, "sanctions": 2, "attacks": 3}
out = []
for r in rows:
    if mins and r[4] < int(mins):
        continue
    if types and r[1] not in types.split(","):
        continue
    if kinds and (r[9] not in kinds.split(",") or r[10] not in kinds.split(",")):
        continue
    out.append(r)
out.sort(key=lambda r: (r[0], r[2], order[r[1]]))
for r in out:
    print("%s %s %s %d %d %s %s %g %s" % (r[0], r[1], r[2], r[3], r[4], r[5] or "-",
                                          r[6] or "-", r[7], "reported" if r[8] else "planned"))
PY
}
got() { # DB ARGS...
    local db=$1
    shift
    "$AG" edges --db "$db" --format json "$@" >got.json || return 1
    "$PY" - <<'PY'
import json
for e in json.load(open("got.json"))["edges"]:
    print("%s %s %s %d %d %s %s %g %s" % (e["source"]["id"], e["type"], e["target"]["id"],
          e["mentions"], e["articles"], e["first"] or "-", e["last"] or "-", e["confidence"],
          e["status"]))
PY
}
check() { # DB SINCE UNTIL MIN TYPES KINDS
    local db=$1 since=$2 until=$3 min=$4 types=$5 kinds=$6
    local args=()
    [ -n "$since" ] && args+=(--since "$since")
    [ -n "$until" ] && args+=(--until "$until")
    [ -n "$min" ] && args+=(--min-sources "$min")
    [ -n "$types" ] && args+=(--type "$types")
    [ -n "$kinds" ] && args+=(--kind "$kinds")
    expect "$db" "$since" "$until" "$min" "$types" "$kinds" >want.txt || fail "SQL reference"
    [ -s want.txt ] || fail "empty reference for ${args[*]}"
    got "$db" "${args[@]}" >got.txt || fail "edges ${args[*]}"
    diff want.txt got.txt >/dev/null || {
        diff want.txt got.txt | head
        fail "$db: edges ${args[*]} differ from SQL"
    }
}
all_checks() {
    check "$1" "" "" "" "" ""
    check "$1" 2020-03-01 "" "" "" ""
    check "$1" "" 2020-06-30 "" "" ""
    check "$1" 2019-05-01 2021-06-01 "" "" ""
    check "$1" "" "" 2 "" ""
    check "$1" "" "" "" supplies,attacks ""
    check "$1" "" "" "" "" state,person
}
all_checks s.db

# ---- ids with gaps: the same answers
cp s.db gaps.db
"$PY" - gaps.db <<'PY' || fail "renumbering"
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.executescript("""
PRAGMA foreign_keys = OFF;
UPDATE mentions SET edge_id = edge_id * 7 + 1000, article_key = article_key * 5 + 100000;
UPDATE edges SET id = id * 7 + 1000;
UPDATE articles SET key = key * 5 + 100000;
""")
c.commit()
PY
all_checks gaps.db
"$AG" central --db s.db --top 0 >a.txt 2>/dev/null || fail "central"
"$AG" central --db gaps.db --top 0 >b.txt 2>/dev/null || fail "central (gaps)"
cmp -s a.txt b.txt || fail "central differs after renumbering"

# ---- the query commands neither read aliases nor the store statistics
cp s.db noalias.db
"$PY" - noalias.db <<'PY' || fail "dropping aliases"
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.executescript("DROP TABLE aliases;")
c.commit()
PY
"$AG" central --db noalias.db --top 3 >c.txt 2>err.txt || fail "central reads aliases: $(cat err.txt)"
"$AG" central --db s.db --top 3 >d.txt 2>/dev/null
cmp -s c.txt d.txt || fail "central differs without aliases"
"$AG" neighbors --db noalias.db G01 >/dev/null 2>err.txt || fail "neighbors: $(cat err.txt)"
"$AG" path --db noalias.db G00 G01 >/dev/null 2>err.txt
[ $? -le 1 ] && ! grep -q aliases err.txt || fail "path reads aliases: $(cat err.txt)"
echo ok
