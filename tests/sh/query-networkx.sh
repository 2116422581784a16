#!/bin/bash
# query-networkx.sh ARMSGRAPH SRC BUILD -- checks the scores of `armsgraph
# central` against NetworkX (Debian's python3-networkx) computed
# independently on the same graph, rebuilt here from the fixture
# tests/data/graph/edges.jsonl: a link source->target weighs the sum over
# edge types of the number of distinct articles that report it. Every
# measure, weighted and unweighted, must agree within 1e-6.
# Conventions matched: betweenness raw (not normalized), lengths 1/weight;
# closeness over the actors reached by outgoing links (NetworkX on the
# reversed graph, wf_improved=False); hub, authority and eigenvector
# (undirected projection) scaled so that the largest is 1.
set -u
. "$(dirname "$0")/lib/common.bash"
if ! python_with networkx scipy numpy; then
    echo "skip: python3-networkx (with numpy and scipy) is not installed"
    exit 77
fi
scratch C.UTF-8
DB="$W/q.db"
"$AG" ingest --db "$DB" --quiet --edges "$SRC/tests/data/graph/edges.jsonl" || exit 1
for m in degree in-degree out-degree betweenness closeness pagerank hub authority eigenvector; do
    for w in weighted unweighted; do
        flag=
        [ $w = unweighted ] && flag=--unweighted
        "$AG" central --db "$DB" --measure $m $flag --top 0 --format json \
            >"$W/$m-$w.json" || exit 1
    done
done
"$PY" - "$SRC/tests/data/graph/edges.jsonl" "$W" <<'PYEOF'
import json, sys, warnings
import networkx as nx

warnings.simplefilter("ignore")
fixture, work = sys.argv[1], sys.argv[2]

def ref_id(doc, r):
    return r if isinstance(r, str) else r["id"]

arts = {}  # (type, s, t) -> set of article ids
nodes = set()
for line in open(fixture, encoding="utf-8"):
    if not line.strip():
        continue
    doc = json.loads(line)
    aid = doc["article"]["id"]
    for e in doc["edges"]:
        s, t = ref_id(doc, e["source"]), ref_id(doc, e["target"])
        arts.setdefault((e["type"], s, t), set()).add(aid)
        nodes.update((s, t))

def graph(weighted):
    G = nx.DiGraph()
    G.add_nodes_from(sorted(nodes))
    for (ty, s, t), a in sorted(arts.items()):
        w = len(a) if weighted else 1
        if G.has_edge(s, t):
            if weighted:
                G[s][t]["weight"] += w
        else:
            G.add_edge(s, t, weight=w)
    for s, t, d in G.edges(data=True):
        d["length"] = 1.0 / d["weight"]
    return G

def scaled(d):
    m = max(abs(v) for v in d.values())
    return {k: (abs(v) / m if m else 0.0) for k, v in d.items()}

def undirected(G):
    U = nx.Graph()
    U.add_nodes_from(G)
    for s, t, d in G.edges(data=True):
        if U.has_edge(s, t):
            U[s][t]["weight"] += d["weight"]
        else:
            U.add_edge(s, t, weight=d["weight"])
    return U

def expected(m, weighted):
    G = graph(weighted)
    if m == "degree":
        return dict(G.degree(weight="weight"))
    if m == "in-degree":
        return dict(G.in_degree(weight="weight"))
    if m == "out-degree":
        return dict(G.out_degree(weight="weight"))
    if m == "betweenness":
        return nx.betweenness_centrality(G, normalized=False,
                                         weight="length" if weighted else None)
    if m == "closeness":
        return nx.closeness_centrality(G.reverse(), distance="length" if weighted else None,
                                       wf_improved=False)
    if m == "pagerank":
        return nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-14, max_iter=100000)
    if m in ("hub", "authority"):
        h, a = nx.hits(G, max_iter=100000, tol=1e-14)
        return scaled(h if m == "hub" else a)
    if m == "eigenvector":
        return scaled(nx.eigenvector_centrality_numpy(undirected(G), weight="weight"))
    raise SystemExit("unknown measure " + m)

# hub and authority, weighted: also checked against the dominant singular
# vectors of the weighted adjacency matrix (numpy), a second opinion.
def hits_svd(m):
    import numpy as np
    G = graph(True)
    order = list(G)
    A = nx.to_numpy_array(G, nodelist=order, weight="weight")
    u, s, vt = np.linalg.svd(A)
    vec = u[:, 0] if m == "hub" else vt[0, :]
    return scaled(dict(zip(order, vec)))

bad = 0
checked = 0
for m in ["degree", "in-degree", "out-degree", "betweenness", "closeness", "pagerank",
          "hub", "authority", "eigenvector"]:
    for w in ["weighted", "unweighted"]:
        got = {r["id"]: r["score"] for r in json.load(open("%s/%s-%s.json" % (work, m, w)))["ranking"]}
        exp = expected(m, w == "weighted")
        if m in ("hub", "authority") and w == "weighted":
            svd = hits_svd(m)
            for k in exp:
                if abs(svd[k] - exp[k]) > 1e-6:
                    print("%s: networkx and numpy disagree on %s" % (m, k))
                    bad += 1
        if set(got) != set(exp):
            print("%s %s: actors differ: %s" % (m, w, sorted(set(got) ^ set(exp))))
            bad += 1
            continue
        for k in sorted(exp):
            checked += 1
            # armsgraph prints 6 decimals: allow the rounding
            if abs(got[k] - exp[k]) > 1e-6 + 5e-7:
                print("%s %s: %s: armsgraph %.6f, networkx %.9f" % (m, w, k, got[k], exp[k]))
                bad += 1
print("%d scores compared, %d differ" % (checked, bad))
sys.exit(1 if bad else 0)
PYEOF
