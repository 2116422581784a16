#!/bin/bash
# examples-score.sh ARMSGRAPH SRC BUILD -- the scorer's contract over our own
# example articles: every article of examples/articles is extracted through
# `armsgraph extract --format json` and scored by ../shared/eval/score.py
# against the gold edges we wrote in tests/data/examples-gold. Fails below
# the F1 floor, on any extraction error, or on a malformed edge.
set -u
ag=$1 src=$2
floor=0.85
scorer=$src/../shared/eval/score.py
if [ ! -f "$scorer" ]; then
    echo "skip: $scorer not found (shared/ is not beside the repo)"
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$(dirname "$0")/lib/common.bash" "$@"
examples_corpus "$work"
python3 "$scorer" --cmd "$ag extract --format json --date {date} {file}" --texts "$work" -v \
    --min-f1 "$floor" >"$work/score.txt"
rc=$?
cat "$work/score.txt"
if grep -q '^error:' "$work/score.txt"; then
    echo "FAIL: extraction errors"
    exit 1
fi
if [ $rc -ne 0 ]; then
    echo "FAIL: F1 below $floor"
    exit 1
fi
echo "ok: F1 at or above $floor"
