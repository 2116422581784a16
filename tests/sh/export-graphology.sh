#!/bin/bash
# export-graphology.sh ARMSGRAPH SRC BUILD -- reads our GEXF back with a real
# client, graphology-gexf (the GEXF parser of Sigma.js and Gephi Lite;
# Debian's networkx 2.8 cannot read GEXF 1.3), and checks that it sees the
# graph of our JSON export: same node and edge counts, every node with its
# label, kind, state and colour, every edge (parallel ones of different
# types included) with its endpoints, kind, type, weight and attributes.
# Installs the npm packages into tests/gexf-client/node_modules when they
# are missing; skips (77) only when npm is not available at all.
set -u
ag=$1 src=$2
client=$src/tests/gexf-client
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
    echo "skip: node and npm are not installed"
    exit 77
fi
if [ ! -d "$client/node_modules/graphology-gexf" ] ||
    [ ! -d "$client/node_modules/@xmldom/xmldom" ] ||
    [ ! -d "$client/node_modules/graphology" ]; then
    (cd "$client" && npm install --no-audit --no-fund --silent) || {
        echo "FAIL: npm install in $client"
        exit 1
    }
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ARMSGRAPH_NOW=2026-01-01T00:00:00Z LC_ALL=C.UTF-8
unset ARMSGRAPH_DB
db=$work/g.db
"$ag" ingest --quiet --db "$db" --edges "$src/tests/data/graph/edges.jsonl" || {
    echo "FAIL: ingest of the fixture"
    exit 1
}
fail=0
for variant in dynamic static; do
    opt=
    [ $variant = static ] && opt=--static
    "$ag" export gexf $opt --db "$db" -o "$work/g.gexf" || { echo "FAIL: export gexf $opt"; exit 1; }
    "$ag" export json --db "$db" -o "$work/g.json" || { echo "FAIL: export json"; exit 1; }
    node "$client/read-gexf.js" "$work/g.gexf" >"$work/read.json" || {
        echo "FAIL: graphology-gexf cannot read the $variant GEXF"
        fail=1
        continue
    }
    python3 - "$work/g.json" "$work/read.json" "$variant" <<'PY' || fail=1
import json, re, sys
ours = json.load(open(sys.argv[1], encoding="utf-8"))
read = json.load(open(sys.argv[2], encoding="utf-8"))
variant = sys.argv[3]
errors = []
def check(what, got, want):
    if got != want:
        errors.append("%s: read %r, exported %r" % (what, got, want))

def xmlsafe(s):  # what XML 1.0 can carry: C0 controls other than \t \n \r dropped
    return None if s is None else re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", s)

kind_rgb = {"state": "rgb(70,130,180)", "person": "rgb(230,159,0)",
            "organization": "rgb(60,150,60)"}
type_rgb = {"supplies": "rgb(31,95,153)", "seeks-in-exchange": "rgb(217,119,6)",
            "sanctions": "rgb(107,63,160)", "attacks": "rgb(192,57,43)"}
check("graph type", read["type"], "directed")
check("node count", read["order"], len(ours["nodes"]))
check("edge count", read["size"], len(ours["edges"]))
nodes = {n["key"]: n for n in read["nodes"]}
for n in ours["nodes"]:
    r = nodes.get(xmlsafe(n["id"]))
    if r is None:
        errors.append("node %r missing" % n["id"])
        continue
    check("label of %s" % n["id"], r.get("label"), xmlsafe(n["name"]))
    check("kind of %s" % n["id"], r.get("kind"), n["kind"])
    check("state of %s" % n["id"], r.get("state"), n["state"])
    check("aliases of %s" % n["id"], r.get("aliases"),
          "; ".join(n["aliases"]) if n.get("aliases") else None)
    check("colour of %s" % n["id"], r.get("color"), kind_rgb[n["kind"]])
edges = {e["key"]: e for e in read["edges"]}
for e in ours["edges"]:
    r = edges.get(e["id"])
    if r is None:
        errors.append("edge %s missing" % e["id"])
        continue
    what = "edge %s" % e["id"]
    check(what + " source", r["source"], xmlsafe(e["source"]))
    check(what + " target", r["target"], xmlsafe(e["target"]))
    check(what + " kind", r.get("kind"), e["type"])
    check(what + " type", r.get("type"), e["type"])
    check(what + " weight", r.get("weight"), e["articles"])
    check(what + " colour", r.get("color"), type_rgb[e["type"]])
    for key in ("items", "categories", "quantity", "first", "last", "status"):
        check("%s %s" % (what, key), r.get(key), xmlsafe(e[key]))
    for key in ("mentions", "articles"):
        check("%s %s" % (what, key), r.get(key), e[key])
    if abs(r.get("confidence", -1) - e["confidence"]) > 1e-6:
        errors.append("%s confidence: read %r, exported %r" % (what, r.get("confidence"), e["confidence"]))
pairs = {}
for e in ours["edges"]:
    pairs.setdefault((e["source"], e["target"]), set()).add(e["type"])
if not any(len(t) > 1 for t in pairs.values()):
    errors.append("the fixture has no parallel edges of different types: nothing checks them")
for msg in errors:
    print("FAIL (%s): %s" % (variant, msg))
print("%s: graphology-gexf read %d nodes and %d edges (%d pairs with parallel edges)"
      % (variant, read["order"], read["size"], sum(1 for t in pairs.values() if len(t) > 1)))
sys.exit(1 if errors else 0)
PY
done
[ $fail -eq 0 ] && echo "ok: graphology-gexf reads back what we exported"
exit $fail
