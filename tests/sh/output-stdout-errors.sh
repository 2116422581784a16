#!/bin/bash
# output-stdout-errors.sh ARMSGRAPH SRC BUILD -- a write error on standard
# output (here /dev/full: "No space left on device") makes every command
# exit 1 with "armsgraph: standard output: <reason>" on stderr, instead of
# passing a cut or empty output off as a whole one.
set -u
. "$(dirname "$0")/lib/common.bash"
[ -c /dev/full ] || { echo "skip: no /dev/full"; exit 77; }
scratch C.UTF-8
cd "$W" || exit 1
"$AG" ingest --quiet --db s.db --edges "$SRC/tests/data/graph/edges.jsonl" || { echo "FAIL: setup"; exit 1; }
printf 'Drones for the front\n\nIran shipped 300 attack drones to Russia last week, officials in Kyiv said.\n' >a.txt
printf '{"id":"j1","text":"Iran shipped 300 attack drones to Russia last week."}\n' >a.jsonl
want='armsgraph: standard output: No space left on device'
check() { # check ARGS... -- runs armsgraph ARGS >/dev/full
    "$AG" "$@" >/dev/full 2>err.txt
    rc=$?
    if [ $rc != 1 ] || ! grep -qxF "$want" err.txt; then
        fail_later "armsgraph $* >/dev/full: exit $rc, stderr: $(cat err.txt)"
    fi
    # and the same command on a working stdout succeeds
    if ! "$AG" "$@" >/dev/null 2>/dev/null; then
        fail_later "armsgraph $* fails on a working standard output"
    fi
}
check edges --db s.db --format json
check edges --db s.db
check entities --db s.db
check stats --db s.db
check stats --db s.db --format json
check path Iran Ukraine --db s.db
check path Iran Ukraine --db s.db --format json
check central --db s.db
check show Iran --db s.db
check neighbors Iran --db s.db
check communities --db s.db
check export json --db s.db
check export dot --db s.db
check export gexf --db s.db
check extract a.txt
check extract --format json a.txt
check extract --jsonl a.jsonl
check help
check --version
check export graphml --db s.db
check export json --db s.db --around Iran --depth 1
check edges --db s.db --format csv
check entities --db s.db --format csv
check central --db s.db --format json
check show Iran Russia --db s.db --format csv
check ingest --db i.db a.txt
check ingest --db i.db --format json a.jsonl
check merge m.db s.db
check merge --format json m.db s.db
# the commands that write: each on its own copy (a run that writes to a
# working stdout follows, and must find the article again)
for k in 1 2 3 4 5 6 7 8 9; do cp s.db w$k.db; done
check reextract --db w1.db
check reextract --db w2.db --dry-run --format json
check curate --db w3.db alias Iran 'Islamic Republic'
check curate --db w4.db list
check curate --db w5.db list --format json
check curate --db w6.db export
"$AG" ingest --quiet --db w7.db a.txt || fail "ingest a.txt into w7"
cp w7.db w8.db
"$AG" retract --db w7.db a >/dev/full 2>err.txt
rc=$?
[ $rc = 1 ] && grep -qxF "$want" err.txt || fail_later "retract >/dev/full: exit $rc, stderr: $(cat err.txt)"
"$AG" retract --db w8.db --format json a >/dev/full 2>err.txt
rc=$?
[ $rc = 1 ] && grep -qxF "$want" err.txt || fail_later "retract --format json >/dev/full: exit $rc, stderr: $(cat err.txt)"
[ $status = 0 ] && echo "ok: every command reports a write error on standard output"
exit $status
