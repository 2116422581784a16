#!/bin/bash
# dict-load-big.sh ARMSGRAPH SRC BUILD -- a user dictionary big enough that
# its tables are reserved at once (issue 15, point 9; bench/dict/run.sh
# times it) loads to the same result as growing them: its actors are found
# by name, alias and demonym, the first of a repeated field counts, a
# second file that contradicts the first names the first file and line
# (one copy of a file's name serves all its actors), and a bad entry deep
# in a big file is reported at its own line.
set -u
. "$(dirname "$0")/lib/common.bash"
scratch C.UTF-8
python3 - "$W" <<'PY'
import sys
work = sys.argv[1]
n = 30000
rows = []
for i in range(n):
    s = "".join("bdfgklmnprstvz"[(i // 14 ** k) % 14] + "aeiou"[(i // 7 ** k) % 5] for k in range(5)).capitalize()
    if i % 10 == 8:
        rows.append('{"actor": "S%06d", "kind": "state", "name": "%sland", "demonyms": ["%sian"]}' % (i, s, s))
    else:
        rows.append('{"actor": "O%06d", "kind": "organization", "name": "%s Holdings", "aliases": ["%s Group", "%s Ltd"]}' % (i, s, s, s))
rows.append('{"actor": "OLAST", "kind": "organization", "name": "Quorvane Holdings", '
            '"name": "Ignored Name", "note": "the first name counts", "aliases": ["Quorvane Group"]}')
with open(work + "/big.json", "w") as f:
    f.write("[\n" + ",\n".join(rows) + "\n]\n")
# the same, with a bad entry on line 20001
rows[19999] = '{"actor": "OBAD", "kind": "organization", "colour": "red"}'
with open(work + "/bad.json", "w") as f:
    f.write("[\n" + ",\n".join(rows) + "\n]\n")
with open(work + "/second.json", "w") as f:
    f.write('[\n{"actor": "OLAST", "kind": "state"}\n]\n')
PY
echo 'Quorvane Holdings shipped rifles to Russia on 3 March 2024.' >"$W/a.txt"
echo 'Quorvane Group shipped rifles to Russia on 3 March 2024.' >"$W/b.txt"
echo 'Ignored Name shipped rifles to Russia on 3 March 2024.' >"$W/c.txt"
for f in a b; do
    "$AG" extract --format json --dict "$W/big.json" "$W/$f.txt" >"$W/$f.out" 2>"$W/err" ||
        fail_later "$f: exit $?: $(cat "$W/err")"
    grep -q '"OLAST"' "$W/$f.out" || fail_later "$f: OLAST not found: $(cat "$W/$f.out")"
done
"$AG" extract --format json --dict "$W/big.json" "$W/c.txt" >"$W/c.out" 2>&1
grep -q '"OLAST"' "$W/c.out" && fail_later "the repeated name field replaced the first"
# an actor from the middle of the file, by alias and by a demonym
mid=$(python3 -c 'i=1234; print("".join("bdfgklmnprstvz"[(i // 14 ** k) % 14] + "aeiou"[(i // 7 ** k) % 5] for k in range(5)).capitalize())')
echo "$mid Ltd shipped rifles to Russia on 3 March 2024." >"$W/d.txt"
"$AG" extract --format json --dict "$W/big.json" "$W/d.txt" >"$W/d.out" 2>&1
grep -q '"O001234"' "$W/d.out" || fail_later "O001234 not found by its alias $mid Ltd: $(cat "$W/d.out")"
"$AG" extract --dict "$W/big.json" --dict "$W/second.json" "$W/a.txt" >/dev/null 2>"$W/err2" &&
    fail_later "a contradicting second file was accepted"
grep -q "second.json:2: actor \"OLAST\" has kind state here but organization at $W/big.json:30002" "$W/err2" ||
    fail_later "the message does not name the first file and line: $(cat "$W/err2")"
"$AG" extract --dict "$W/bad.json" "$W/a.txt" >/dev/null 2>"$W/err3" &&
    fail_later "a bad entry was accepted"
grep -q "bad.json:20001: unknown field \"colour\"" "$W/err3" ||
    fail_later "the bad entry is not reported at its line: $(cat "$W/err3")"
[ $status = 0 ] && echo "ok: a big dictionary loads as it should"
exit $status
