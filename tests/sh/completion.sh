#!/bin/bash
# completion.sh ARMSGRAPH SRC BUILD -- the bash completion offers the
# program's commands, each command's options from its --help, values for
# --format, --measure, --type, --direction, --algorithm, the export formats
# (graphml and neo4j too), the actions of curate, and the actors of the
# store named by --db.
set -u
ag=$(readlink -f "$1") src=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
ln -s "$ag" "$dir/armsgraph"
export PATH="$dir:$PATH"
source "$src/completion/armsgraph.bash"
status=0
complete_line() { # words...; prints COMPREPLY sorted, one line
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=()
    _armsgraph
    printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' '
}
expect() { # what got want
    if [ "$2" != "$3" ]; then echo "FAIL: $1: got '$2', want '$3'"; status=1; else echo "ok: $1"; fi
}
expect "commands starting with c" "$(complete_line armsgraph c)" "central communities curate "
expect "commands starting with re" "$(complete_line armsgraph re)" "reextract retract "
expect "reextract options starting with --d" "$(complete_line armsgraph reextract --d)" "--db --dict --dry-run "
expect "curate actions starting with r" "$(complete_line armsgraph curate r)" "rename "
expect "curate actions" "$(complete_line armsgraph curate '')" "alias export list merge rename state "
expect "stats options starting with --d" "$(complete_line armsgraph stats --d)" "--db --dict "
expect "path options starting with --u" "$(complete_line armsgraph path --u)" "--undirected --until "
expect "measures starting with p" "$(complete_line armsgraph central --measure p)" "pagerank "
expect "types starting with s" "$(complete_line armsgraph edges --type s)" "sanctions seeks-in-exchange supplies "
expect "export formats" "$(complete_line armsgraph export '')" "csv dot gexf graphml json neo4j "
expect "formats" "$(complete_line armsgraph edges --format '')" "csv json table "
expect "layouts" "$(complete_line armsgraph export dot --render svg --layout '')" "dot neato sfdp "
expect "export options starting with --l" "$(complete_line armsgraph export dot --l)" "--layout "
expect "export options starting with --fo" "$(complete_line armsgraph export dot --fo)" "--force --format "
expect "directions" "$(complete_line armsgraph neighbors --direction '')" "all in out "
expect "algorithms" "$(complete_line armsgraph communities --algorithm l)" "leiden louvain "
printf '%s\n' '{"article":{"id":"c-1"},"entities":[{"id":"Zarvok Arms","name":"Zarvok Arms","kind":"organization","state":null},{"id":"RUS","name":"Russia","kind":"state","state":null}],"edges":[{"type":"supplies","source":"Zarvok Arms","target":"RUS","status":"reported","confidence":0.5}]}' >"$dir/c.jsonl"
"$ag" ingest --quiet --edges --db "$dir/c.db" "$dir/c.jsonl" || { echo "FAIL: ingest"; status=1; }
expect "actors of the store" "$(complete_line armsgraph path --db "$dir/c.db" Z)" "Zarvok Arms "
expect "actors of curate merge" "$(complete_line armsgraph curate --db "$dir/c.db" merge RUS Z)" "Zarvok Arms "
expect "no actor past curate rename's" "$(complete_line armsgraph curate --db "$dir/c.db" rename RUS Zq)" " "
expect "actors after --around" "$(complete_line armsgraph export dot --db="$dir/c.db" --around R)" "RUS "
expect "top-level help names every export format" \
    "$("$ag" help | grep -ci 'graphml.*neo4j')" "1"
exit $status
