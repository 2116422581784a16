#!/bin/bash
# scorer-train.sh ARMSGRAPH SRC BUILD -- the learned scorer's trainer on our
# own example articles and gold (tests/data/examples-gold): two runs write
# the same model byte for byte, the C scorer loading that model predicts on
# every article exactly the triples the trainer computes, and the model file
# loads as a dictionary.
set -u
ag=$1 src=$2
command -v python3 >/dev/null 2>&1 || { echo "skip: python3 is not installed"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$(dirname "$0")/lib/common.bash" "$@"
examples_corpus "$work/set"
set_spec="$work/set:$work/set"
python3 "$src/tools/train-scorer.py" --bin "$ag" --set "$set_spec" --out "$work/a.json" \
    --check "$set_spec" >"$work/log1" 2>&1 || { cat "$work/log1"; fail "training or the C check failed"; }
grep -q "the C scorer agrees with this script on 8 of 8 articles" "$work/log1" ||
    { cat "$work/log1"; fail "the C scorer disagrees with the trainer"; }
python3 "$src/tools/train-scorer.py" --bin "$ag" --set "$set_spec" --out "$work/b.json" \
    >"$work/log2" 2>&1 || { cat "$work/log2"; fail "second training failed"; }
cmp -s "$work/a.json" "$work/b.json" || fail "two trainings wrote different models"
grep -q '"scorer": "settings"' "$work/a.json" || fail "no settings entry"
"$ag" extract --dict "$work/a.json" --extractor both "$work/set/ex-001.txt" >/dev/null ||
    fail "the model does not load as a dictionary"
echo "ok: deterministic model, C and Python agree"
