#!/bin/bash
# gazetteer.sh ARMSGRAPH_BIN SRC_DIR BUILD_DIR -- checks the actor dictionaries
# in data/ (one entry per line, valid ids and states, no surface form shared
# by two actors; tools/check-gazetteer.py), and that the checker does catch a
# planted conflict.
src=$2
command -v python3 >/dev/null || exit 77
python3 "$src/tools/check-gazetteer.py" "$src/data" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$src"/data/actors.json "$src"/data/states.json "$src"/data/demonyms.json "$tmp"/
# plant a conflict: "Kremlin" given to Hezbollah too
sed -i 's/"aliases": \["Hezbollah"/"aliases": ["Kremlin", "Hezbollah"/' "$tmp/actors.json"
out=$(python3 "$src/tools/check-gazetteer.py" "$tmp")
rc=$?
hez=$(grep -n '"actor": "Hezbollah"' "$tmp/actors.json" | cut -d: -f1)
rus=$(grep -n '"actor": "RUS"' "$tmp/actors.json" | cut -d: -f1)
expected="actors.json:$hez: 'Kremlin' belongs to RUS and to Hezbollah (actors.json:$rus)"
if [ $rc -ne 1 ] || ! grep -qxF "$expected" <<<"$out"; then
    echo "planted conflict not reported as expected; got (rc $rc):"
    echo "$out"
    exit 1
fi
echo "gazetteer: ok"
