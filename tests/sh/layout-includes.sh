#!/bin/bash
# layout-includes.sh ARMSGRAPH SRC_DIR BUILD_DIR -- the module rules of
# docs/architecture.md hold, in the sources and in the built objects:
#   - only graph/ includes sqlite3.h and igraph.h;
#   - a file includes only the headers of the units below it:
#       common  <- model (graph/ag_model.h, graph/model.c)
#               <- graph (the rest of graph/), ingest  <- export  <- cli
#     so nothing in common/, graph/ or export/ includes an ingest/ header,
#     and ingest/ sees graph/ only through ag_model.h;
#   - a private header (one not named ag_*.h) is included only in its folder;
#   - no include cycles among the files;
#   - in the library's objects (BUILD_DIR; cli/ is the program on top and
#     not looked at), a file calls only functions of the units it may
#     include, and the files do not call each other in a circle (A uses
#     B's functions and B, through any chain, uses A's).
set -u
SRC=$(readlink -f "$2")
BUILD=$(readlink -f "$3")
command -v nm >/dev/null 2>&1 || { echo "skip: nm (binutils) is not installed"; exit 77; }
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
status=0
bad() {
    echo "FAIL: $*"
    status=1
}

# unit FILE (relative to SRC): sets U to common, model, graph, ingest,
# export or cli
unit() {
    case $1 in
    graph/ag_model.h | graph/model.c) U=model ;;
    *) U=${1%%/*} ;;
    esac
}
# may FROM TO: may a file of unit FROM use unit TO?
may() {
    [ "$1" = "$2" ] && return 0
    case "$1:$2" in
    model:common) return 0 ;;
    graph:common | graph:model) return 0 ;;
    ingest:common | ingest:model) return 0 ;;
    export:common | export:model | export:graph) return 0 ;;
    cli:*) return 0 ;;
    esac
    return 1
}

cd "$SRC" || exit 1
files=$(ls common/*.[ch] graph/*.[ch] ingest/*.[ch] export/*.[ch] cli/*.[ch] 2>/dev/null)
[ -n "$files" ] || { echo "FAIL: no sources under $SRC"; exit 1; }
declare -A where # header name -> its path
for f in $files; do
    case $f in *.h) where[${f##*/}]=$f ;; esac
done

: >"$W/includes"
for f in $files; do
    unit "$f"
    u=$U
    while IFS= read -r line; do
        [[ $line =~ include[[:space:]]*[\<\"]([^\>\"]*)[\>\"] ]] || continue
        h=${BASH_REMATCH[1]}
        case $h in
        sqlite3.h | igraph.h | igraph/* | igraph_*.h)
            [ "$u" = graph ] || bad "$f includes <$h>: only graph/ talks to SQLite and igraph"
            continue
            ;;
        esac
        [ -n "${where[$h]:-}" ] || continue # a system header
        to=${where[$h]}
        unit "$to"
        tu=$U
        may "$u" "$tu" || bad "$f ($u) includes $to ($tu)"
        case ${h} in
        ag_*.h) ;;
        *) [ "${f%%/*}" = "${to%%/*}" ] || bad "$f includes $to, a private header of ${to%%/*}/" ;;
        esac
        echo "$f $to" >>"$W/includes"
    done < <(grep -E '^[[:space:]]*#[[:space:]]*include' "$f")
done
if ! tsort "$W/includes" >/dev/null 2>"$W/tsort.err"; then
    bad "include cycle among: $(sed -n 's/^tsort: //p' "$W/tsort.err" | grep -v 'loop' | tr '\n' ' ')"
fi

# ---- the objects: who calls whom --------------------------------------------
# The newest object of each library source that still exists (a build folder
# may keep objects of an older layout).
declare -A obj
while IFS= read -r o; do
    [[ $o =~ /((common|graph|ingest|export)/[^/]+\.c)\.o$ ]] || continue
    rel=${BASH_REMATCH[1]}
    [ -f "$SRC/$rel" ] || continue
    if [ -z "${obj[$rel]:-}" ] || [ "$o" -nt "${obj[$rel]}" ]; then
        obj[$rel]=$o
    fi
done < <(find "$BUILD/CMakeFiles" -name '*.c.o' 2>/dev/null)
for f in $files; do
    case $f in
    cli/*) ;; # the program, not the library
    *.c) [ -n "${obj[$f]:-}" ] || bad "no object of $f in $BUILD (build it first)" ;;
    esac
done
: >"$W/defs"
: >"$W/uses"
for rel in "${!obj[@]}"; do
    nm "${obj[$rel]}" | awk -v f="$rel" -v D="$W/defs" -v U="$W/uses" '
        $1 == "U" { print f, $2 >> U; next }
        NF == 3 && $2 ~ /^[TDBRC]$/ { print $3, f >> D }'
done
sort -u "$W/defs" -o "$W/defs"
dups=$(awk '{ n[$1]++ } END { for (s in n) if (n[s] > 1) print s }' "$W/defs")
[ -z "$dups" ] || bad "defined twice: $dups"
# "A B": file A uses a function or table of file B
awk 'NR == FNR { def[$1] = $2; next } ($2 in def) && def[$2] != $1 { print $1, def[$2], $2 }' \
    "$W/defs" "$W/uses" | sort -u >"$W/calls"
while read -r a b sym; do
    unit "$a"
    ua=$U
    unit "$b"
    may "$ua" "$U" || bad "$a ($ua) uses $sym of $b ($U)"
done <"$W/calls"
[ -s "$W/calls" ] || bad "no calls between files found in $BUILD"
if ! cut -d' ' -f1,2 "$W/calls" | sort -u | tsort >/dev/null 2>"$W/tsort.err"; then
    loop=$(sed -n 's/^tsort: //p' "$W/tsort.err" | grep -v 'loop' | sort -u | tr '\n' ' ')
    bad "files that use each other in a circle: $loop"
    awk -v loop=" $loop" 'index(loop, " " $1 " ") && index(loop, " " $2 " ") {
        print "   " $1 " uses " $3 " of " $2 }' "$W/calls"
fi
[ $status = 0 ] && echo "ok: $(echo "$files" | wc -l) files, $(wc -l <"$W/includes") includes, $(wc -l <"$W/calls") calls between files, no breach, no circle"
exit $status
