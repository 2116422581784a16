#!/bin/bash
# store-merge-curation.sh ARMSGRAPH SRC_DIR BUILD_DIR -- `merge` keeps the
# curation of its shards and applies it to the merged store: a shard's
# merge of two entities reaches the other shard's articles (the merged
# store equals one store that ingested everything and was curated the
# same way); the same edit in two shards, or a shard merged twice, is one
# edit; conflicting edits follow the rule of `merge --help` (a merge that
# would undo an earlier one folds into it, a rename of an entity merged
# away is an alias of the one that took it) and stay put through the
# next writes.
set -u
. "$(dirname "$0")/lib/common.bash"
need sqlite3
scratch C.UTF-8
cd "$W" || exit 1
ART=$SRC/examples/articles
content() { # what must be equal between two stores
    "$AG" entities --db "$1" --format json || return 1
    "$AG" edges --db "$1" --format json || return 1
    "$AG" curate --db "$1" list | cut -c6- # without the sequence numbers
}
ents() { "$AG" entities --db "$1" | grep -E 'Halvorsen|Northgate' | tr -s ' '; }
printf 'Freight firm fined\n\nThe European Union sanctioned Northgate Logistics in June, officials said.\n' >later.txt

# ---- shard a: the examples, curated; shard b: the examples and one more
# article naming Northgate Logistics, not curated
"$AG" ingest --quiet --db a.db "$ART" || fail "ingest a"
"$AG" curate --quiet --db a.db merge Halvorsen 'Northgate Logistics' || fail "curate a"
"$AG" curate --quiet --db a.db rename Halvorsen 'Marek Halvorsen (dealer)' || fail "rename a"
"$AG" ingest --quiet --db b.db --date 2024-07-01 "$ART" later.txt || fail "ingest b"
"$AG" merge m.db b.db a.db >out.txt || fail "merge: $(cat out.txt)"
grep -q '; 3 curation edits$' out.txt || fail "merge summary: $(cat out.txt)"
"$AG" entities --db m.db | grep -q '^Northgate' && fail "the shard's merge did not reach the other shard"
"$AG" edges --db m.db | grep -qE '^European Union +sanctions +Marek Halvorsen +1 ' ||
    fail "the other shard's edge: $("$AG" edges --db m.db | grep -E 'Halvorsen|Northgate')"
# the same as one store that saw everything and was curated alike
"$AG" ingest --quiet --db one.db --date 2024-07-01 "$ART" later.txt || fail "ingest one"
"$AG" curate --quiet --db one.db merge Halvorsen 'Northgate Logistics' || fail "curate one"
"$AG" curate --quiet --db one.db rename Halvorsen 'Marek Halvorsen (dealer)' || fail "rename one"
content one.db >want.txt || fail "content of one.db"
content m.db >got.txt || fail "content of m.db"
diff -u want.txt got.txt || fail "merged store != one curated store"
[ "$(sqlite3 m.db 'PRAGMA integrity_check')" = ok ] || fail "integrity"
[ -z "$(sqlite3 m.db 'PRAGMA foreign_key_check')" ] || fail "foreign keys"

# ---- the same edits again (a shard merged twice, a second shard with the
# same curation) are not added again
cp a.db a2.db
"$AG" merge --format json m.db a.db a2.db >out.json || fail "merge again"
grep -q '"curations":	0' out.json || fail "merge again added edits: $(cat out.json)"
[ "$(sqlite3 m.db 'SELECT count(*) FROM curation')" = 3 ] || fail "edits: $(sqlite3 m.db 'SELECT * FROM curation')"
content m.db >got2.txt
cmp -s want.txt got2.txt || fail "merging the same shards again changed the store"

# ---- conflicts: shard c merges the other way round and renames again
"$AG" ingest --quiet --db c.db "$ART" || fail "ingest c"
"$AG" curate --quiet --db c.db merge 'Northgate Logistics' Halvorsen || fail "curate c"
"$AG" curate --quiet --db c.db rename 'Northgate Logistics' 'Northgate (front)' || fail "rename c"
"$AG" curate --quiet --db b.db rename 'Northgate Logistics' 'Northgate Logistics AS' || fail "rename b"
"$AG" merge --quiet x.db a.db c.db b.db || fail "merge a c b"
# a's merge came first: c's (the other way round) folds into it; the
# renames of the entity merged away (c's, b's) become aliases of the one
# that took it
want='Marek Halvorsen person Marek Halvorsen (dealer) - 3 4 Halvorsen; Marek Halvorsen; Northgate (front); Northgate Logistics; Northgate Logistics AS'
[ "$(ents x.db)" = "$want" ] || fail "after a c b: $(ents x.db)"
# ... and stays so through the next writes
sqlite3 x.db .dump >x1.sql
"$AG" reextract --quiet --db x.db || fail "reextract x"
cmp -s x1.sql <(sqlite3 x.db .dump) || { diff x1.sql <(sqlite3 x.db .dump) | head; fail "reextract moved the merged entities"; }
printf 'Depot seized\n\nFrance sanctioned Northgate Logistics in July, officials said.\n' >more.txt
"$AG" ingest --quiet --db x.db --date 2024-08-01 more.txt || fail "ingest into x"
"$AG" edges --db x.db | grep -qE '^FRA +sanctions +Marek Halvorsen +1 ' || fail "more.txt in x: $("$AG" edges --db x.db | grep -E 'Halvorsen|Northgate')"
"$AG" retract --quiet --db x.db more || fail "retract from x"
cmp -s x1.sql <(sqlite3 x.db .dump) || { diff x1.sql <(sqlite3 x.db .dump) | head; fail "ingest and retract moved the merged entities"; }
# c first: c's merge wins, a's folds into it and a's rename of the entity
# c merged away is an alias
"$AG" merge --quiet y.db c.db a.db || fail "merge c a"
want='Northgate Logistics organization Northgate (front) - 2 3 Halvorsen; Marek Halvorsen; Marek Halvorsen (dealer); Northgate Logistics'
[ "$(ents y.db)" = "$want" ] || fail "after c a: $(ents y.db)"
[ "$(sqlite3 y.db 'PRAGMA integrity_check')" = ok ] || fail "integrity of y"
exit 0
