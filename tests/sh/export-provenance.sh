#!/bin/bash
# export-provenance.sh ARMSGRAPH SRC BUILD -- every export carries the
# evidence: on the store of examples/, the "evidence" of every edge of
# `export json` equals the mentions that `show SOURCE TARGET --format json`
# lists for that edge (same objects, same order), with and without a date
# filter; "sources" and "urls" agree with them; GEXF and GraphML carry
# sources and urls per edge; the Neo4j folder has articles.csv and
# mentions.csv with one MENTIONS row per mention, ends known.
set -u
# shellcheck source=lib/common.bash
. "$(dirname "$0")/lib/common.bash"
need python3
scratch C.UTF-8
python_with
db=$W/ex.db
"$AG" ingest --quiet --db "$db" "$SRC/examples/articles" || fail "ingest of examples/"

check() { # FILTER...
    "$AG" export json --db "$db" "$@" -o "$W/g.json" || fail "export json $*"
    "$PY" - "$W/g.json" >"$W/pairs" <<'PY' || fail "reading the JSON export"
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
pairs = sorted({tuple(sorted((e["source"], e["target"]))) for e in d["edges"]})
for a, b in pairs:
    print(a + "\t" + b)
PY
    [ -s "$W/pairs" ] || fail "no edge in the export ($*)"
    rm -rf "$W/show" && mkdir "$W/show"
    n=0
    while IFS=$'\t' read -r a b; do
        n=$((n + 1))
        "$AG" show --db "$db" "$@" --format json "$a" "$b" >"$W/show/$n.json" ||
            fail "show $a $b"
    done <"$W/pairs"
    "$PY" - "$W/g.json" "$W/show" <<'PY' || fail "export json and show disagree ($*)"
import json, os, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
shown = {}
for name in os.listdir(sys.argv[2]):
    s = json.load(open(os.path.join(sys.argv[2], name), encoding="utf-8"))
    for e in s["edges"]:
        shown[(e["type"], e["source"], e["target"])] = e
bad = 0
total = 0
for e in d["edges"]:
    key = (e["type"], e["source"], e["target"])
    if key not in shown:
        print("edge %r is not shown" % (key,)); bad += 1; continue
    ev, ms = e["evidence"], shown[key]["mentions"]
    total += len(ev)
    if ev != ms:
        print("edge %r: export %r\n  show %r" % (key, ev, ms)); bad += 1
    if len(ev) != e["mentions"]:
        print("edge %r: %d mentions counted, %d in the evidence" % (key, e["mentions"], len(ev))); bad += 1
    arts = {m["article"]["id"] for m in ev}
    if e["sources"] != len(arts) or e["sources"] != e["articles"]:
        print("edge %r: sources %r, articles %r" % (key, e["sources"], len(arts))); bad += 1
    urls = sorted({m["article"]["url"] for m in ev if m["article"]["url"]})
    if e["urls"] != urls:
        print("edge %r: urls %r, expected %r" % (key, e["urls"], urls)); bad += 1
if len(shown) != len(d["edges"]):
    print("show lists %d edges, export %d" % (len(shown), len(d["edges"]))); bad += 1
if total == 0 or any(not m.get("sentence") for e in d["edges"] for m in e["evidence"]):
    print("an edge without sentences"); bad += 1
print("ok: %d edges, %d mentions" % (len(d["edges"]), total))
sys.exit(1 if bad else 0)
PY
}
check
check --since 2024-03-01 --until 2024-04-30

# ---- GEXF and GraphML: sources and urls per edge ----------------------------
"$AG" export json --db "$db" -o "$W/g.json" || fail "export json"
"$AG" export gexf --db "$db" -o "$W/g.gexf" || fail "export gexf"
"$AG" export graphml --db "$db" -o "$W/g.graphml" || fail "export graphml"
"$AG" export neo4j "$W/neo" --db "$db" || fail "export neo4j"
"$PY" - "$W" <<'PY' || fail "GEXF, GraphML or Neo4j provenance"
import csv, json, sys
import xml.etree.ElementTree as ET
w = sys.argv[1]
d = json.load(open(w + "/g.json", encoding="utf-8"))
want = {e["id"]: (e["sources"], " ".join(e["urls"]), e["first"], e["last"]) for e in d["edges"]}
bad = 0
G = "{http://gexf.net/1.3}"
for e in ET.parse(w + "/g.gexf").getroot().iter(G + "edge"):
    a = {v.get("for"): v.get("value") for v in e.iter(G + "attvalue")}
    got = (int(a.get("sources", -1)), a.get("urls", ""), a.get("first"), a.get("last"))
    if got != want[e.get("id")]:
        print("gexf %s: %r, expected %r" % (e.get("id"), got, want[e.get("id")])); bad += 1
M = "{http://graphml.graphdrawing.org/xmlns}"
n = 0
for e in ET.parse(w + "/g.graphml").getroot().iter(M + "edge"):
    a = {v.get("key"): v.text for v in e.iter(M + "data")}
    got = (int(a.get("sources", -1)), a.get("urls", ""), a.get("first"), a.get("last"))
    n += 1
    if got != want[e.get("id")]:
        print("graphml %s: %r, expected %r" % (e.get("id"), got, want[e.get("id")])); bad += 1
if n != len(want):
    print("graphml: %d edges, json %d" % (n, len(want))); bad += 1
# Neo4j: every mention is one MENTIONS row from a known article to the source
rd = lambda name: list(csv.reader(open(w + "/neo/" + name, newline="", encoding="utf-8")))
arts = {r[0] for r in rd("articles.csv")[1:]}
rels = rd("relationships.csv")
edge_ids = {r[-1] for r in rels[1:]}
ments = rd("mentions.csv")
if ments[0][:4] != [":START_ID(Article)", ":END_ID(Entity)", ":TYPE", "edge:long"]:
    print("mentions.csv header %r" % ments[0]); bad += 1
total = sum(len(e["evidence"]) for e in d["edges"])
if len(ments) - 1 != total:
    print("mentions.csv: %d rows, %d mentions" % (len(ments) - 1, total)); bad += 1
want_arts = {m["article"]["id"] for e in d["edges"] for m in e["evidence"]}
if arts != want_arts:
    print("articles.csv %r, expected %r" % (sorted(arts), sorted(want_arts))); bad += 1
for r in ments[1:]:
    if r[0] not in arts or r[3] not in edge_ids or r[2] != "MENTIONS":
        print("mentions.csv row with an unknown end: %r" % r); bad += 1
print("ok: gexf, graphml, neo4j provenance of %d edges" % len(want))
sys.exit(1 if bad else 0)
PY
grep -q -- '--nodes=articles.csv' "$W/neo/import.sh" &&
    grep -q -- '--relationships=mentions.csv' "$W/neo/import.sh" ||
    fail "import.sh does not load articles.csv and mentions.csv"
echo "ok"
