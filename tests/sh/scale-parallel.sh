#!/bin/bash
# scale-parallel.sh ARMSGRAPH SRC BUILD -- extraction is a mapper: `extract
# --jsonl` over a generated corpus gives the same lines whole and split by GNU
# parallel into several jobs; the lines stored with `ingest --edges` as three
# shards and merged give the same store content (stats, edges with mention
# counts, entities) as one ingest of the whole corpus; a bad line is named
# with its line number and the stream goes on.
set -u
ag=$(readlink -f "$1") src=$2
command -v parallel >/dev/null 2>&1 || { echo "skip: GNU parallel is not installed"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
export ARMSGRAPH_DATA="$src/data" ARMSGRAPH_NOW=2026-01-01T00:00:00Z
unset ARMSGRAPH_DB
status=0
fail() { echo "FAIL: $*"; status=1; }

python3 "$src/tests/data/bad/gen_corpus.py" 600 corpus.jsonl 11 || exit 1
"$ag" extract --jsonl corpus.jsonl >whole.jsonl || fail "extract --jsonl whole"
[ "$(wc -l <whole.jsonl)" = 600 ] || fail "one line per article: $(wc -l <whole.jsonl)"
edges=$(grep -o '"type":"' whole.jsonl | wc -l)
[ "$edges" -gt 600 ] || fail "too few edges: $edges"

parallel --will-cite --pipe -N 100 -j 4 --keep-order "$ag" extract --jsonl <corpus.jsonl >split.jsonl ||
    fail "extract --jsonl under parallel"
cmp -s whole.jsonl split.jsonl && echo "ok: parallel --pipe (6 jobs) gives the same $edges edges" ||
    fail "split output differs from whole output"
# without --keep-order the lines are the same set
parallel --will-cite --pipe -N 70 -j 3 "$ag" extract --jsonl <corpus.jsonl | sort >unordered.jsonl
sort whole.jsonl | cmp -s - unordered.jsonl || fail "unordered split differs as a set"

# shards stored separately and merged = one store
"$ag" ingest --quiet --edges --db one.db whole.jsonl || fail "ingest --edges whole"
split -l 250 split.jsonl shard-
i=0
for s in shard-*; do
    i=$((i + 1))
    mv "$s" "$s.jsonl"
    "$ag" ingest --quiet --edges --db "s$i.db" "$s.jsonl" || fail "ingest shard $s"
done
"$ag" ingest --quiet --edges --db s1.db shard-ab.jsonl # an overlap: deduplicated by hash
"$ag" merge --quiet merged.db s*.db || fail "merge"
for q in "stats --format json" "edges --format json" "entities --format json"; do
    "$ag" $q --db one.db | grep -v '"store"' >a.out
    "$ag" $q --db merged.db | grep -v '"store"' >b.out
    if cmp -s a.out b.out; then echo "ok: $q identical after merge"; else fail "$q differs"; diff a.out b.out | head -5; fi
done

# a bad line in the middle: named, and the stream goes on
{ head -3 corpus.jsonl; echo '{"id": "broken", "text": 42}'; sed -n 4,5p corpus.jsonl; } >bad.jsonl
"$ag" extract --jsonl bad.jsonl >bad.out 2>bad.err
rc=$?
[ $rc = 1 ] || fail "exit $rc with a bad line (want 1)"
[ "$(wc -l <bad.out)" = 5 ] || fail "the good lines are not all written: $(wc -l <bad.out)"
grep -q "^armsgraph: bad.jsonl:4: " bad.err && echo "ok: bad line named: $(cat bad.err)" ||
    fail "bad line message: $(cat bad.err)"
exit $status
