#!/usr/bin/env python3
"""train-scorer.py -- trains the learned pair scorer of armsgraph and writes
data/scorer.json (docs/extraction.md, "The learned scorer").

    python3 tools/train-scorer.py [--bin build/armsgraph] [--out data/scorer.json]
        [--set GOLD_DIR:TEXT_DIR]... [--default rules|scorer|both] [--eval GOLD:TEXTS]

For every article of the training sets (default: eval/real/train with the
cached texts, and ../shared/eval/dev) it runs `armsgraph extract --extractor
rules --candidates` to get the rules' edges and every candidate pair with its
features, labels each pair per edge type by the gold file (endpoints match as
in ../shared/eval/score.py), and trains one averaged perceptron per edge
type (a missed positive weighs three times a false one; features seen once
are dropped). Two thresholds are chosen by 5-fold cross-validation over
articles, at the article level that the scorer counts (a triple is predicted
when its best sentence scores over the threshold): one for the scorer alone,
one for the pairs it adds to the rules. --eval prints the F1 of rules, scorer and
both on another set (the test split) with the trained model; --check runs the
C extractor with the written model (--extractor scorer and both) on a set and
fails unless it finds the triples this script computes.

The features come from the C extractor's rules run, so the model must be
rebuilt after any change to the rules or the dictionaries: the command is

    ./build.sh build && python3 tools/train-scorer.py

(about a minute on 300 articles).

Deterministic: the same inputs give the same file byte for byte.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

from goldnames import TYPES, alias_map, f1, norm

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)


def resolve(key, ents, aliases):
    """Gold id of an extracted entity id (with its name and aliases)."""
    e = ents.get(key, {})
    for k in [key, e.get("name")] + list(e.get("aliases") or []):
        if k is not None and norm(k) in aliases:
            return aliases[norm(k)]
    return "?" + key


def c_agrees(binary, model_path, spec, model, th, th_both):
    """Runs the C extractor with the written model on every article of spec,
    as the scorer alone and as the rules plus the scorer, and compares its
    triples with this script's (the scorer's pairs over th; the rules' edges
    and the pairs over th_both): the two implementations of the features and
    the sum must agree, and the scorer must add to the rules exactly its
    pairs."""
    gold_dir, text_dir = spec.split(":", 1)
    same = total = 0
    for name in sorted(os.listdir(gold_dir)):
        text = os.path.join(text_dir, name[:-5] + ".txt")
        if not name.endswith(".json") or not os.path.exists(text):
            continue
        gold = json.load(open(os.path.join(gold_dir, name), encoding="utf-8"))
        art = extract(binary, gold, text)
        sc = triple_scores(model, art)
        ok = True
        for mode, t, base in (("scorer", th, set()), ("both", th_both, art["rules"])):
            mine = set(base) | {k for k, v in sc.items() if v > t and k[1] != k[2]}
            cmd = [binary, "extract", "--dict", model_path, "--extractor", mode,
                   "--format", "json"]
            if gold.get("published"):
                cmd += ["--date", gold["published"]]
            doc = json.loads(subprocess.run(cmd + [text], capture_output=True,
                                            check=True).stdout)
            ents = {e["id"]: e for e in doc.get("entities", [])}
            aliases = alias_map(gold)

            def ep(x):
                return resolve(x.get("id") or x.get("name") if isinstance(x, dict) else x,
                               ents, aliases)
            theirs = {(e["type"], ep(e["source"]), ep(e["target"])) for e in doc.get("edges", [])}
            if mine != theirs:
                ok = False
                print("differs (%s): %s: script only %s, C only %s" % (
                    mode, name[:-5], sorted(mine - theirs), sorted(theirs - mine)))
        total += 1
        same += ok
    print("the C scorer agrees with this script on %d of %d articles" % (same, total))
    return same == total


def load_articles(sets, binary):
    arts = []
    for spec in sets:
        gold_dir, text_dir = spec.split(":", 1)
        if not os.path.isdir(gold_dir):
            print("train-scorer: no folder %s, skipped" % gold_dir, file=sys.stderr)
            continue
        for name in sorted(os.listdir(gold_dir)):
            if not name.endswith(".json"):
                continue
            gold = json.load(open(os.path.join(gold_dir, name), encoding="utf-8"))
            text = os.path.join(text_dir, name[:-5] + ".txt")
            if not os.path.exists(text):
                continue
            arts.append(extract(binary, gold, text))
    return arts


def extract(binary, gold, text):
    with tempfile.NamedTemporaryFile("r", suffix=".jsonl") as cand:
        cmd = [binary, "extract", "--extractor", "rules", "--format", "json",
               "--candidates", cand.name]
        if gold.get("published"):
            cmd += ["--date", gold["published"]]
        p = subprocess.run(cmd + [text], capture_output=True, check=True)
        doc = json.loads(p.stdout)
        lines = [json.loads(x) for x in cand.read().splitlines() if x.strip()]
    aliases = alias_map(gold)
    ents = {e["id"]: e for e in doc.get("entities", [])}
    want = {(e["type"], e["source"], e["target"]) for e in gold["edges"]}

    def ep(x):
        if isinstance(x, dict):
            return resolve(x.get("id") or x.get("name"), ents, aliases)
        return resolve(x, ents, aliases)
    rules = {(e["type"], ep(e["source"]), ep(e["target"])) for e in doc.get("edges", [])}
    cands = []
    for c in lines:
        s, t = resolve(c["source"], ents, aliases), resolve(c["target"], ents, aliases)
        cands.append({"pair": (s, t), "features": c["features"],
                      "labels": [(ty, s, t) in want for ty in TYPES]})
    return {"id": gold.get("id"), "want": want, "rules": rules, "cands": cands}


def train(arts, epochs=12, min_count=2, seed=7):
    counts = {}
    for a in arts:
        for c in a["cands"]:
            for f in set(c["features"]):
                counts[f] = counts.get(f, 0) + 1
    keep = {f for f, n in counts.items() if n >= min_count}
    insts = [(ti, [f for f in c["features"] if f in keep], 1 if c["labels"][ti] else -1)
             for a in arts for c in a["cands"] for ti in range(len(TYPES))]
    w = [dict() for _ in TYPES]
    total = [dict() for _ in TYPES]
    stamp = [dict() for _ in TYPES]
    step = 1
    rng = random.Random(seed)
    order = list(range(len(insts)))
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            ti, feats, y = insts[i]
            wt = w[ti]
            sc = sum(wt.get(f, 0.0) for f in feats)
            # positives are rare: a missed positive counts three times
            if y * sc <= 0:
                upd = y * (3.0 if y > 0 else 1.0)
                for f in feats:
                    old = wt.get(f, 0.0)
                    total[ti][f] = total[ti].get(f, 0.0) + (step - stamp[ti].get(f, 0)) * old
                    stamp[ti][f] = step
                    wt[f] = old + upd
            step += 1
    avg = []
    for ti in range(len(TYPES)):
        out = {}
        for f, v in w[ti].items():
            tot = total[ti].get(f, 0.0) + (step - stamp[ti].get(f, 0)) * v
            a = round(tot / step, 4)
            if abs(a) >= 0.0005:
                out[f] = a
        avg.append(out)
    return avg


def triple_scores(model, art):
    best = {}
    for c in art["cands"]:
        for ti, ty in enumerate(TYPES):
            sc = sum(model[ti].get(f, 0.0) for f in c["features"])
            k = (ty, c["pair"][0], c["pair"][1])
            if k not in best or sc > best[k]:
                best[k] = sc
    return best


def count(arts, scores, th, with_rules):
    tp = fp = fn = 0
    per = {t: [0, 0, 0] for t in TYPES}
    for a, sc in zip(arts, scores):
        got = set(a["rules"]) if with_rules else set()
        if th is not None:
            got |= {k for k, v in sc.items() if v > th}
        for k in got | a["want"]:
            i = 0 if (k in got and k in a["want"]) else 1 if k in got else 2
            if k[0] in per:
                per[k[0]][i] += 1
        tp += len(got & a["want"])
        fp += len(got - a["want"])
        fn += len(a["want"] - got)
    return (tp, fp, fn), per


def best_threshold(arts, scores, with_rules):
    cands = sorted({round(v, 3) for sc in scores for v in sc.values()})
    grid = [x for x in cands if x > -2][::max(1, len(cands) // 400)] or [0.0]
    best = (-1.0, 0.0)
    for th in grid:
        f = f1(*count(arts, scores, th, with_rules)[0])
        if f > best[0] + 1e-9:
            best = (f, th)
    return best[1], best[0]


def cross_val(arts, folds=5):
    scores = [None] * len(arts)
    for k in range(folds):
        tr = [a for i, a in enumerate(arts) if i % folds != k]
        model = train(tr)
        for i, a in enumerate(arts):
            if i % folds == k:
                scores[i] = triple_scores(model, a)
    return scores


def report(name, arts, scores, th, th_both):
    for label, t, r in (("rules", None, True), ("scorer", th, False), ("both", th_both, True)):
        (tp, fp, fn), per = count(arts, scores, t, r)
        print("%-6s %-7s F1 %.3f (tp %d fp %d fn %d)  %s" % (
            name, label, f1(tp, fp, fn), tp, fp, fn,
            "  ".join("%s %.2f" % (ty, f1(*per[ty])) for ty in TYPES)))


def shared_dev():
    """../shared/eval/dev beside the checkout, or beside the main checkout
    when this is a git worktree elsewhere."""
    tops = [TOP]
    try:
        common = subprocess.run(["git", "-C", TOP, "rev-parse", "--path-format=absolute",
                                 "--git-common-dir"], capture_output=True, text=True,
                                check=True).stdout.strip()
        tops.append(os.path.dirname(common))
    except (OSError, subprocess.CalledProcessError):
        pass
    for top in tops:
        d = os.path.join(os.path.dirname(top), "shared", "eval", "dev")
        if os.path.isdir(d):
            return d
    return os.path.join(os.path.dirname(TOP), "shared", "eval", "dev")


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    cache = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"),
                         "armsgraph", "real")
    shared = shared_dev()
    ap.add_argument("--bin", default=os.path.join(TOP, "build", "armsgraph"))
    ap.add_argument("--out", default=os.path.join(TOP, "data", "scorer.json"))
    ap.add_argument("--set", action="append",
                    help="GOLD_DIR:TEXT_DIR (default: eval/real/train and the dev set)")
    ap.add_argument("--default", default="rules", choices=("rules", "scorer", "both"))
    ap.add_argument("--eval", help="GOLD_DIR:TEXT_DIR to report rules/scorer/both on")
    ap.add_argument("--check", help="GOLD_DIR:TEXT_DIR on which the C scorer must agree")
    a = ap.parse_args()
    sets = a.set or [os.path.join(TOP, "eval", "real", "train") + ":" + cache,
                     shared + ":" + shared]
    # the candidates must come without the old model's influence on features:
    # features never depend on the model, so any data/ works
    arts = load_articles(sets, a.bin)
    if not arts:
        print("train-scorer: no article with a text in %s" % sets, file=sys.stderr)
        return 2
    cv = cross_val(arts)
    th, f_s = best_threshold(arts, cv, False)
    th_b, f_b = best_threshold(arts, cv, True)
    report("cv", arts, cv, th, th_b)
    model = train(arts)
    entries = [{"scorer": "settings", "default": a.default,
                "threshold": th, "threshold_both": th_b,
                "trained_on": "%d articles" % len(arts)}]
    for ti, ty in enumerate(TYPES):
        entries.append({"scorer": ty, "bias": 0.0, "weights": dict(sorted(model[ti].items()))})
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(e, ensure_ascii=False, sort_keys=False) for e in entries))
        f.write("\n]\n")
    print("wrote %s: %d weights, thresholds scorer %.3f both %.3f (cv F1 %.3f / %.3f)" % (
        a.out, sum(len(m) for m in model), th, th_b, f_s, f_b))
    if a.eval:
        ev = load_articles([a.eval], a.bin)
        report("eval", ev, [triple_scores(model, x) for x in ev], th, th_b)
    if a.check and not c_agrees(a.bin, a.out, a.check, model, th, th_b):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
