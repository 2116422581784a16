#!/bin/bash
# scale-parallel.sh ARMSGRAPH SRC BUILD -- extraction is a mapper: `extract
# --jsonl` over a generated corpus gives the same lines whole and split by GNU
# parallel into several jobs; the lines stored with `ingest --edges` as three
# shards and merged give the same store content (stats, edges with mention
# counts, entities) as one ingest of the whole corpus; a bad line is named
# with its line number and the stream goes on.
set -u
. "$(dirname "$0")/lib/common.bash"
need parallel "(GNU parallel)"
scratch C.UTF-8
cd "$W" || exit 1

python3 "$SRC/tests/data/bad/gen_corpus.py" 600 corpus.jsonl 11 || exit 1
"$AG" extract --jsonl corpus.jsonl >whole.jsonl || fail_later "extract --jsonl whole"
[ "$(wc -l <whole.jsonl)" = 600 ] || fail_later "one line per article: $(wc -l <whole.jsonl)"
edges=$(grep -o '"type":"' whole.jsonl | wc -l)
[ "$edges" -gt 600 ] || fail_later "too few edges: $edges"

parallel --will-cite --pipe -N 100 -j 4 --keep-order "$AG" extract --jsonl <corpus.jsonl >split.jsonl ||
    fail_later "extract --jsonl under parallel"
cmp -s whole.jsonl split.jsonl && echo "ok: parallel --pipe (6 jobs) gives the same $edges edges" ||
    fail_later "split output differs from whole output"
# without --keep-order the lines are the same set
parallel --will-cite --pipe -N 70 -j 3 "$AG" extract --jsonl <corpus.jsonl | sort >unordered.jsonl
sort whole.jsonl | cmp -s - unordered.jsonl || fail_later "unordered split differs as a set"

# shards stored separately and merged = one store
"$AG" ingest --quiet --edges --db one.db whole.jsonl || fail_later "ingest --edges whole"
split -l 250 split.jsonl shard-
i=0
for s in shard-*; do
    i=$((i + 1))
    mv "$s" "$s.jsonl"
    "$AG" ingest --quiet --edges --db "s$i.db" "$s.jsonl" || fail_later "ingest shard $s"
done
"$AG" ingest --quiet --edges --db s1.db shard-ab.jsonl # an overlap: deduplicated by hash
"$AG" merge --quiet merged.db s*.db || fail_later "merge"
for q in "stats --format json" "edges --format json" "entities --format json"; do
    "$AG" $q --db one.db | grep -v '"store"' >a.out
    "$AG" $q --db merged.db | grep -v '"store"' >b.out
    if cmp -s a.out b.out; then echo "ok: $q identical after merge"; else fail_later "$q differs"; diff a.out b.out | head -5; fi
done

# a bad line in the middle: named, and the stream goes on
{ head -3 corpus.jsonl; echo '{"id": "broken", "text": 42}'; sed -n 4,5p corpus.jsonl; } >bad.jsonl
"$AG" extract --jsonl bad.jsonl >bad.out 2>bad.err
rc=$?
[ $rc = 1 ] || fail_later "exit $rc with a bad line (want 1)"
[ "$(wc -l <bad.out)" = 5 ] || fail_later "the good lines are not all written: $(wc -l <bad.out)"
grep -q "^armsgraph: bad.jsonl:4: " bad.err && echo "ok: bad line named: $(cat bad.err)" ||
    fail_later "bad line message: $(cat bad.err)"
exit $status
