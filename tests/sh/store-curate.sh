#!/bin/bash
# store-curate.sh ARMSGRAPH SRC_DIR BUILD_DIR -- the curation of entities
# survives re-extraction: a merge of two entities, a rename, a state and an
# alias stay through `reextract` (the dump does not change), apply to an
# article ingested later that names the merged entity, come back with an
# article retracted and ingested again; `curate export` writes a
# dictionary that a fresh ingest reads (--dict) to the same merge. One
# ingest of two articles naming the merged entity stores both (the merge
# after the first deletes rows the ingest knew as stored).
set -u
. "$(dirname "$0")/lib/common.bash"
need sqlite3
need python3
scratch C.UTF-8
cd "$W" || exit 1
ART=$SRC/examples/articles
dump() { sqlite3 "$1" .dump; }
ents() { "$AG" entities --db "$1" | grep -E 'Halvorsen|Northgate'; }

"$AG" ingest --quiet --db c.db "$ART" || fail "ingest"
[ "$(ents c.db | wc -l)" = 2 ] || fail "the fixture lacks Halvorsen or Northgate: $(ents c.db)"

# ---- merge: one entity, the edges of both
"$AG" curate --db c.db merge Halvorsen 'Northgate Logistics' >out.txt || fail "curate merge"
[ "$(cat out.txt)" = "merged Northgate Logistics into Marek Halvorsen" ] || fail "merge said: $(cat out.txt)"
"$AG" entities --db c.db | grep -q '^Northgate' && fail "Northgate Logistics is still an entity"
"$AG" edges --db c.db | grep -qE '^USA +sanctions +Marek Halvorsen +2 +1 ' ||
    fail "the sanctions of both are not one edge: $("$AG" edges --db c.db | grep Halvorsen)"
[ "$(sqlite3 c.db 'PRAGMA integrity_check')" = ok ] || fail "integrity after the merge"
[ -z "$(sqlite3 c.db 'PRAGMA foreign_key_check')" ] || fail "foreign keys after the merge"

# ---- the merge survives reextract (all articles, and the one that names both)
dump c.db >m1.sql
"$AG" reextract --db c.db >re.txt || fail "reextract"
grep -qx 're-extracted 8 articles: 0 changed, 8 unchanged' re.txt || fail "reextract said: $(head -1 re.txt)"
"$AG" reextract --quiet --db c.db ex-006 || fail "reextract ex-006"
dump c.db >m2.sql
cmp -s m1.sql m2.sql || { diff m1.sql m2.sql | head; fail "reextract undid the merge"; }

# ---- rename, state, alias: kept through reextract
"$AG" curate --quiet --db c.db rename Halvorsen 'Marek Halvorsen (dealer)' || fail "rename"
"$AG" curate --quiet --db c.db state Halvorsen Norway || fail "state"
"$AG" curate --quiet --db c.db alias Halvorsen 'M. Halvorsen' || fail "alias"
want='Marek Halvorsen  person  Marek Halvorsen (dealer)  NOR  2  3  Halvorsen; M. Halvorsen; Marek Halvorsen; Northgate Logistics'
[ "$(ents c.db | tr -s ' ')" = "$(echo "$want" | tr -s ' ')" ] || fail "after the edits: $(ents c.db)"
dump c.db >m3.sql
"$AG" reextract --quiet --db c.db || fail "reextract after the edits"
cmp -s m3.sql <(dump c.db) || fail "reextract undid an edit"

# ---- an article ingested later that names the merged entity
printf 'Freight firm fined\n\nThe European Union sanctioned Northgate Logistics in June, officials said.\n' >later.txt
"$AG" ingest --quiet --db c.db --date 2024-07-01 later.txt || fail "ingest later.txt"
"$AG" entities --db c.db | grep -q '^Northgate' && fail "a later article brought Northgate Logistics back"
"$AG" edges --db c.db | grep -qE '^European Union +sanctions +Marek Halvorsen ' ||
    fail "the later article's edge is not Halvorsen's: $("$AG" edges --db c.db | grep -i northgate)"

# ---- retract the articles that name him, ingest them again: the edits come back
"$AG" retract --quiet --db c.db ex-006 later || fail "retract"
[ -z "$(ents c.db)" ] || fail "Halvorsen outlived his articles: $(ents c.db)"
"$AG" curate --db c.db list | grep -c . | grep -qx 6 || fail "the curation was lost with the articles"
"$AG" ingest --quiet --db c.db "$ART/wire-2024.jsonl" --date 2024-07-01 later.txt || fail "ingest again"
[ "$(ents c.db | tr -s ' ')" = "$(echo "$want" | sed 's/  2  3  /  3  4  /' | tr -s ' ')" ] ||
    fail "after ingesting again: $(ents c.db)"
[ "$(sqlite3 c.db 'PRAGMA integrity_check')" = ok ] || fail "integrity"

# ---- export: a dictionary that gives a fresh ingest the same merge
"$AG" curate --db c.db export -o cur.json || fail "export"
python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); assert len(d) == 1 and d[0]["actor"] == "Marek Halvorsen" and d[0]["state"] == "NOR" and "Northgate Logistics" in d[0]["aliases"], d' cur.json ||
    fail "export: $(cat cur.json)"
"$AG" ingest --quiet --db f.db --dict cur.json "$ART" || fail "ingest with the exported dictionary"
"$AG" entities --db f.db | grep -q '^Northgate' && fail "the exported dictionary did not merge"
"$AG" entities --db f.db | grep -qE '^Marek Halvorsen +person +Marek Halvorsen \(dealer\) +NOR ' ||
    fail "the exported dictionary: $(ents f.db)"

# ---- refused edits change nothing
dump c.db >before.sql
"$AG" curate --db c.db merge Halvorsen Halvorsen 2>err.txt && fail "merge into itself"
[ "$(cat err.txt)" = "armsgraph: cannot merge 'Marek Halvorsen' into itself" ] || fail "itself: $(cat err.txt)"
"$AG" curate --db c.db state Russia Norway 2>err.txt && fail "a state's state"
"$AG" curate --db c.db state Halvorsen Atlantis 2>err.txt && fail "an unknown state"
[ "$(cat err.txt)" = "armsgraph: unknown state 'Atlantis' (give its id or name)" ] || fail "atlantis: $(cat err.txt)"
cmp -s before.sql <(dump c.db) || fail "a refused edit changed the store"

# ---- one ingest, two articles naming the merged entity: the merge of the
# first deletes rows the ingest had written, which the second must write
# again (not skip as known), and each article records what it named
printf 'Carrier penalized\n\nCanada sanctioned Northgate Logistics in May, officials said.\n' >b1.txt
printf 'Carrier fined again\n\nCanada sanctioned Northgate Logistics in August, officials said.\n' >b2.txt
"$AG" ingest --db c.db --date 2024-08-01 b1.txt b2.txt >out.txt 2>&1 || fail "ingest b1 b2: $(cat out.txt)"
[ "$(cat out.txt)" = "added 2 articles, skipped 0 (already stored), refused 0" ] || fail "b1 b2: $(cat out.txt)"
"$AG" entities --db c.db | grep -q '^Northgate' && fail "b1 b2 brought Northgate Logistics back"
"$AG" edges --db c.db | grep -qE '^CAN +sanctions +Marek Halvorsen +2 +2 ' ||
    fail "b1 b2: $("$AG" edges --db c.db | grep CAN)"
named="SELECT a.id, count(*) FROM sources s JOIN articles a ON a.key = s.article_key
    WHERE a.id IN ('b1', 'b2') GROUP BY a.id"
[ "$(sqlite3 c.db "$named" | tr '\n' ' ')" = "b1|2 b2|2 " ] || fail "sources of b1 b2: $(sqlite3 c.db "$named")"
[ -z "$(sqlite3 c.db 'PRAGMA foreign_key_check')" ] || fail "foreign keys after b1 b2"

exit 0
