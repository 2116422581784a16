#!/bin/bash
# path-edges-only.sh ARMSGRAPH SRC_DIR BUILD_DIR -- `path` looks for one
# shortest path through the edge indexes (ag_graph_load_path), else (the
# search gave up: ARMSGRAPH_PATH_SEARCH=1 makes it give up at once, 0 skips
# it) on the edges table alone, and reads the mentions of the hops it
# found (AG_LOAD_EDGES_ONLY, ag_graph_tally). A store written by another
# tool may hold edges without a mention, which the full graph leaves out:
# such an edge on the path found, or among a hop's alternatives, or an
# actor touched only by such edges, must not change any answer. Each
# command is run on a store with extra mention-less edges, by each of the
# three ways, and must print what it prints on the store without them.
set -u
. "$(dirname "$0")/lib/common.bash" "$@"

need sqlite3 "(CLI)"

scratch C
cd "$W" || exit 1
"$AG" ingest --quiet --db clean.db --edges "$SRC/tests/data/graph/edges.jsonl" || fail "ingest"
cp clean.db extra.db
# a shortcut Iran -> Ukraine, a second type beside Iran -> Russia, and an
# actor whose only edge has no mention
sqlite3 extra.db "INSERT INTO entities(id, kind, name) VALUES ('LONE', 'state', 'Lonely Land');
    INSERT INTO edges(type, source_id, target_id) VALUES ('supplies', 'IRN', 'UKR'),
        ('attacks', 'IRN', 'RUS'), ('sanctions', 'LONE', 'UKR');" || fail "sqlite3"
[ "$(sqlite3 extra.db 'SELECT count(*) FROM edges WHERE id NOT IN (SELECT edge_id FROM mentions)')" = 3 ] ||
    fail "the extra edges are not there"

n=0
check() { # ARGS... : the same output and exit status on both stores, each way
    "$AG" path --db clean.db "$@" >clean.out 2>&1
    a=$?
    for way in "" 0 1; do
        ARMSGRAPH_PATH_SEARCH=$way "$AG" path --db extra.db "$@" >extra.out 2>&1
        b=$?
        [ "$a" = "$b" ] || fail "path $* (search '$way'): exit $a without the extra edges, $b with them"
        cmp -s clean.out extra.out ||
            { diff clean.out extra.out; fail "path $* (search '$way'): the output differs"; }
        n=$((n + 1))
    done
}
check Iran Ukraine
check Iran Russia
check Iran Ukraine --format json
check Iran Ukraine --format csv
check Ukraine Iran --undirected
check Iran Ukraine --max-len 1
check Ukraine Iran
check Tehran Kyiv --type supplies
check Iran Ukraine --kind state
check Iran Iran
check Iran Zzyzx
check Iran Ukraine --format json --undirected
grep -q "Iran (IRN) —supplies→ Russia (RUS) —attacks→ Ukraine (UKR)" <("$AG" path --db extra.db Iran Ukraine) ||
    fail "the shortcut without mentions was taken"
# the actor of a mention-less edge only has no edge in the graph
"$AG" path --db extra.db LONE Ukraine >lone.out 2>&1 && fail "path LONE Ukraine found a path"
[ "$(cat lone.out)" = "armsgraph: no path from LONE to UKR: LONE has no edge" ] ||
    { cat lone.out; fail "path LONE Ukraine: unexpected message"; }
echo "ok: $n path commands answer the same with edges without mentions in the store"
