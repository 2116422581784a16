#!/bin/bash
# cli-options.sh ARMSGRAPH SRC_DIR BUILD_DIR -- the option conventions:
# "-oFILE" and "--output=FILE"; "--" ends the options (an actor or a file
# whose name starts with '-' is an argument after it); --since/--until
# take YYYY and YYYY-MM as well as full dates (--since 2024 from
# 2024-01-01, --until 2024-03 through 2024-03-31), and an edge dated by
# month alone passes when its month overlaps the range.
set -u
. "$(dirname "$0")/lib/common.bash" "$@"

need python3
scratch C.UTF-8
cd "$W" || exit 1

python3 - <<'EOF'
import json
def doc(aid, date, src, dst):
    return {"article": {"id": aid, "published": "2024-06-01"},
            "entities": [{"id": x, "name": x, "kind": "organization", "state": None} for x in (src, dst)],
            "edges": [{"type": "supplies", "source": src, "target": dst, "status": "reported",
                       "confidence": 0.5, "date": date}]}
with open("e.jsonl", "w") as f:
    f.write(json.dumps(doc("a1", "2023-12-31", "Old Co", "Buyer")) + "\n")
    f.write(json.dumps(doc("a2", "2024-01-01", "New Year Co", "Buyer")) + "\n")
    f.write(json.dumps(doc("a3", "2024-03", "March Co", "Buyer")) + "\n")
    f.write(json.dumps(doc("a4", "2024-04-01", "April Co", "Buyer")) + "\n")
    f.write(json.dumps(doc("a5", "2024-02-10", "-Dash Co", "Buyer")) + "\n")
EOF
"$AG" ingest --quiet --edges --db s.db e.jsonl || fail "ingest"

sources() { python3 -c 'import json,sys; print(" ".join(sorted(e["source"]["id"] for e in json.load(sys.stdin)["edges"])))'; }
got=$("$AG" edges --db s.db --format json --since 2024 --until 2024-03 | sources)
[ "$got" = "-Dash Co March Co New Year Co" ] || fail "--since 2024 --until 2024-03: $got"
got=$("$AG" edges --db s.db --format json --since 2024-03-15 | sources)
[ "$got" = "April Co March Co" ] || fail "--since 2024-03-15 (a March edge overlaps): $got"
got=$("$AG" edges --db s.db --format json --until 2024-02 | sources)
[ "$got" = "-Dash Co New Year Co Old Co" ] || fail "--until 2024-02: $got"
"$AG" edges --db s.db --since 2024-13 >/dev/null 2>err.txt && fail "--since 2024-13 accepted"
grep -q "YYYY-MM-DD, YYYY-MM or YYYY" err.txt || fail "bad month: $(cat err.txt)"
echo "ok: --since/--until with years and months"

"$AG" export json --db s.db -oshort.json || fail "-oFILE"
"$AG" export json --db s.db --output=long.json || fail "--output=FILE"
python3 -c 'import json; json.load(open("short.json")); json.load(open("long.json"))' || fail "exports not written"
cmp -s short.json long.json || fail "-oFILE and --output=FILE differ"
echo "ok: -oFILE and --output=FILE"

"$AG" show --db s.db -- "-Dash Co" >out.txt 2>err.txt || fail "show -- -Dash Co: $(cat err.txt)"
grep -q "Buyer" out.txt || fail "show -- -Dash Co: $(cat out.txt)"
"$AG" path --db s.db --format json -- "-Dash Co" Buyer >out.txt 2>err.txt || fail "path -- -Dash Co Buyer: $(cat err.txt)"
printf 'Nothing happens in this text.\n' >-art.txt
"$AG" extract --format json -- -art.txt >out.txt 2>err.txt || fail "extract -- -art.txt: $(cat err.txt)"
"$AG" show --db s.db -- --undirected >/dev/null 2>err.txt
grep -q "unknown actor '--undirected'" err.txt || fail "an option after --: $(cat err.txt)"
echo "ok: -- ends the options"
