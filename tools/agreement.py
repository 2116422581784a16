#!/usr/bin/env python3
"""agreement.py [EVAL_REAL] -- inter-annotator agreement on the real-article
corpus: each file of EVAL_REAL/agreement/ (a second annotator's blind gold
for one article) against the first annotator's gold of the same id in
EVAL_REAL/train or EVAL_REAL/test. Endpoints match as in score.py (an
entity's id or any alias, ignoring case, punctuation and a leading "the").
Prints F1 overall and per edge type; -v lists the triples only one has."""
import json
import os
import sys

from goldnames import TYPES, alias_map, f1, norm


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    root = args[0] if args else "eval/real"
    second_dir = os.path.join(root, "agreement")
    tot = {t: [0, 0, 0] for t in TYPES}
    n = 0
    for name in sorted(os.listdir(second_dir)):
        if not name.endswith(".json"):
            continue
        first = [os.path.join(root, s, name) for s in ("train", "test")
                 if os.path.exists(os.path.join(root, s, name))]
        if not first:
            continue
        g = json.load(open(first[0], encoding="utf-8"))
        b = json.load(open(os.path.join(second_dir, name), encoding="utf-8"))
        aliases = alias_map(g)
        mapped = {}
        for e in b["entities"]:
            mapped[e["id"]] = next((aliases[norm(k)] for k in [e["id"]] + e.get("aliases", [])
                                    if norm(k) in aliases), "?" + e["id"])
        want = {(e["type"], e["source"], e["target"]) for e in g["edges"]}
        got = {(e["type"], mapped.get(e["source"], "?" + e["source"]),
                mapped.get(e["target"], "?" + e["target"])) for e in b["edges"]}
        for t in TYPES:
            tot[t][0] += len({x for x in got & want if x[0] == t})
            tot[t][1] += len({x for x in got - want if x[0] == t})
            tot[t][2] += len({x for x in want - got if x[0] == t})
        if "-v" in sys.argv and got != want:
            print(name[:-5], "first only:", sorted(want - got), "second only:", sorted(got - want))
        n += 1
    all3 = [sum(v[i] for v in tot.values()) for i in range(3)]
    print("agreement over %d articles: F1 %.3f (both %d, second only %d, first only %d)"
          % (n, f1(*all3), *all3))
    for t in TYPES:
        print("  %-18s F1 %.3f" % (t, f1(*tot[t])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
