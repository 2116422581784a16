#!/bin/bash
# cli-table-headers.sh ARMSGRAPH SRC BUILD -- the tables of every command
# write their headers alike (issue 15, point 13): in upper case, words
# joined by '_', and the same columns, in the same order, as the header row
# of the command's --format csv output (which is lower case); that CSV
# output is RFC 4180 (CRLF line ends, every row as wide as the header, as
# python's csv module reads it).
set -u
. "$(dirname "$0")/lib/common.bash"
python_with csv || need python3
scratch C.UTF-8
cd "$W" || exit 1
"$AG" ingest --quiet --db s.db --edges "$SRC/tests/data/graph/edges.jsonl" || fail "setup"
printf 'Drones for the front\n\nIran shipped 300 attack drones to Russia last week, officials in Kyiv said.\n' >a.txt
"$AG" ingest --quiet --db s.db a.txt || fail "ingest a.txt"
"$AG" curate --quiet --db s.db alias Iran 'Islamic Republic' || fail "curate"
n=0
check() { # check ARGS... -- the table of armsgraph ARGS against its CSV
    local csv table want
    n=$((n + 1))
    cp s.db c$n.db
    "$AG" "$@" --db c$n.db --format csv >c$n.csv || {
        fail_later "$* --format csv"
        return
    }
    csv=$(head -1 c$n.csv | tr -d '\r')
    "$PY" - c$n.csv <<'PY' || fail_later "$* --format csv is not RFC 4180 CSV"
import csv, sys
raw = open(sys.argv[1], "rb").read()
assert raw.endswith(b"\r\n"), "no CRLF at the end"
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
assert rows and all(len(r) == len(rows[0]) for r in rows), "rows of another width"
PY
    cp s.db t$n.db
    table=$("$AG" "$@" --db t$n.db) || {
        fail_later "$*"
        return
    }
    [[ $csv =~ ^[a-z_]+(,[a-z_]+)*$ ]] || fail_later "$*: the CSV header is not lower-case words: $csv"
    want=$(echo "$csv" | tr 'a-z,' 'A-Z ')
    # the table's header: the first line of upper-case words and '_' alone
    got=$(echo "$table" | grep -m1 -E '^ *[A-Z][A-Z_]*( +[A-Z][A-Z_]*)+ *$' | tr -s ' ' | sed 's/^ //; s/ $//')
    [ "$got" = "$want" ] || fail_later "$*: table header '$got', CSV header '$want'"
}
check entities
check edges
check stats
check show Iran
check central
check central --measure betweenness
check neighbors Iran
check communities
check curate list
check reextract --dry-run
check reextract a
check retract a
check extract a.txt
[ $status = 0 ] && echo "ok: $n tables with upper-case headers matching their CSV"
exit $status
