#!/bin/bash
# badinput-utf8-store.sh ARMSGRAPH SRC_DIR BUILD_DIR -- invalid UTF-8 never
# reaches the store or an output: a dictionary with an invalid byte in an
# actor id, a name or an alias is refused with its file and line; an
# `ingest --edges` line with one in an actor or an article field, and a
# plain-text article whose file name (its id) holds one, are refused by
# name, and the store stays empty; so are an alias and a name given by
# `curate`, and a shard given to `merge` (made by another tool) that holds
# one: refused by the shard's name, no output left behind.
set -u
. "$(dirname "$0")/lib/common.bash" "$@"

need python3
scratch C.UTF-8
cd "$W" || exit 1

articles() {
    "$AG" stats --db "$1" --format json 2>/dev/null |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["articles"])' 2>/dev/null || echo 0
}

printf 'Zarvok Arms shipped rifles to Russia on 3 March 2024.\n' >art.txt
for field in actor name alias; do
    case $field in
    actor) printf '[\n{"actor": "Zarvok \377Arms", "kind": "organization"}\n]\n' ;;
    name) printf '[\n{"actor": "ZARVOK", "kind": "organization",\n "name": "Zarvok \300\257Arms"}\n]\n' ;;
    alias) printf '[\n{"actor": "ZARVOK", "kind": "organization",\n "aliases": ["Zarvok Arms", "Zarvok \355\240\200"]}\n]\n' ;;
    esac >"bad-$field.json"
    "$AG" extract --format json --dict "bad-$field.json" art.txt >out.json 2>err.txt
    rc=$?
    [ $rc = 1 ] || fail "extract --dict with invalid UTF-8 in the $field: exit $rc"
    grep -q "^armsgraph: bad-$field.json:[23]: invalid UTF-8" err.txt ||
        fail "dictionary ($field): message does not name the file and line: $(cat err.txt)"
    "$AG" ingest --db s.db --dict "bad-$field.json" art.txt >/dev/null 2>err.txt &&
        fail "ingest --dict with invalid UTF-8 in the $field succeeded"
done
[ "$(articles s.db)" = 0 ] || fail "a dictionary with invalid UTF-8 let an article into the store"
echo "ok: dictionaries with invalid UTF-8 refused by file and line"

python3 - <<'EOF'
import json
def doc(aid="e-1", title="T", url=None, src="Zarvok Arms"):
    return {"article": {"id": aid, "title": title, "url": url, "published": "2024-03-03"},
            "entities": [{"id": src, "name": src, "kind": "organization", "state": None},
                         {"id": "RUS", "name": "Russia", "kind": "state", "state": None}],
            "edges": [{"type": "supplies", "source": src, "target": "RUS", "status": "reported",
                       "confidence": 0.5}]}
lines = [json.dumps(doc(src="Zarvok @Arms")), json.dumps(doc(aid="e-@")),
         json.dumps(doc(title="T @")), json.dumps(doc(url="https://x.example/@"))]
with open("bad.jsonl", "wb") as f:
    for l in lines:
        f.write(l.replace("@", "\udcff").encode("utf-8", "surrogateescape") + b"\n")
EOF
"$AG" ingest --db e.db --edges bad.jsonl >out.txt 2>err.txt
rc=$?
[ $rc = 1 ] || fail "ingest --edges with invalid UTF-8: exit $rc"
for n in 1 2 3 4; do
    grep -q "^armsgraph: bad.jsonl:$n: .*invalid UTF-8" err.txt ||
        fail "line $n not refused for its UTF-8: $(cat err.txt)"
done
[ "$(articles e.db)" = 0 ] || fail "ingest --edges stored an article with invalid UTF-8"
echo "ok: ingest --edges lines with invalid UTF-8 refused"

bad=$(printf 'zar\377vok.txt')
cp art.txt "$bad"
"$AG" ingest --db p.db "$bad" >out.txt 2>err.txt && fail "a file name with invalid UTF-8 became an article id"
grep -q "invalid UTF-8 in the article id" err.txt || fail "article id: $(cat err.txt)"
[ "$(articles p.db)" = 0 ] || fail "an article with an invalid id was stored"
echo "ok: an article id with invalid UTF-8 refused"

# curation: an alias or a name with an invalid byte is refused, the store
# unchanged (dumped through python's sqlite3: no sqlite3 program needed)
"$AG" ingest --quiet --db c.db --edges "$SRC/tests/data/graph/edges.jsonl" || fail "ingest for curate"
dump() { python3 -c 'import sqlite3, sys; print("\n".join(sqlite3.connect(sys.argv[1]).iterdump()))' "$1"; }
dump c.db >c1.sql
"$AG" curate --db c.db alias Iran "$(printf 'Tehran\377')" >out.txt 2>err.txt && fail "curate alias with invalid UTF-8 succeeded"
[ "$(cat err.txt)" = "armsgraph: the alias is not valid UTF-8 (byte offset 6)" ] || fail "curate alias: $(cat err.txt)"
"$AG" curate --db c.db rename Iran "$(printf 'Ira\300n')" >out.txt 2>err.txt && fail "curate rename with invalid UTF-8 succeeded"
[ "$(cat err.txt)" = "armsgraph: the name is not valid UTF-8 (byte offset 3)" ] || fail "curate rename: $(cat err.txt)"
dump c.db | cmp -s c1.sql - || fail "a refused curation changed the store"
echo "ok: curation with invalid UTF-8 refused"

# merge: a shard written by another tool with an invalid byte in an
# entity's name, an alias, an article's title, a mention's sentence or an
# edit of its curation is refused by its name; the output is not created
"$AG" curate --db c.db alias Iran Teheran >/dev/null || fail "curate for the shard"
sql() { python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit(); c.close()' "$@"; }
bad="CAST(X'5A61FF72' AS TEXT)"
for what in entity alias article mention curation; do
    cp c.db "shard-$what.db"
    case $what in
    entity) q="UPDATE entities SET name = $bad WHERE id = 'IRN'"; m="merging an entity: invalid UTF-8 in its name (byte offset 2)" ;;
    alias) q="UPDATE aliases SET alias = $bad WHERE alias = 'Tehran'"; m="merging an alias: invalid UTF-8 in its alias (byte offset 2)" ;;
    article) q="UPDATE articles SET title = $bad WHERE id = 'fx-002'"; m="merging an article: invalid UTF-8 in its title (byte offset 2)" ;;
    mention) q="UPDATE mentions SET sentence = $bad WHERE id = 3"; m="merging a mention: invalid UTF-8 in its sentence (byte offset 2)" ;;
    curation) q="UPDATE curation SET value = $bad"; m="merging the curation: invalid UTF-8 in its value (byte offset 2)" ;;
    esac
    sql "shard-$what.db" "$q" || fail "setup of shard-$what.db"
    "$AG" merge "out-$what.db" "shard-$what.db" >out.txt 2>err.txt && fail "merge of a shard with invalid UTF-8 in its $what succeeded"
    [ "$(cat err.txt)" = "armsgraph: shard-$what.db: $m" ] || fail "merge ($what): $(cat err.txt)"
    for f in "out-$what.db" "out-$what.db-wal" "out-$what.db-shm" "out-$what.db-journal"; do
        [ -e "$f" ] && fail "merge ($what) left $f behind"
    done
done
"$AG" merge --quiet out-good.db c.db || fail "merge of a good shard"
echo "ok: merge refuses a shard with invalid UTF-8 by name and leaves no output"
