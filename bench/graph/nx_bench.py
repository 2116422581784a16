#!/usr/bin/env python3
"""nx_bench.py -- times the same queries as bench.c with NetworkX on the
same graph: the links written by bench.c (source, target, weight; parallel
typed edges already merged, weight = distinct articles).

usage: nx_bench.py LINKS.tsv FROM TO [BETWEENNESS_SAMPLES]
Prints "name seconds" lines like bench.c. Full betweenness in pure Python
on 200,000 edges takes tens of minutes, so it is timed on a sample of
source actors (networkx's k parameter) and scaled to all actors
("betweenness_unweighted_extrapolated").
"""
import sys
import time
import warnings

import networkx as nx

warnings.simplefilter("ignore")


def main():
    links, src, dst = sys.argv[1], sys.argv[2], sys.argv[3]
    k = int(sys.argv[4]) if len(sys.argv) > 4 else 100
    t0 = time.perf_counter()
    G = nx.DiGraph()
    with open(links, encoding="utf-8") as f:
        for line in f:
            s, t, w = line.rstrip("\n").split("\t")
            G.add_edge(s, t, weight=int(w))
    print("load %.3f" % (time.perf_counter() - t0))
    print("actors %d\nedges %d" % (G.number_of_nodes(), G.number_of_edges()))

    t0 = time.perf_counter()
    try:
        p = nx.shortest_path(G, src, dst)
        hops = len(p) - 1
    except nx.NetworkXNoPath:
        hops = -1
    print("path %.4f" % (time.perf_counter() - t0))
    print("path_hops %d" % hops)

    t0 = time.perf_counter()
    pr = nx.pagerank(G, alpha=0.85, weight="weight")
    print("pagerank %.3f" % (time.perf_counter() - t0))
    top = max(sorted(pr), key=lambda v: pr[v])
    print("pagerank_top %s %.6f" % (top, pr[top]))

    n = G.number_of_nodes()
    t0 = time.perf_counter()
    nx.betweenness_centrality(G, k=min(k, n), normalized=False, weight=None, seed=1)
    t = time.perf_counter() - t0
    print("betweenness_sample%d_unweighted %.3f" % (k, t))
    print("betweenness_unweighted_extrapolated %.3f" % (t * n / min(k, n)))


if __name__ == "__main__":
    main()
