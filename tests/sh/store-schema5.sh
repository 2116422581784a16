#!/bin/bash
# store-schema5.sh ARMSGRAPH SRC_DIR BUILD_DIR -- schema 5 (graph/store.c):
# an article that named an entity by its name as one of its aliases keeps
# a flag in sources (name_is_alias) instead of an alias_sources row
# repeating the name. A store of schema 4 (tests/data/store/v4.sql, made
# by the armsgraph of before from examples/articles, with a curated
# merge) migrates on open: the rows that repeated the name become the
# flag, nothing else changes, and what the articles named by which alias
# is the same set as before. Then the migrated store and a store built by
# this armsgraph from the same articles answer alike, before and after
# retract, a curated merge, reextract and another retract (the sweep and
# the merge read the flagged names), and so do their alias provenances;
# their entities and aliases are those that the armsgraph of schema 4 gave
# after the same writes on its own store (tests/data/store/v4-entities.txt).
set -u
. "$(dirname "$0")/lib/common.bash"
python_with sqlite3 || { echo "skip: python3 has no sqlite3"; exit 77; }
scratch C.UTF-8
cd "$W" || exit 1
export ARMSGRAPH_NOW=2026-01-01T00:00:00Z

q() { "$PY" -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
for r in c.execute(sys.argv[2]): print("|".join("" if v is None else str(v) for v in r))' "$@"; }
# what each article named by which alias: the rows of alias_sources and,
# from schema 5 on, the flagged names of sources
ALIASES_V4="SELECT a.id, x.entity_id, x.alias FROM alias_sources x JOIN articles a ON a.key = x.article_key"
ALIASES_V5="$ALIASES_V4 UNION SELECT a.id, s.entity_id, s.name FROM sources s
  JOIN articles a ON a.key = s.article_key WHERE s.name_is_alias = 1"

"$PY" -c 'import sqlite3, sys
c = sqlite3.connect("v4.db"); c.executescript(open(sys.argv[1]).read()); c.commit()' \
    "$SRC/tests/data/store/v4.sql" || fail "loading the v4 fixture"
[ "$(q v4.db 'PRAGMA user_version')" = 4 ] || fail "the fixture is not version 4"
q v4.db "$ALIASES_V4 ORDER BY 1, 2, 3" >named.v4
q v4.db "SELECT count(*) FROM alias_sources x JOIN sources s USING (article_key, entity_id)
  WHERE x.alias = s.name" >repeats.txt
[ "$(cat repeats.txt)" -gt 0 ] || fail "the fixture has no alias_sources row repeating a name"

"$AG" entities --db v4.db >ent.migrated || fail "entities on the v4 store"
[ "$(q v4.db 'PRAGMA user_version')" = 5 ] || fail "not migrated to version 5"
[ "$(q v4.db 'PRAGMA integrity_check')" = ok ] || fail "integrity after the migration"
[ -z "$(q v4.db 'PRAGMA foreign_key_check')" ] || fail "foreign keys after the migration"
[ "$(q v4.db 'SELECT count(*) FROM alias_sources x JOIN sources s USING (article_key, entity_id)
  WHERE x.alias = s.name')" = 0 ] || fail "rows repeating the name left in alias_sources"
[ "$(q v4.db 'SELECT sum(name_is_alias) FROM sources')" = "$(cat repeats.txt)" ] ||
    fail "not every repeating row became a flag"
[ "$(q v4.db 'SELECT count(*) FROM edge_stats_deferred')" = 0 ] || fail "edge_stats_deferred not empty"
q v4.db "$ALIASES_V5 ORDER BY 1, 2, 3" >named.v5
cmp -s named.v4 named.v5 || { diff named.v4 named.v5; fail "the migration changed what was named"; }

# the same articles and curation by this armsgraph
"$AG" ingest --quiet --db new.db "$SRC/examples/articles" || fail "ingest new.db"
"$AG" curate --db new.db merge Ukraine "United States" >/dev/null || fail "curate new.db"
[ "$(q new.db 'SELECT count(*) FROM edge_stats_deferred')" = 0 ] || fail "edge_stats_deferred not empty after ingest"
same() { # WHAT
    for db in v4 new; do
        "$AG" entities --db $db.db >ent.$db || fail "$1: entities on $db.db"
        "$AG" edges --db $db.db --format json >edges.$db || fail "$1: edges on $db.db"
        q $db.db "$ALIASES_V5 ORDER BY 1, 2, 3" >named.$db
        q $db.db "SELECT a.id, s.entity_id, s.kind, s.name, s.state, s.name_is_alias FROM sources s
          JOIN articles a ON a.key = s.article_key ORDER BY 1, 2" >sources.$db
    done
    for f in ent edges named sources; do
        cmp -s $f.v4 $f.new || { diff $f.v4 $f.new | head; fail "$1: $f of the migrated store != fresh store"; }
    done
    { echo "== $1"; cat ent.new; } >>entities.txt
    echo "ok: $1 ($(wc -l <named.new) aliases named)"
}
same "migrated against fresh"
for db in v4 new; do
    "$AG" retract --quiet --db $db.db ex-001 ex-004 || fail "retract in $db.db"
    "$AG" curate --db $db.db merge RUS BLR >/dev/null || fail "curate merge in $db.db"
done
same "after a retract and a curated merge"
for db in v4 new; do
    "$AG" reextract --quiet --db $db.db || fail "reextract in $db.db"
    "$AG" retract --quiet --db $db.db ex-007 || fail "second retract in $db.db"
done
same "after reextract and a second retract"
cmp -s entities.txt "$SRC/tests/data/store/v4-entities.txt" ||
    { diff "$SRC/tests/data/store/v4-entities.txt" entities.txt; fail "entities differ from schema 4's"; }
