#!/bin/bash
# neighbors-search.sh ARMSGRAPH SRC_DIR BUILD_DIR -- `neighbors` finds the
# actors near one actor through the edge indexes (ag_graph_load_near)
# instead of loading the graph, unless the search gives up
# (ARMSGRAPH_NEIGHBORS_SEARCH=N labels at most N actors; 1 gives up at the
# first neighbour, 0 skips the search). Every answer must be the loaded
# graph's: on a generated store of skewed degrees, with extra edges that
# the load leaves out (no mention; an end that is no entity), an actor
# whose only edge points at it, each command prints the same bytes and
# exit status by every way, through type, kind and --min-sources filters,
# each direction and depths 1 to 3.
set -u
. "$(dirname "$0")/lib/common.bash" "$@"

need sqlite3 "(CLI)"
python_with json || { echo "skip: no python3"; exit 77; }

scratch C
cd "$W" || exit 1
"$PY" "$SRC/bench/graph/gen.py" g.jsonl --actors 60 --edges 240 --mentions 600 --per-article 3 \
    --seed 3 || fail "gen.py"
"$AG" ingest --quiet --db g.db --edges g.jsonl || fail "ingest"
# an edge without mentions (A00001 -> A00059 would be a shortcut), one
# whose source is no entity, an actor with one edge pointing at it
sqlite3 g.db "INSERT INTO entities(id, kind, name) VALUES ('SINK', 'state', 'Sink Land');
    INSERT INTO edges(type, source_id, target_id) VALUES ('supplies', 'A00001', 'A00059');
    PRAGMA foreign_keys = OFF;
    INSERT INTO edges(type, source_id, target_id) VALUES ('attacks', 'GHOST', 'A00002');" ||
    fail "sqlite3"
"$PY" - <<'PY' || fail "adding a mention of the edge to SINK"
import sqlite3
db = sqlite3.connect("g.db")
db.execute("INSERT INTO edges(type, source_id, target_id) VALUES ('sanctions', 'A00003', 'SINK')")
e = db.execute("SELECT id FROM edges WHERE target_id = 'SINK'").fetchone()[0]
a = db.execute("SELECT min(key) FROM articles").fetchone()[0]
db.execute("INSERT INTO mentions(edge_id, article_key, status, confidence) VALUES (?, ?, 'reported', 0.9)",
           (e, a))
db.commit()
PY
[ "$(sqlite3 g.db "SELECT n_mentions FROM edges WHERE target_id = 'SINK'")" = 1 ] ||
    fail "the edge to SINK has no mention"

n=0
check() { # ARGS... : the same output and exit status by each way
    ARMSGRAPH_NEIGHBORS_SEARCH=0 "$AG" neighbors --db g.db "$@" >load.out 2>&1
    a=$?
    for way in "" 1 3; do
        ARMSGRAPH_NEIGHBORS_SEARCH=$way "$AG" neighbors --db g.db "$@" >search.out 2>&1
        b=$?
        [ "$a" = "$b" ] || fail "neighbors $* (search '$way'): exit $a loaded, $b searched"
        cmp -s load.out search.out ||
            { diff load.out search.out; fail "neighbors $* (search '$way'): the output differs"; }
        n=$((n + 1))
    done
}
for actor in A00000 A00001 A00002 A00003 A00007 A00030 A00059 SINK GHOST 'Actor 5'; do
    check "$actor"
    check "$actor" --direction out
    check "$actor" --direction in --depth 2
    check "$actor" --depth 3 --format json
    check "$actor" --type supplies --type attacks --depth 2
    check "$actor" --kind state --kind person --depth 2 --format csv
    check "$actor" --min-sources 2 --direction out --depth 2
    check "$actor" --since 2018-01-01 --depth 2
done
# the answers that this store makes sure are exercised
ARMSGRAPH_NEIGHBORS_SEARCH=1000 "$AG" neighbors --db g.db SINK --direction out >sink.out 2>&1
[ "$(cat sink.out)" = "Sink Land (SINK): no neighbors" ] || { cat sink.out; fail "SINK out"; }
"$AG" neighbors --db g.db A00001 --direction out >a1.out || fail "A00001"
grep -q 'A00059' a1.out && fail "the edge without mentions was followed"
"$AG" neighbors --db g.db A00002 --direction in >a2.out || fail "A00002"
grep -q 'GHOST' a2.out && fail "the edge from no entity was followed"
echo "ok: $n neighbors commands answer the same searched and loaded"
