#!/bin/bash
# score-contract.sh ARMSGRAPH SRC BUILD -- the contract score.py reads from
# `armsgraph extract --format json`: on every example article
# (examples/articles/*.txt) and on the articles we wrote for this test
# (tests/data/extract/contract/*.txt), the output parses as JSON, has an
# "edges" list whose edges carry type, source and target (objects with id,
# name, kind), items/status/evidence with byte offsets that point at the
# evidence sentence in the original file, and an "entities" list. When the
# shared scorer is beside the repo, it must also reach F1 1.0 on our
# contract articles against the gold files we wrote next to them.
set -u
ag=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ARMSGRAPH_DATA=$src/data
fail=0
n=0
for f in "$src"/examples/articles/*.txt "$src"/tests/data/extract/contract/*.txt; do
    [ -f "$f" ] || continue
    n=$((n + 1))
    if ! "$ag" extract --format json --date 2024-03-12 "$f" >"$work/out.json" 2>"$work/err.txt"; then
        echo "FAIL: $f: extract failed: $(cat "$work/err.txt")"
        fail=1
        continue
    fi
    if ! python3 - "$f" "$work/out.json" <<'PY'
import json, sys
text = open(sys.argv[1], "rb").read()
doc = json.load(open(sys.argv[2], encoding="utf-8"))
assert isinstance(doc, dict), "not an object"
assert isinstance(doc.get("edges"), list), "no edges list"
assert isinstance(doc.get("entities"), list), "no entities list"
assert "article" in doc, "no article"
ids = {e["id"] for e in doc["entities"]}
types = {"supplies", "seeks-in-exchange", "sanctions", "attacks"}
for e in doc["edges"]:
    assert e["type"] in types, "bad type %r" % e["type"]
    for end in ("source", "target"):
        x = e[end]
        assert isinstance(x, dict) and x.get("id") and x.get("name") and x.get("kind"), "bad %s" % end
        assert x["id"] in ids, "%s %r not among the entities" % (end, x["id"])
    assert e["status"] in ("reported", "planned"), "bad status"
    assert 0.0 <= e["confidence"] <= 1.0, "bad confidence"
    ev = e["evidence"]
    s, t = ev["start"], ev["end"]
    assert 0 <= s < t <= len(text), "evidence offsets out of range"
    assert text[s:t].decode("utf-8") == ev["sentence"], "evidence does not match the offsets"
PY
    then
        echo "FAIL: $f: contract broken"
        fail=1
    fi
done
if [ $n -eq 0 ]; then
    echo "FAIL: no articles found"
    exit 1
fi
scorer=$src/../shared/eval/score.py
if [ -f "$scorer" ]; then
    if ! python3 "$scorer" --cmd "$ag extract --format json --date {date} {file}" \
        --texts "$src/tests/data/extract/contract" -v --min-f1 1.0 >"$work/score.txt"; then
        cat "$work/score.txt"
        echo "FAIL: score.py below F1 1.0 on the contract articles"
        fail=1
    fi
    if grep -q '^error:' "$work/score.txt"; then
        cat "$work/score.txt"
        fail=1
    fi
fi
[ $fail -eq 0 ] && echo "ok: $n articles keep the contract"
exit $fail
