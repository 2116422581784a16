#!/bin/bash
# scale-neo4j.sh ARMSGRAPH SRC BUILD -- `export neo4j DIR` writes CSV files in
# the header format of `neo4j-admin database import full` (typed columns, the
# Entity ID space, ';' arrays) whose rows parse as their types and whose
# relationships end on existing nodes; `export graphml` is well-formed XML
# with the same numbers of nodes and edges as the JSON export.
set -u
ag=$(readlink -f "$1") src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
export ARMSGRAPH_NOW=2026-01-01T00:00:00Z
unset ARMSGRAPH_DB
status=0
"$ag" ingest --quiet --edges --db g.db "$src/tests/data/graph/edges.jsonl" || { echo "FAIL: ingest"; exit 1; }
"$ag" export neo4j out --db g.db || { echo "FAIL: export neo4j"; exit 1; }
"$ag" export json --db g.db >g.json || exit 1
python3 - out g.json <<'PY' || status=1
import csv, json, re, sys
d, js = sys.argv[1], json.load(open(sys.argv[2]))
bad = []
with open(d + "/nodes.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
if rows[0] != ["id:ID(Entity)", "name", "kind", "state", "aliases:string[]", ":LABEL"]:
    bad.append("nodes header %r" % rows[0])
ids = set()
for r in rows[1:]:
    if len(r) != 6: bad.append("node row %r" % r); continue
    ids.add(r[0])
    want = {"state": "Entity;State", "person": "Entity;Person", "organization": "Entity;Organization"}.get(r[2])
    if r[5] != want: bad.append("label %r for kind %r" % (r[5], r[2]))
    if r[4] and any(a == "" for a in r[4].split(";")): bad.append("empty alias in %r" % r[4])
with open(d + "/relationships.csv", newline="", encoding="utf-8") as f:
    rels = list(csv.reader(f))
if rels[0] != [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "articles:int", "mentions:int",
               "first:date", "last:date", "items", "status", "confidence:float", "edge:long"]:
    bad.append("relationships header %r" % rels[0])
for r in rels[1:]:
    if len(r) != 11: bad.append("rel row %r" % r); continue
    if r[0] not in ids or r[1] not in ids: bad.append("dangling %r" % r[:3])
    if r[2] not in ("SUPPLIES", "SEEKS_IN_EXCHANGE", "SANCTIONS", "ATTACKS"): bad.append("type %r" % r[2])
    int(r[3]); int(r[4]); float(r[9]); int(r[10])
    for x in r[5:7]:
        if x and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", x): bad.append("date %r" % x)
    if int(r[3]) < 1 or int(r[4]) < int(r[3]): bad.append("counts %r" % r[3:5])
if len(ids) != len(js["nodes"]) or len(rels) - 1 != len(js["edges"]):
    bad.append("counts differ from the JSON export: %d/%d nodes, %d/%d edges"
               % (len(ids), len(js["nodes"]), len(rels) - 1, len(js["edges"])))
if any("\n" in c for r in rows + rels for c in r): bad.append("a field with a newline")
for b in bad: print("FAIL:", b)
if bad: sys.exit(1)
print("ok: neo4j CSV, %d nodes and %d relationships, all ends known" % (len(ids), len(rels) - 1))
PY
grep -q "neo4j-admin database import full" out/import.sh || { echo "FAIL: import.sh"; status=1; }
"$ag" export graphml --db g.db -o g.graphml || { echo "FAIL: export graphml"; exit 1; }
if xmllint --noout g.graphml; then
    n=$(grep -c '<node ' g.graphml); e=$(grep -c '<edge ' g.graphml)
    jn=$(python3 -c 'import json,sys; d=json.load(open("g.json")); print(len(d["nodes"]), len(d["edges"]))')
    [ "$n $e" = "$jn" ] && echo "ok: graphml parses, $n nodes, $e edges" || { echo "FAIL: graphml counts $n $e vs $jn"; status=1; }
else
    echo "FAIL: graphml does not parse"; status=1
fi
exit $status
