#!/bin/bash
# store-revise.sh ARMSGRAPH SRC_DIR BUILD_DIR -- a store of schema version 2
# (tests/data/store/v2.sql, made by the armsgraph of before) migrates to
# version 5 on open, and `reextract` brings it to what a fresh ingest
# stores; `reextract` adds an edge once a dictionary entry is added, takes
# it away again once the entry is gone, takes one away once a rule (a
# trigger word) is gone, writes nothing with --dry-run and changes nothing
# when run twice; `retract` gives the store that never
# ingested the article; unknown articles change nothing.
#
# Dumps: `sqlite3 DB .dump` compares stores byte for byte where the row ids
# must agree. Where they cannot (an article retracted from the middle: the
# rows stored after it keep their ids, which a store that never saw it
# numbers one lower), canonical() compares every row with each surrogate id
# (articles.key, edges.id, mentions.id) replaced by the natural key it
# stands for (the article's sha256, the edge's type, source and target),
# sorted: equal content, only the numbering may differ.
set -u
. "$(dirname "$0")/lib/common.bash"
need sqlite3
scratch C.UTF-8
# the version of the rules, as the build knows it
V=$(sed -n 's/^#define AG_EXTRACTOR_VERSION //p' "$SRC/ingest/ag_ingest.h")
cd "$W" || exit 1
ART=$SRC/examples/articles

canonical() {
    sqlite3 "$1" <<'SQL'
SELECT 'article', id, title, url, source, published, sha256, ingested_at, text, extractor,
       dict_hash FROM articles ORDER BY sha256;
SELECT 'entity', id, kind, name, state FROM entities ORDER BY id;
SELECT 'alias', alias, entity_id FROM aliases ORDER BY entity_id, alias;
SELECT 'edge', type, source_id, target_id, n_mentions, n_articles, n_reported, confidence,
       first_date, last_date FROM edges ORDER BY 2, 3, 4;
SELECT 'mention', d.type, d.source_id, d.target_id, a.sha256, m.sentence, m.sent_start,
       m.sent_end, m.items, m.category, m.qty_value, m.qty_unit, m.qty_qualifier, m.qty_text,
       m.date, m.status, m.attribution, m.confidence
  FROM mentions m JOIN edges d ON d.id = m.edge_id JOIN articles a ON a.key = m.article_key
  ORDER BY 2, 3, 4, 5, 6, 7;
SELECT 'source', a.sha256, s.entity_id, s.kind, s.name, s.state
  FROM sources s JOIN articles a ON a.key = s.article_key ORDER BY 2, 3;
SELECT 'alias_source', a.sha256, x.entity_id, x.alias
  FROM alias_sources x JOIN articles a ON a.key = x.article_key ORDER BY 2, 3, 4;
SQL
}
sql() { sqlite3 "$1" "$2"; }

# ---- a version 2 store migrates on open; nothing is lost
sqlite3 v2.db <"$SRC/tests/data/store/v2.sql" || fail "loading the v2 fixture"
[ "$(sql v2.db 'PRAGMA user_version')" = 2 ] || fail "the fixture is not version 2"
counts='SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM entities),
  (SELECT count(*) FROM aliases), (SELECT count(*) FROM edges), (SELECT count(*) FROM mentions)'
before=$(sql v2.db "$counts")
"$AG" stats --db v2.db >stats.txt || fail "stats on the v2 store"
[ "$(sql v2.db 'PRAGMA user_version')" = 5 ] || fail "not migrated to version 5"
[ "$(sql v2.db "$counts")" = "$before" ] || fail "the migration changed the counts"
[ "$(sql v2.db 'PRAGMA integrity_check')" = ok ] || fail "integrity after the migration"
[ -z "$(sql v2.db 'PRAGMA foreign_key_check')" ] || fail "foreign keys after the migration"
grep -qx "extracted: 0 by the current rules (version $V) and dictionaries, 8 by older ones, 0 stored pre-extracted" stats.txt ||
    fail "stats of the migrated store: $(grep extracted stats.txt)"

# ---- reextract makes it what the current program stores
"$AG" ingest --quiet --db fresh.db "$ART" || fail "fresh ingest"
"$AG" reextract --quiet --db v2.db || fail "reextract of the migrated store"
canonical fresh.db >want.txt
canonical v2.db >got.txt
diff -u want.txt got.txt >diff.txt || { head -30 diff.txt; fail "migrated + reextract != fresh"; }
"$AG" stats --db v2.db | grep -qx "extracted: 8 by the current rules (version $V) and dictionaries, 0 by older ones, 0 stored pre-extracted" ||
    fail "stats after reextract"

# ---- running it again changes nothing, byte for byte
sqlite3 v2.db .dump >d1.sql
"$AG" reextract --db v2.db >again.txt || fail "second reextract"
sqlite3 v2.db .dump >d2.sql
cmp -s d1.sql d2.sql || fail "a second reextract changed the store"
grep -qx 're-extracted 8 articles: 0 changed, 8 unchanged' again.txt || fail "second reextract: $(head -1 again.txt)"

# ---- a dictionary entry added: the stored article gains an edge
printf 'Drone shipments\n\nVarnholm supplied attack drones to Ukraine in March, officials said.\n' >varnholm.txt
cat >varnholm.json <<'JSON'
[
{"actor": "Varnholm Arsenal", "kind": "organization", "name": "Varnholm Arsenal",
 "aliases": ["Varnholm"], "state": "NOR"}
]
JSON
"$AG" ingest --quiet --db v2.db --date 2024-04-02 varnholm.txt || fail "ingest of varnholm.txt"
grep -q Varnholm <("$AG" edges --db v2.db) && fail "an edge without the dictionary entry"
sqlite3 v2.db .dump >d3.sql
"$AG" reextract --db v2.db --dict varnholm.json --dry-run >dry.txt || fail "dry run"
sqlite3 v2.db .dump >d4.sql
cmp -s d3.sql d4.sql || fail "--dry-run wrote to the store"
grep -qx 'dry run, nothing written: re-extracted 9 articles: 1 would be changed, 8 unchanged' dry.txt ||
    fail "dry run said: $(head -1 dry.txt)"
"$AG" reextract --db v2.db --dict varnholm.json >wet.txt || fail "reextract --dict"
diff <(sed 1d dry.txt) <(sed 1d wet.txt) || fail "the dry run did not show what the run did"
grep -qE '^supplies +1 +0 +1 +0$' wet.txt || fail "no supplies edge added: $(cat wet.txt)"
"$AG" edges --db v2.db | grep -qE '^Varnholm Arsenal +supplies +UKR ' || fail "the new edge is not stored"
# all nine were extracted with it: against the default dictionaries alone, older
"$AG" stats --db v2.db | grep -q ', 9 by older ones' || fail "stats without the --dict"
"$AG" stats --db v2.db --dict varnholm.json | grep -q ', 0 by older ones' || fail "stats with the --dict"
sqlite3 v2.db .dump >d5.sql
"$AG" reextract --quiet --db v2.db --dict varnholm.json || fail "reextract --dict again"
sqlite3 v2.db .dump >d6.sql
cmp -s d5.sql d6.sql || fail "a second reextract --dict changed the store"

# ---- the entry removed again: the edge and its entity go
"$AG" reextract --db v2.db varnholm >lost.txt || fail "reextract of one article"
grep -qE '^supplies +0 +1 +0 +1$' lost.txt || fail "the edge was not removed: $(cat lost.txt)"
grep -qx 'entities: 0 added, 1 removed' lost.txt || fail "the entity was not removed"
"$AG" reextract --quiet --db v2.db || fail "reextract of the others"
sqlite3 v2.db .dump >d7.sql
cmp -s d3.sql d7.sql || { diff d3.sql d7.sql | head; fail "not back to the store before --dict"; }

# ---- retract: the store that never ingested the article
"$AG" ingest --quiet --db abc.db "$ART/ex-007.txt" varnholm.txt "$ART/ex-008.txt" || fail "ingest abc"
"$AG" ingest --quiet --db ab.db "$ART/ex-007.txt" varnholm.txt || fail "ingest ab"
"$AG" ingest --quiet --db ac.db "$ART/ex-007.txt" "$ART/ex-008.txt" || fail "ingest ac"
cp abc.db last.db
"$AG" retract --db last.db ex-008 >r1.txt || fail "retract the last article"
# what it says it removed is what the store that never saw it lacks
n() { sql "$1" "SELECT count(*) FROM $2"; }
said="retracted 1 article: $(($(n abc.db edges) - $(n ab.db edges))) edges, $(($(n abc.db mentions) - $(n ab.db mentions))) mentions and $(($(n abc.db entities) - $(n ab.db entities))) entities removed"
[ "$(head -1 r1.txt)" = "$said" ] || fail "retract said: $(head -1 r1.txt), not: $said"
grep -qx 'retracted 1 article: 3 edges, 3 mentions and 2 entities removed' r1.txt || fail "retract said: $(head -1 r1.txt)"
cmp -s <(sqlite3 last.db .dump) <(sqlite3 ab.db .dump) || fail "retract of the last article != never ingested"
[ "$(sql last.db 'PRAGMA integrity_check')" = ok ] || fail "integrity after retract"
# by sha256, from the middle: the canonical dump
cp abc.db mid.db
sha=$(sql mid.db "SELECT sha256 FROM articles WHERE id = 'ex-007'")
"$AG" retract --quiet --db mid.db "$sha" || fail "retract by sha256"
cmp -s <(canonical mid.db) <(canonical ac.db) && fail "retracted the wrong article"
"$AG" ingest --quiet --db bc.db varnholm.txt "$ART/ex-008.txt" || fail "ingest bc"
diff -u <(canonical bc.db) <(canonical mid.db) >diff.txt || { head -20 diff.txt; fail "retract from the middle != never ingested"; }
[ "$(sql mid.db 'PRAGMA integrity_check')" = ok ] || fail "integrity after retract from the middle"
[ -z "$(sql mid.db 'PRAGMA foreign_key_check')" ] || fail "foreign keys after retract"

# an entity two articles name differently: after a retract, it is named,
# stated and spelt as the article that remains names it
z() { # z ID NAME STATE ALIAS TARGET
    printf '{"article":{"id":"%s","published":"2024-01-01"},"entities":[{"id":"Zed Corp","name":"%s","kind":"organization","state":"%s","aliases":["%s"]},{"id":"%s","name":"%s","kind":"state","state":null,"aliases":[]}],"edges":[{"type":"supplies","source":"Zed Corp","target":"%s","status":"reported","confidence":0.5}]}\n' \
        "$1" "$2" "$3" "$4" "$5" "$5" "$5"
}
z z-1 'Zed Corp' NOR 'Zed Corp' RUS >z1.jsonl
z z-2 'Zed Corporation' SWE 'ZED CORP' UKR >z2.jsonl
"$AG" ingest --quiet --db z12.db --edges z1.jsonl z2.jsonl || fail "ingest z12"
"$AG" ingest --quiet --db z2.db --edges z2.jsonl || fail "ingest z2"
[ "$(sql z12.db "SELECT name, state FROM entities WHERE id = 'Zed Corp'")" = 'Zed Corp|NOR' ] || fail "z12 entity"
"$AG" retract --quiet --db z12.db z-1 || fail "retract z-1"
[ "$(sql z12.db "SELECT e.name, e.state, a.alias FROM entities e JOIN aliases a ON a.entity_id = e.id WHERE e.id = 'Zed Corp'")" = 'Zed Corporation|SWE|ZED CORP' ] ||
    fail "the entity keeps what the retracted article said of it"
diff -u <(canonical z2.db) <(canonical z12.db) >diff.txt || { cat diff.txt; fail "z12 - z-1 != z2"; }

# ---- a rule removed (a trigger word gone from data/triggers.json): the
# stored article loses its edge; the rule back, the edge is back
printf 'Rifles by air\n\nPoland airlifted rifles to Ukraine in March, officials said.\n' >air.txt
"$AG" ingest --quiet --db air.db --date 2024-04-02 air.txt "$ART/ex-007.txt" || fail "ingest air.txt"
"$AG" edges --db air.db | grep -qE '^POL +supplies +UKR ' || fail "no edge from 'airlifted': $("$AG" edges --db air.db)"
canonical air.db >a1.txt
data_without fewer airlifted || fail "removing the rule"
ARMSGRAPH_DATA=$W/fewer "$AG" reextract --db air.db >lost.txt || fail "reextract with the rule removed"
grep -qx 're-extracted 2 articles: 1 changed, 1 unchanged' lost.txt || fail "rule removed: $(head -1 lost.txt)"
grep -qE '^supplies +0 +1 +0 +1$' lost.txt || fail "the edge was not removed: $(cat lost.txt)"
"$AG" edges --db air.db | grep -qE '^POL +supplies +UKR ' && fail "the edge outlived its rule"
"$AG" stats --db air.db | grep -q ', 2 by older ones' || fail "stats: the default dictionaries are not those of the last run"
"$AG" reextract --quiet --db air.db || fail "reextract with the rule back"
# (the edge comes back under a new id: the canonical dump)
diff -u a1.txt <(canonical air.db) || fail "the rule back did not give the store back"

# ---- unknown or ambiguous articles: exit 1, nothing changes
sqlite3 abc.db .dump >u1.sql
"$AG" retract --db abc.db ex-008 no-such-article >out.txt 2>err.txt
[ $? = 1 ] || fail "retract of an unknown article did not exit 1"
[ "$(cat err.txt)" = "armsgraph: no article 'no-such-article' in the store (give its id, url or sha256)" ] ||
    fail "unknown article said: $(cat err.txt)"
[ -s out.txt ] && fail "retract printed a summary after a failure"
"$AG" reextract --db abc.db no-such-article >/dev/null 2>&1 && fail "reextract of an unknown article succeeded"
mkdir other && printf 'Title\n\nIran supplied drones to Russia in May, officials said.\n' >other/ex-008.txt
"$AG" ingest --quiet --db abc.db other/ex-008.txt || fail "ingest of a second ex-008"
sqlite3 abc.db .dump >u1.sql
"$AG" retract --db abc.db ex-008 2>err.txt && fail "an ambiguous id was retracted"
grep -q "article 'ex-008' is ambiguous: 2 articles have that id or url" err.txt || fail "ambiguous said: $(cat err.txt)"
cmp -s u1.sql <(sqlite3 abc.db .dump) || fail "a failed retract changed the store"
exit 0
