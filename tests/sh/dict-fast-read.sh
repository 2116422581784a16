#!/bin/bash
# dict-fast-read.sh ARMSGRAPH SRC BUILD -- a plain actor entry is read
# straight from the text and any other by cJSON (ingest/dict.c,
# fast_entry): both readings give the same actor (escapes, repeated and
# unknown fields, a note of any type), and what the fast reading passes
# on to cJSON is still refused with cJSON's message and line.
set -u
. "$(dirname "$0")/lib/common.bash"
scratch C.UTF-8
echo 'Quorvane Group shipped rifles to Belmira Arms on 3 March 2024.' >"$W/a.txt"
# the same two actors, written plainly and with what only cJSON reads
cat >"$W/plain.json" <<'J'
[
{"actor": "OQV", "kind": "organization", "name": "Quorvane Holdings", "aliases": ["Quorvane Group"], "note": "plain"},
{"actor": "OBA", "kind": "organization",
 "name": "Belmira Arms", "name": "Ignored", "aliases": [ ], "seats": ["Belmira"]}
]
J
cat >"$W/json.json" <<'J'
[
{"actor": "OQV", "kind": "organization", "name": "Quorv\u0061ne Holdings", "aliases": ["Quorvane Group"], "note": {"n": 1}},
{"actor": "OBA", "kind": "organization",
 "name": "Belmira Arms", "name": null, "aliases": null, "seats": ["Belmira"], "state": null}
]
J
"$AG" extract --format json --dict "$W/plain.json" "$W/a.txt" >"$W/plain.out" 2>&1 ||
    fail "plain: $(cat "$W/plain.out")"
"$AG" extract --format json --dict "$W/json.json" "$W/a.txt" >"$W/json.out" 2>&1 ||
    fail "json: $(cat "$W/json.out")"
grep -q '"OQV"' "$W/plain.out" && grep -q '"OBA"' "$W/plain.out" ||
    fail "the actors were not found: $(cat "$W/plain.out")"
cmp -s "$W/plain.out" "$W/json.out" || fail "the two readings differ: $(diff "$W/plain.out" "$W/json.out")"
# entries the fast reading leaves to cJSON, with the message each gets
check() { # NAME ENTRY MESSAGE
    printf '[\n{"actor": "OK1", "kind": "state"},\n%s\n]\n' "$2" >"$W/$1.json"
    "$AG" extract --dict "$W/$1.json" "$W/a.txt" >/dev/null 2>"$W/$1.err" && fail "$1: accepted"
    grep -qF "$W/$1.json:$3" "$W/$1.err" || fail "$1: $(cat "$W/$1.err")"
}
check list-comma '{"actor": "A", "kind": "state", "aliases": ["Aland",]}' '3: invalid JSON'
check object-comma '{"actor": "A", "kind": "state",}' '3: invalid JSON'
check no-colon '{"actor" "A", "kind": "state"}' '3: invalid JSON'
check empty-alias '{"actor": "A", "kind": "state", "aliases": ["Aland", ""]}' \
    '3: "aliases" must hold non-empty strings'
check string-list '{"actor": "A", "kind": "state", "aliases": "Aland"}' \
    '3: "aliases" must be a list of strings'
check list-name '{"actor": "A", "kind": "state", "name": ["Aland"]}' \
    '3: "name" must be a non-empty string'
check number-id '{"actor": 7, "kind": "state"}' '3: "actor" must be a non-empty string'
check unknown '{"actor": "A", "kind": "state", "colour": "red"}' '3: unknown field "colour"'
check bad-kind '{"actor": "OK1", "kind": "person"}' \
    "3: actor \"OK1\" has kind person here but state at $W/bad-kind.json:2"
check unterminated '{"actor": "A", "kind": "state"' '4: invalid JSON'
echo "ok: plain and cJSON-read entries load alike, bad ones get their messages"
