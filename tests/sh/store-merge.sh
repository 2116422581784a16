#!/bin/bash
# store-merge.sh ARMSGRAPH SRC_DIR BUILD_DIR -- shards ingested separately
# and merged give the same store content (entities, edges with mention and
# article counts, statistics) as one ingest of everything; merging the same
# shards again changes nothing; pre-extracted edges (ingest --edges) merge
# the same way.
set -u
AG=$1
SRC=$2
command -v python3 >/dev/null 2>&1 || { echo "skip: python3 is not installed"; exit 77; }

W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
export ARMSGRAPH_NOW=2026-01-01T00:00:00Z ARMSGRAPH_DATA="$SRC/data" LC_ALL=C
unset ARMSGRAPH_DB
cd "$W" || exit 1
fail() {
    echo "FAIL: $*"
    exit 1
}
content() { # content DB -> what must be equal, without the store path
    "$AG" entities --db "$1" --format json || return 1
    "$AG" edges --db "$1" --format json || return 1
    "$AG" stats --db "$1" --format json | grep -v '"store":'
}

# ---- articles extracted on three "machines", with overlap between shards
python3 "$SRC/tests/data/bad/gen_corpus.py" 120 corpus.jsonl 5 || fail "corpus generator"
sed -n '1,50p' corpus.jsonl >s1.jsonl
sed -n '40,90p' corpus.jsonl >s2.jsonl   # lines 40-50 also in s1
sed -n '85,120p' corpus.jsonl >s3.jsonl  # lines 85-90 also in s2
"$AG" ingest --quiet --db all.db corpus.jsonl || fail "single ingest"
for k in 1 2 3; do
    "$AG" ingest --quiet --db s$k.db s$k.jsonl || fail "ingest of shard $k"
done
"$AG" merge m.db s1.db s2.db s3.db >merge.txt || fail "merge"
[ "$(cat merge.txt)" = "merged 3 shards: added 120 articles, skipped 17 (already stored); $(
    "$AG" stats --db all.db --format json | python3 -c '
import json, sys
s = json.load(sys.stdin)
print("%d new entities, %d new edges, %d mentions" % (s["entities"]["total"], s["edges"]["total"], s["mentions"]["total"]))')" ] ||
    fail "merge summary: $(cat merge.txt)"
content all.db >want.txt || fail "content of the single store"
content m.db >got.txt || fail "content of the merged store"
diff -u want.txt got.txt >/dev/null || { diff -u want.txt got.txt | head -40; fail "merged != single"; }
grep -q '"articles":	120' got.txt || fail "article count"

# ---- merging again changes nothing
"$AG" merge m.db s3.db s1.db >merge2.txt || fail "second merge"
[ "$(cat merge2.txt)" = "merged 2 shards: added 0 articles, skipped 86 (already stored); 0 new entities, 0 new edges, 0 mentions" ] ||
    fail "second merge: $(cat merge2.txt)"
content m.db >got2.txt
diff -u want.txt got2.txt >/dev/null || fail "second merge changed the store"

# ---- pre-extracted edges: shards of the fixture
FX=$SRC/tests/data/graph/edges.jsonl
"$AG" ingest --quiet --db fx.db --edges "$FX" || fail "fixture ingest"
head -n 3 "$FX" >e1.jsonl
tail -n 6 "$FX" >e2.jsonl
"$AG" ingest --quiet --db e1.db --edges e1.jsonl || fail "fixture shard 1"
"$AG" ingest --quiet --db e2.db --edges e2.jsonl || fail "fixture shard 2"
"$AG" merge --quiet fm.db e1.db e2.db || fail "fixture merge"
content fx.db >want.txt
content fm.db >got.txt
diff -u want.txt got.txt || fail "merged fixture != single fixture"

# ---- errors
"$AG" merge m.db m.db >out.txt 2>err.txt
[ $? = 1 ] && [ "$(cat err.txt)" = "armsgraph: m.db: cannot merge a store into itself" ] ||
    fail "merge into itself: $(cat err.txt)"
echo ok
