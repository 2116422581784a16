#!/bin/bash
# export-graphml-networkx.sh ARMSGRAPH SRC BUILD -- `export graphml` read
# back by NetworkX (Debian's python3-networkx 2.8, read_graphml): the node
# ids are the entity ids (not n0, n1, ...), every node and edge attribute
# of the JSON export that has a flat value comes back equal and with its
# type (counts int, confidence float), absent values are absent (never an
# empty string), and edge keys are the export's edge ids. Run on the
# fixture store (hostile names included) and on the store of examples/.
set -u
# shellcheck source=lib/common.bash
. "$(dirname "$0")/lib/common.bash"
scratch C.UTF-8
python_with networkx || { echo "skip: python3-networkx is not installed (./build.sh deps)"; exit 77; }
fixture_stores
for s in f ex; do
    "$AG" export graphml --db "$W/$s.db" -o "$W/$s.graphml" || fail "export graphml ($s)"
    "$AG" export json --db "$W/$s.db" -o "$W/$s.json" || fail "export json ($s)"
    "$PY" - "$W/$s.graphml" "$W/$s.json" <<'PY' || fail "networkx does not read back the GraphML ($s)"
import json, sys, warnings
import networkx as nx
warnings.simplefilter("ignore")
G = nx.read_graphml(sys.argv[1], force_multigraph=True)
d = json.load(open(sys.argv[2], encoding="utf-8"))
bad = []
if not G.is_directed():
    bad.append("undirected")
ids = [n["id"] for n in d["nodes"]]
if sorted(G.nodes) != sorted(ids):
    bad.append("node ids %r, expected %r" % (sorted(G.nodes)[:5], sorted(ids)[:5]))
for n in d["nodes"]:
    want = {"name": n["name"], "kind": n["kind"], "state": n["state"],
            "aliases": "; ".join(n["aliases"]) or None}
    want = {k: v for k, v in want.items() if v is not None}
    got = dict(G.nodes[n["id"]]) if n["id"] in G else None
    if got != want:
        bad.append("node %r: %r, expected %r" % (n["id"], got, want))
count = 0
for e in d["edges"]:
    want = {k: e[k] for k in ("type", "items", "categories", "quantity", "mentions", "articles",
                              "first", "last", "confidence", "status", "sources")}
    want["urls"] = " ".join(e["urls"]) or None
    want = {k: v for k, v in want.items() if v is not None}
    try:
        got = dict(G.edges[e["source"], e["target"], e["id"]])
    except KeyError:
        bad.append("edge %r missing" % e["id"]); continue
    got.pop("id", None)
    count += 1
    # JSON prints 15 digits when they read back within 1e-15 (cJSON)
    if abs(got.get("confidence", -1) - want["confidence"]) < 1e-12:
        got["confidence"] = want["confidence"]
    if got != want:
        bad.append("edge %r: %r, expected %r" % (e["id"], got, want))
    for k in ("mentions", "articles", "sources"):
        if type(got.get(k)) is not int:
            bad.append("edge %r: %s is %r, not an int" % (e["id"], k, type(got.get(k))))
    if type(got.get("confidence")) is not float:
        bad.append("edge %r: confidence not a float" % e["id"])
if G.number_of_edges() != len(d["edges"]):
    bad.append("%d edges, expected %d" % (G.number_of_edges(), len(d["edges"])))
if any(v == "" for _, a in G.nodes(data=True) for v in a.values()) or \
   any(v == "" for _, _, a in G.edges(data=True) for v in a.values()):
    bad.append("an empty string value")
for b in bad[:20]:
    print("FAIL:", b)
if bad:
    sys.exit(1)
print("ok: %d nodes, %d edges read back" % (G.number_of_nodes(), count))
PY
done
echo ok
