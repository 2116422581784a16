#!/usr/bin/env python3
"""py_cmd.py -- the whole-command counterparts of `armsgraph central`,
`path` and `neighbors` in Python, for bench/graph/cmd.sh: each run opens
the same SQLite store, reads what the answer needs, builds the graph with
NetworkX or python-igraph, computes and prints the answer.

usage: py_cmd.py networkx|igraph STORE central
       py_cmd.py networkx|igraph STORE path FROM TO
       py_cmd.py networkx|igraph STORE neighbors ACTOR

central: PageRank (damping 0.85) of the links source -> target weighted by
the sum over edge types of distinct articles, top 10 with names.
path: one shortest directed path, each hop with its strongest mention
(highest confidence, then latest date). neighbors: the actors one hop away
either way, by id. With AG_PR_TIME set, the PageRank call's own time goes
to stderr ("pagerank_kernel SECONDS").
"""
import os
import sqlite3
import sys
import time

LINKS = ("SELECT e.source_id, e.target_id, count(DISTINCT m.article_key)"
         " FROM mentions m JOIN edges e ON e.id = m.edge_id GROUP BY e.id")


def names(c, ids):
    out = {}
    for i in ids:
        r = c.execute("SELECT name, kind FROM entities WHERE id = ?", (i,)).fetchone()
        out[i] = r
    return out


def central(lib, c):
    w = {}
    for s, t, n in c.execute(LINKS):
        w[(s, t)] = w.get((s, t), 0) + n
    if lib == "networkx":
        import networkx as nx
        G = nx.DiGraph()
        G.add_weighted_edges_from((s, t, x) for (s, t), x in w.items())
        t0 = time.perf_counter()
        pr = nx.pagerank(G, alpha=0.85, weight="weight")
        t1 = time.perf_counter()
    else:
        import igraph
        G = igraph.Graph.TupleList(((s, t, x) for (s, t), x in w.items()), directed=True,
                                   weights=True)
        t0 = time.perf_counter()
        v = G.pagerank(weights="weight", damping=0.85)
        t1 = time.perf_counter()
        pr = dict(zip(G.vs["name"], v))
    if os.environ.get("AG_PR_TIME"):
        print("pagerank_kernel %.4f" % (t1 - t0), file=sys.stderr)
    top = sorted(pr, key=lambda k: (-round(pr[k] * 1e9), k))[:10]
    nm = names(c, top)
    for i, k in enumerate(top):
        print("%d\t%s\t%s\t%s\t%.6f" % (i + 1, k, nm[k][0], nm[k][1], pr[k]))


def path(lib, c, a, b):
    pairs = c.execute("SELECT source_id, target_id FROM edges").fetchall()
    if lib == "networkx":
        import networkx as nx
        G = nx.DiGraph()
        G.add_edges_from(pairs)
        p = nx.shortest_path(G, a, b)
    else:
        import igraph
        G = igraph.Graph.TupleList(pairs, directed=True)
        vp = G.get_shortest_paths(a, to=b, output="vpath")[0]
        p = [G.vs[i]["name"] for i in vp]
    for u, v in zip(p, p[1:]):
        r = c.execute(
            "SELECT e.type, m.sentence, ar.id, coalesce(m.date, ar.published)"
            " FROM edges e JOIN mentions m ON m.edge_id = e.id"
            " JOIN articles ar ON ar.key = m.article_key"
            " WHERE e.source_id = ? AND e.target_id = ?"
            " ORDER BY m.confidence DESC, coalesce(m.date, ar.published) DESC LIMIT 1",
            (u, v)).fetchone()
        print("%s -%s-> %s: \"%s\" -- %s, %s" % (u, r[0], v, r[1], r[2], r[3]))


def neighbors(lib, c, a):
    pairs = c.execute("SELECT source_id, target_id FROM edges").fetchall()
    if lib == "networkx":
        import networkx as nx
        G = nx.DiGraph()
        G.add_edges_from(pairs)
        nb = set(G.successors(a)) | set(G.predecessors(a))
    else:
        import igraph
        G = igraph.Graph.TupleList(pairs, directed=True)
        nb = {G.vs[i]["name"] for i in G.neighbors(a, mode="all")}
    nm = names(c, sorted(nb))
    for k in sorted(nb):
        print("1\t%s\t%s\t%s" % (k, nm[k][0], nm[k][1]))


def main():
    lib, store, cmd = sys.argv[1:4]
    c = sqlite3.connect("file:%s?mode=ro" % store, uri=True)
    if cmd == "central":
        central(lib, c)
    elif cmd == "path":
        path(lib, c, sys.argv[4], sys.argv[5])
    elif cmd == "neighbors":
        neighbors(lib, c, sys.argv[4])
    else:
        raise SystemExit("unknown command " + cmd)


if __name__ == "__main__":
    main()
