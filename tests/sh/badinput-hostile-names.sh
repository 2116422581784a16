#!/bin/bash
# badinput-hostile-names.sh ARMSGRAPH SRC_DIR BUILD_DIR -- names full of
# quotes, angle brackets, ampersands, backslashes, control characters and
# right-to-left marks go through the store and out again escaped:
#   - ingest --edges of a document with such actor names, items, attribution,
#     article id, title and URL;
#   - export json: parses, and gives back every string exactly;
#   - export gexf: well-formed XML (xmllint), labels exact (control
#     characters other than tab dropped: XML 1.0 cannot hold them);
#   - export dot: Graphviz reads it without a complaint and the SVG it draws
#     shows each name exactly as a label or tooltip (control characters
#     dropped);
#   - extract --dict with hostile actor names: JSON output exact.
set -u
. "$(dirname "$0")/lib/common.bash" "$@"

need python3

scratch C.UTF-8
cd "$W" || exit 1

python3 - <<'EOF' || fail "writing the input"
import json
names = {
    "ORG1": 'The "Quote" Co\'s <b>Arms</b> & Sons',
    "ORG2": 'Back\\slash\\n Trading ]]> -- {x} ; \\"',
    "ORG3": 'Ctrl\x01Bell\x07Esc\x1b[31mRed\x7f Tab\there',
    "ORG4": '\u200f\u05e9\u05dc\u05d5\u05dd\u202eRLO\u202c Ltd\u2028LS',
    "ORG5": '<script>alert(1)</script>&amp;&lt; \'; DROP TABLE entities; --',
}
ents = [{"id": k, "name": v, "kind": "organization", "state": None} for k, v in names.items()]
ents.append({"id": "RUS", "name": "Russia", "kind": "state", "state": None})
edges = [{"type": "supplies", "source": k, "target": "RUS",
          "items": 'shells "155mm" <&> \\ ' + k, "category": "other", "quantity": None,
          "date": "2024-01-05", "status": "reported", "attribution": 'a "source" <x> & \\y',
          "confidence": 0.8,
          "evidence": {"sentence": "They supplied Russia.", "start": 0, "end": 21}}
         for k in names]
doc = {"article": {"id": 'hostile-<1>&"\\', "title": 'T <&> "q"',
                   "url": "https://example.org/?a=1&b=<2>", "source": "S\\x",
                   "published": "2024-01-05", "sha256": None},
       "entities": ents, "edges": edges}
with open("hostile.jsonl", "w") as f:
    f.write(json.dumps(doc) + "\n")
with open("names.json", "w") as f:
    json.dump(names, f)
EOF

"$AG" ingest --edges --db h.db hostile.jsonl >ingest.out 2>ingest.err ||
    { cat ingest.err; fail "ingest --edges of hostile names"; }
for f in dot gexf json; do
    "$AG" export "$f" --db h.db >"h.$f" 2>"export-$f.err" || { cat "export-$f.err"; fail "export $f"; }
    [ -s "export-$f.err" ] && { cat "export-$f.err"; fail "export $f wrote to stderr"; }
done
# the SQL-looking name did not drop anything
[ "$("$AG" stats --db h.db --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["entities"]["total"])')" = 6 ] ||
    fail "the store does not hold the 6 entities"

python3 - <<'EOF' || fail "export json"
import json
names = json.load(open("names.json"))
d = json.load(open("h.json"))
got = {n["id"]: n["name"] for n in d["nodes"]}
for k, v in names.items():
    assert got.get(k) == v, (k, got.get(k), v)
for e in d["edges"]:
    assert e["items"] == 'shells "155mm" <&> \\ ' + e["source"], e["items"]
print("json: every name exact")
EOF

if command -v xmllint >/dev/null 2>&1; then
    xmllint --noout h.gexf || fail "export gexf is not well-formed XML"
fi
python3 - <<'EOF' || fail "export gexf"
import json, re
import xml.etree.ElementTree as ET
names = json.load(open("names.json"))
root = ET.parse("h.gexf").getroot()
got = {n.get("id"): n.get("label") for n in root.iter() if n.tag.endswith("}node")}
for k, v in names.items():
    want = re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f]", "", v)
    lab = got.get(k)
    assert lab is not None, k
    # DEL may stay (XML 1.0 allows it) or go
    assert lab in (want, want.replace("\x7f", "")), (k, lab, want)
print("gexf: well-formed, every label exact")
EOF

if command -v dot >/dev/null 2>&1; then
    dot -Tsvg h.dot -o h.svg 2>dot.err || { cat dot.err; fail "Graphviz cannot read export dot"; }
    [ -s dot.err ] && { cat dot.err; fail "Graphviz complains about export dot"; }
    grep -q "$(printf '[\001-\010\013\014\016-\037]')" h.dot && fail "export dot holds raw control characters"
    python3 - <<'EOF' || fail "export dot"
import json, re
import xml.etree.ElementTree as ET
names = json.load(open("names.json"))
# long labels are shortened with an ellipsis; the tooltip holds the whole name
root = ET.parse("h.svg").getroot()
texts = [t.text for t in root.iter() if t.tag.endswith("}text") and t.text]
titles = [v for t in root.iter() for a, v in t.attrib.items() if a.endswith("}title")]
for k, v in names.items():
    want = re.sub("[\x00-\x1f\x7f]", "", v.replace("\t", " "))
    assert want in texts or any(t.startswith(want + " (") for t in titles), (k, want)
print("dot: Graphviz draws every name exactly")
EOF
fi

# through the extractor: actors from a dictionary with hostile names
cat >dict.json <<'EOF'
[
 {"actor": "Q&A <Arms> \"Ltd\"", "kind": "organization", "state": "IRN", "aliases": ["QA Arms"]},
 {"actor": "Back\\slash Group", "kind": "organization", "aliases": ["Backslash Group"]},
 {"actor": "\u200fMirror\u202e Group", "kind": "organization", "aliases": ["Mirror Group"]}
]
EOF
printf 'QA Arms supplied Russia with drones, officials said. The Backslash Group shipped shells to Russia. The Mirror Group shipped shells to Russia.\n' >art.txt
"$AG" extract --format json --dict dict.json art.txt >x.json 2>x.err || { cat x.err; fail "extract with hostile dictionary names"; }
python3 - <<'EOF' || fail "extract --format json"
import json
d = json.load(open("x.json"))
ids = {e["id"] for e in d["entities"]}
for want in ['Q&A <Arms> "Ltd"', "Back\\slash Group", "\u200fMirror\u202e Group"]:
    assert want in ids, (want, ids)
srcs = {e["source"]["id"] if isinstance(e["source"], dict) else e["source"] for e in d["edges"]}
assert 'Q&A <Arms> "Ltd"' in srcs and "Back\\slash Group" in srcs, srcs
print("extract: hostile dictionary names exact in JSON")
EOF
echo "hostile names: all outputs escaped"
