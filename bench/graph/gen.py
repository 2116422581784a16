#!/usr/bin/env python3
"""gen.py -- writes a synthetic store input for the graph benchmark: JSON
Lines of extraction documents (the form `armsgraph ingest --edges` reads),
with N_ACTORS actors, about N_EDGES distinct (type, source, target) edges and
N_MENTIONS mentions spread over articles of MENTIONS_PER_ARTICLE mentions.

Degrees are skewed (a few actors are in many edges), as in the news. The
sentences are made up ("Actor 12 supplied Actor 7 (bench 3)."). The output
is deterministic for a given seed.

usage: gen.py OUT.jsonl [--actors N] [--edges N] [--mentions N] [--seed S]
"""
import argparse
import hashlib
import json
import random
import sys

TYPES = ["supplies", "seeks-in-exchange", "sanctions", "attacks"]
KINDS = ["state", "organization", "person"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--actors", type=int, default=20000)
    ap.add_argument("--edges", type=int, default=200000)
    ap.add_argument("--mentions", type=int, default=500000)
    ap.add_argument("--per-article", type=int, default=10)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    n = a.actors

    def actor():
        # skewed: squares of uniforms favour low numbers
        return int(n * rng.random() ** 2)

    edges = set()
    while len(edges) < a.edges:
        s, t = actor(), actor()
        if s == t:
            continue
        edges.add((rng.choice(TYPES), s, t))
    edges = sorted(edges)
    # every edge at least once, the rest skewed towards a few edges
    mentions = list(range(len(edges)))
    while len(mentions) < a.mentions:
        mentions.append(int(len(edges) * rng.random() ** 1.5))
    rng.shuffle(mentions)

    def ent(i):
        return {"id": "A%05d" % i, "name": "Actor %d" % i, "kind": KINDS[i % 3]}

    with open(a.out, "w") as f:
        for art, start in enumerate(range(0, len(mentions), a.per_article)):
            y = 2015 + art % 10
            published = "%04d-%02d-%02d" % (y, 1 + art % 12, 1 + art % 28)
            aid = "bench-%06d" % art
            doc = {
                "article": {
                    "id": aid,
                    "title": "Bench article %d" % art,
                    "url": None,
                    "source": "bench",
                    "published": published,
                    "sha256": hashlib.sha256(aid.encode()).hexdigest(),
                },
                "entities": [],
                "edges": [],
            }
            seen = set()
            for k, e in enumerate(mentions[start:start + a.per_article]):
                ty, s, t = edges[e]
                for v in (s, t):
                    if v not in seen:
                        seen.add(v)
                        doc["entities"].append(ent(v))
                doc["edges"].append({
                    "type": ty,
                    "source": "A%05d" % s,
                    "target": "A%05d" % t,
                    "date": published,
                    "confidence": 0.5 + (k % 5) / 10,
                    "evidence": {"sentence": "Actor %d %s Actor %d (bench %d)." % (s, ty, t, art)},
                })
            f.write(json.dumps(doc, separators=(",", ":")) + "\n")
    print("%d actors, %d edges, %d mentions, %d articles" %
          (n, len(edges), len(mentions), (len(mentions) + a.per_article - 1) // a.per_article),
          file=sys.stderr)


if __name__ == "__main__":
    main()
