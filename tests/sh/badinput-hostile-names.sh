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
#   - export graphml: well-formed XML (xmllint), names exact but for the
#     control characters XML 1.0 cannot hold;
#   - export neo4j: the CSV parses (multi-line fields, as import.sh asks),
#     one row per actor with its id exact (ids that differ only in a
#     newline or a control character stay apart), aliases split exactly
#     by the array delimiter import.sh names (an alias may hold ';');
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
# ids that differ only in a newline or a control character
for k in ["Twin Co", "Twin\nCo", "Twin\x01Co"]:
    names[k] = k
aliases = {"ORG1": ["Alpha; Beta", "Gamma|Delta"], "ORG2": ["semi;colon"]}
ents = [{"id": k, "name": v, "kind": "organization", "state": None,
         "aliases": aliases.get(k, [])} for k, v in names.items()]
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
with open("aliases.json", "w") as f:
    json.dump(aliases, f)
EOF

"$AG" ingest --edges --db h.db hostile.jsonl >ingest.out 2>ingest.err ||
    { cat ingest.err; fail "ingest --edges of hostile names"; }
for f in dot gexf json graphml; do
    "$AG" export "$f" --db h.db >"h.$f" 2>"export-$f.err" || { cat "export-$f.err"; fail "export $f"; }
    [ -s "export-$f.err" ] && { cat "export-$f.err"; fail "export $f wrote to stderr"; }
done
# the SQL-looking name did not drop anything
[ "$("$AG" stats --db h.db --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["entities"]["total"])')" = 9 ] ||
    fail "the store does not hold the 9 entities"

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
nodes = [n for n in root.iter() if n.tag.endswith("}node")]
assert len({n.get("id") for n in nodes}) == len(nodes), "duplicate node ids"
got = {n.get("id"): n.get("label") for n in nodes}
for k, v in names.items():
    if k.startswith("Twin"):
        continue  # ids that XML would merge get ids of their own (checked unique above)
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

if command -v xmllint >/dev/null 2>&1; then
    xmllint --noout h.graphml || fail "export graphml is not well-formed XML"
fi
python3 - <<'EOF' || fail "export graphml"
import json, re
import xml.etree.ElementTree as ET
names = json.load(open("names.json"))
root = ET.parse("h.graphml").getroot()
keys = {k.get("id"): k.get("attr.name") for k in root.iter() if k.tag.endswith("}key")}
got = {}
for n in root.iter():
    if n.tag.endswith("}node"):
        d = {keys[x.get("key")]: x.text or "" for x in n if x.tag.endswith("}data")}
        got[n.get("id")] = d["name"]  # the entity id is the node id
xml = lambda v: re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f]", "", v).replace("\r", "\n")
for k, v in names.items():
    assert got.get(xml(k)) == xml(v), (k, got.get(xml(k)), v)
print("graphml: well-formed, every name exact")
EOF

rm -rf neo && "$AG" export neo4j neo --db h.db 2>neo.err || { cat neo.err; fail "export neo4j"; }
[ -s neo.err ] && { cat neo.err; fail "export neo4j wrote to stderr"; }
python3 - <<'EOF' || fail "export neo4j"
import csv, json, re
names = json.load(open("names.json"))
aliases = json.load(open("aliases.json"))
script = open("neo/import.sh").read()
assert "--multiline-fields=true" in script, script
delim = re.search(r"--array-delimiter='([^']+)'", script).group(1)
delim = chr(int(delim[2:], 16)) if delim.startswith("U+") else delim
assert len(delim) == 1, delim
rows = list(csv.reader(open("neo/nodes.csv", newline="", encoding="utf-8"), strict=True))
assert rows[0] == ["id:ID(Entity)", "name", "kind", "state", "aliases:string[]", ":LABEL"], rows[0]
ids = [r[0] for r in rows[1:]]
assert len(ids) == len(set(ids)), "duplicate node ids: %r" % ids
byid = {r[0]: r for r in rows[1:]}
for k, v in names.items():
    assert k in byid, (k, ids)
    assert byid[k][1] == v, (k, byid[k][1], v)
    got = byid[k][4].split(delim) if byid[k][4] else []
    assert all(a in got for a in aliases.get(k, [])), (k, got, aliases.get(k))
rels = list(csv.reader(open("neo/relationships.csv", newline="", encoding="utf-8"), strict=True))
for r in rels[1:]:
    assert len(r) == 11 and r[0] in byid and r[1] in byid, r
print("neo4j: ids unique and exact, aliases split exactly by %r" % delim)
EOF

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
