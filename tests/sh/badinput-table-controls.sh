#!/bin/bash
# badinput-table-controls.sh ARMSGRAPH SRC_DIR BUILD_DIR -- a hostile actor
# name must not reach the terminal raw: the tables of entities, edges, show
# and extract print no control characters (ESC, BEL, DEL ... would let a
# name in a dictionary or an `ingest --edges` file recolour or rewrite the
# analyst's terminal), nor do show FROM TO, path, central, neighbors,
# communities and curate list; a right-to-left override in an alias is
# escaped. Only newline may appear, between rows.
set -u
. "$(dirname "$0")/lib/common.bash" "$@"

need python3
scratch C.UTF-8
cd "$W" || exit 1
status=0

python3 - <<'EOF'
import json
name = "Esc\x1b[31mRed\x07Bell\x7fDel\x01Ctl Corp"
doc = {"article": {"id": "ctl-1", "published": "2024-01-05"},
       "entities": [{"id": "CTL", "name": name, "kind": "organization", "state": None},
                    {"id": "RUS", "name": "Russia", "kind": "state", "state": None}],
       "edges": [{"type": "supplies", "source": "CTL", "target": "RUS",
                  "items": "shells\x1b[0m", "status": "reported", "confidence": 0.5,
                  "evidence": {"sentence": "It sent\x1b[2J shells.", "start": 0, "end": 10}}]}
open("ctl.jsonl", "w").write(json.dumps(doc) + "\n")
open("dict.json", "w").write(json.dumps(
    [{"actor": "Bell\x07Corp\x1b]0;owned\x07", "kind": "organization", "aliases": ["Bell Corp"]}]))
EOF
printf 'Bell Corp shipped shells to Russia.\n' >art.txt
"$AG" ingest --edges --db s.db ctl.jsonl >/dev/null 2>&1 || { echo "FAIL: ingest --edges"; exit 1; }

check() {
    local what=$1
    shift
    "$AG" "$@" >out.txt 2>err.txt
    if LC_ALL=C grep -q "$(printf '[\001-\011\013-\037\177]')" out.txt err.txt; then
        echo "FAIL: 'armsgraph $what' prints raw control characters:"
        cat -v out.txt err.txt | head -5
        status=1
    else
        echo "ok: $what"
    fi
}
check "entities" entities --db s.db
check "edges" edges --db s.db
check "show CTL" show --db s.db CTL
check "extract --dict (table)" extract --dict dict.json art.txt
check "show CTL RUS" show --db s.db CTL RUS
check "path" path --db s.db CTL RUS
check "central" central --db s.db
check "neighbors" neighbors --db s.db RUS
check "communities" communities --db s.db
"$AG" curate --quiet --db s.db alias CTL "$(printf 'Ctl\033[31m\342\200\256Corp')" || { echo "FAIL: curate alias"; exit 1; }
check "curate list" curate --db s.db list
# a right-to-left override, raw, would reverse the rest of the line
for c in entities "curate list"; do
    # shellcheck disable=SC2086 # two words
    if "$AG" $c --db s.db | grep -q "$(printf '\342\200\256')"; then
        echo "FAIL: 'armsgraph $c' prints a raw right-to-left override"
        status=1
    fi
done
exit $status
