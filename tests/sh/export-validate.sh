#!/bin/bash
# export-validate.sh ARMSGRAPH SRC BUILD -- the exports read by the real
# tools: the DOT of the fixture store and of the hostile-names graph of the
# unit test (test_export DIR) goes through Graphviz's dot, and every name
# must come out of the SVG exactly as written; the GEXF (dynamic and static)
# must validate against the official GEXF 1.3 RELAX NG grammar with xmllint;
# --render svg|png must produce an SVG and a PNG; without dot on the PATH,
# --render must say so; the same store gives the same bytes. Skips (77)
# only when the grammar (../shared/schemas/gexf-1.3 beside the repo) is
# missing; dot and xmllint come with ./build.sh deps (graphviz,
# libxml2-utils).
set -u
ag=$1 src=$2 build=$3
rng=$src/../shared/schemas/gexf-1.3/gexf.rng
if [ ! -f "$rng" ]; then
    echo "skip: $rng not found (shared/ is not beside the repo)"
    exit 77
fi
for tool in dot xmllint python3; do
    if ! command -v $tool >/dev/null 2>&1; then
        echo "FAIL: $tool is not installed (./build.sh deps installs it)"
        exit 1
    fi
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ARMSGRAPH_NOW=2026-01-01T00:00:00Z LC_ALL=C.UTF-8
unset ARMSGRAPH_DB
fail=0
bad() {
    echo "FAIL: $*"
    fail=1
}

for db in a b; do
    if ! "$ag" ingest --quiet --db "$work/$db.db" --edges "$src/tests/data/graph/edges.jsonl"; then
        echo "FAIL: ingest of the fixture"
        exit 1
    fi
done
db=$work/a.db

# ---- DOT through Graphviz ------------------------------------------------
"$ag" export dot --db "$db" -o "$work/g.dot" || bad "export dot"
"$ag" export json --db "$db" -o "$work/g.json" || bad "export json"
dot -Tsvg "$work/g.dot" -o "$work/g.svg" 2>"$work/dot.err" || bad "dot -Tsvg rejects the DOT"
if [ -s "$work/dot.err" ]; then
    cat "$work/dot.err"
    bad "dot warned about the DOT"
fi
xmllint --noout "$work/g.svg" || bad "the SVG is not well-formed XML"

# every actor's name, as written, is the text of exactly one node of the SVG
# (the name is shortened past 40 characters; control characters other than
# newlines are dropped; tabs become spaces)
check_names() { # SVG JSON
    python3 - "$1" "$2" <<'PY'
import json, re, sys
import xml.etree.ElementTree as ET
svg, graph = sys.argv[1:3]
texts = []
for g in ET.parse(svg).getroot().iter("{http://www.w3.org/2000/svg}g"):
    if g.get("class") == "node":
        texts.append("\n".join(t.text or "" for t in g.iter("{http://www.w3.org/2000/svg}text")))
bad = 0
nodes = json.load(open(graph, encoding="utf-8"))["nodes"]
for n in nodes:
    name = n["name"] or n["id"]
    want = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "", name.replace("\t", " "))
    if len(want) > 40:
        want = want[:39].rstrip(" ;,-:") + "\u2026"
    if n["kind"] != "state" and n["state"]:
        want += "\n(" + n["state"] + ")"
    hits = sum(1 for t in texts if t == want)
    if hits != 1:
        print("name not rendered as written: %r (found %d times)" % (want, hits))
        bad = 1
print("%d names checked in %s" % (len(nodes), svg.rsplit("/", 1)[-1]))
sys.exit(bad)
PY
}
check_names "$work/g.svg" "$work/g.json" || bad "names in the SVG of the fixture"
if ! python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if any(any(c in n["name"] for c in "\"\\<&") for n in d["nodes"]) else 1)' "$work/g.json"; then
    bad "the fixture has no hostile name (quote, backslash, <, &): the test checks nothing"
fi

# the hostile graph of the unit test
if [ -x "$build/test_export" ]; then
    "$build/test_export" "$work" || bad "test_export could not write its files"
    dot -Tsvg "$work/hostile.dot" -o "$work/hostile.svg" || bad "dot rejects hostile.dot"
    for name in 'Evil "Corp" \ <b>&amp; Co' 'Ali "The Broker" Núñez'; do
        python3 - "$work/hostile.svg" "$name" <<'PY' || bad "hostile name not rendered: $name"
import sys
import xml.etree.ElementTree as ET
texts = [t.text for t in ET.parse(sys.argv[1]).getroot().iter("{http://www.w3.org/2000/svg}text")]
sys.exit(0 if sys.argv[2] in texts else 1)
PY
    done
    xmllint --noout --relaxng "$rng" "$work/hostile.gexf" || bad "hostile.gexf is not valid GEXF 1.3"
else
    bad "$build/test_export not built"
fi

# ---- GEXF against the grammar ----------------------------------------------
"$ag" export gexf --db "$db" -o "$work/g.gexf" || bad "export gexf"
"$ag" export gexf --static --db "$db" -o "$work/s.gexf" || bad "export gexf --static"
"$ag" export gexf --db "$db" --around IRN --depth 1 -o "$work/ego.gexf" || bad "export gexf --around"
for f in g s ego; do
    xmllint --noout --relaxng "$rng" "$work/$f.gexf" || bad "$f.gexf is not valid GEXF 1.3"
done
grep -q 'mode="dynamic" timeformat="date"' "$work/g.gexf" || bad "g.gexf is not dynamic"
grep -q '<spell start="' "$work/g.gexf" || bad "g.gexf has no spells"
grep -q '<spell' "$work/s.gexf" && bad "s.gexf (static) has spells"

# ---- --render ------------------------------------------------------------
"$ag" export dot --db "$db" --render svg -o "$work/r.svg" || bad "--render svg"
xmllint --noout "$work/r.svg" && grep -q '<svg' "$work/r.svg" || bad "--render svg wrote no SVG"
"$ag" export dot --db "$db" --render png -o "$work/r.png" || bad "--render png"
[ "$(head -c 8 "$work/r.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] ||
    bad "--render png wrote no PNG"
PATH=/nonexistent "$ag" export dot --db "$db" --render svg -o "$work/none.svg" 2>"$work/err.txt"
rc=$?
want="armsgraph: dot (Graphviz) is not installed; install the graphviz package"
[ $rc -eq 1 ] || bad "--render without dot exits $rc, not 1"
[ "$(cat "$work/err.txt")" = "$want" ] || bad "--render without dot says: $(cat "$work/err.txt")"
[ -e "$work/none.svg" ] && bad "--render without dot left a file"

# ---- same store, same bytes -------------------------------------------------
for fmt in dot gexf json; do
    "$ag" export $fmt --db "$work/a.db" >"$work/a.$fmt" || bad "export $fmt (a)"
    "$ag" export $fmt --db "$work/b.db" >"$work/b.$fmt" || bad "export $fmt (b)"
    cmp -s "$work/a.$fmt" "$work/b.$fmt" || bad "$fmt differs between two stores of the same input"
done
cmp -s "$work/a.dot" "$work/g.dot" || bad "-o FILE and standard output differ"
# -o replaces an existing file through a rename, leaving no temporary file
echo old >"$work/replace.json"
"$ag" export json --db "$db" -o "$work/replace.json" || bad "export json -o over a file"
cmp -s "$work/replace.json" "$work/a.json" || bad "-o did not replace the old file"
leftover=$(find "$work" -name '*.tmp.*' | head -1)
[ -z "$leftover" ] || bad "temporary file left behind: $leftover"

[ $fail -eq 0 ] && echo "ok: DOT renders with every name as written, GEXF validates, --render works"
exit $fail
