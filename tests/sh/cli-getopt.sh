#!/bin/bash
# cli-getopt.sh ARMSGRAPH SRC_DIR BUILD_DIR -- every subcommand reads its
# options with getopt_long (cli/util.c): "--" ends the options; -oFILE,
# -o FILE, --output=FILE and --output FILE are one; short options bundle
# (-qv); options may follow the arguments, even with POSIXLY_CORRECT set;
# an unknown, ambiguous or malformed option, or one missing its value, is a
# usage error (exit 2) naming the command and the option.
set -u
. "$(dirname "$0")/lib/common.bash" "$@"

scratch C.UTF-8
cd "$W" || exit 1

# usage_error CMD OPTION-TEXT ARGS...: exit 2, and the message names both
usage_error() {
    local cmd=$1 text=$2
    shift 2
    "$AG" "$@" >out.txt 2>err.txt
    local rc=$?
    [ "$rc" = 2 ] || fail "$*: exit $rc, not 2: $(cat err.txt)"
    grep -qF "armsgraph $cmd: $text" err.txt || fail "$*: wanted '$text': $(cat err.txt)"
    [ -s out.txt ] && fail "$*: wrote to stdout: $(cat out.txt)"
    return 0
}

line() {
    printf '{"article": {"id": "%s", "published": "2024-06-01"}, "entities": [{"id": "%s", "name": "%s", "kind": "organization", "state": null}, {"id": "%s", "name": "%s", "kind": "organization", "state": null}], "edges": [{"type": "supplies", "source": "%s", "target": "%s", "status": "reported", "confidence": 0.5, "date": "2024-05-01"}]}\n' \
        "$1" "$2" "$2" "$3" "$3" "$2" "$3"
}
line a1 "Maker Co" "Buyer Co" >-e.jsonl
line a2 "-Dash Co" "Buyer Co" >>-e.jsonl

# "--" ends the options: a file whose name starts with '-'
"$AG" ingest --quiet --edges --db s.db -- -e.jsonl || fail "ingest -- -e.jsonl"
"$AG" stats --db s.db >/dev/null || fail "stats"
echo "ok: ingest -- -FILE"

# the four spellings of a value, and a bundle of short flags
"$AG" export json --db s.db -oa.json || fail "-oFILE"
"$AG" export json --db s.db -o b.json || fail "-o FILE"
"$AG" export json --db s.db --output=c.json || fail "--output=FILE"
"$AG" export json --output d.json --db=s.db || fail "--output FILE --db=PATH"
for f in b c d; do cmp -s a.json $f.json || fail "$f.json differs from a.json"; done
"$AG" stats -qv --db s.db >/dev/null || fail "-qv"
echo "ok: -oFILE -o FILE --output=FILE --output FILE, -qv"

# options after the arguments, whatever POSIXLY_CORRECT says; "--" in between
POSIXLY_CORRECT=1 "$AG" path "Maker Co" "Buyer Co" --db s.db --format json >out.txt 2>err.txt ||
    fail "POSIXLY_CORRECT path A B --db: $(cat err.txt)"
grep -q '"paths"' out.txt || fail "path A B --db: $(cat out.txt)"
"$AG" path --db s.db "-Dash Co" "Buyer Co" 2>/dev/null && fail "path -Dash: taken as an argument"
"$AG" path "Buyer Co" --db s.db --undirected -- "-Dash Co" >out.txt 2>err.txt ||
    fail "path B --db --undirected -- -Dash: $(cat err.txt)"
grep -q "Dash Co" out.txt || fail "path: $(cat out.txt)"
"$AG" export dot --db s.db -- --force >/dev/null 2>err.txt && fail "export dot -- --force accepted"
grep -qF "one format only: unexpected '--force'" err.txt || fail "-- --force: $(cat err.txt)"
echo "ok: options after arguments, -- ends them"

# unknown options, long and short, with or without a value
usage_error edges "unknown option '--sort'" edges --db s.db --sort
usage_error ingest "unknown option '--bogus'" ingest --bogus=1 x.txt
usage_error path "unknown option '-x'" path -x "Maker Co" "Buyer Co" --db s.db
usage_error stats "unknown option '-z'" stats -qz --db s.db
usage_error merge "unknown option '--db'" merge --db s.db out.db s.db
usage_error central "option '--unweighted' takes no value" central --unweighted=yes --db s.db
usage_error export "ambiguous option '--d' (--db, --depth)" export json --d 2
echo "ok: unknown and malformed options"

# a missing value
usage_error export "option '-o' needs a value" export json --db s.db -o
usage_error export "option '--output' needs a value" export json --db s.db --output
usage_error neighbors "option '--depth' needs a value" neighbors "Maker Co" --db s.db --depth
usage_error extract "option '--date' needs a value" extract x.txt --date
usage_error show "option '--db' needs a value" show "Maker Co" --db
echo "ok: a missing value"

# too many arguments
usage_error stats "unexpected argument 'x'" stats --db s.db x
usage_error show "unexpected argument 'c'" show --db s.db a b c
echo "ok: unexpected arguments"
