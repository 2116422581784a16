#!/bin/bash
# progress-tty.sh ARMSGRAPH SRC BUILD -- a long ingest draws a progress bar
# (articles, MB, MB/s, percent and ETA) on stderr when stderr is a terminal
# (run under script(1), which gives it a pseudo-terminal), and none when
# stderr is piped or with --quiet; the summary is the same either way.
set -u
. "$(dirname "$0")/lib/common.bash"
need script "(util-linux)"
scratch C.UTF-8
cd "$W" || exit 1
export TERM=xterm
unset NO_COLOR
python3 "$SRC/tests/data/bad/gen_corpus.py" 3000 corpus.jsonl 7 || exit 1

script -qfec "$AG ingest --db tty.db corpus.jsonl" /dev/null >tty.out 2>&1
tr '\r' '\n' <tty.out >tty.lines
if grep -qE '^[0-9]+ articles +[0-9.]+ MB +[0-9.]+ MB/s +[0-9]+% +ETA [0-9]+:[0-9]{2}' tty.lines &&
    grep -qE '^3000 articles .* 100% ' tty.lines; then
    echo "ok: a bar on a terminal, ending at 3000 articles and 100%"
else
    echo "FAIL: no progress bar on a terminal:"; head -c 600 tty.lines; status=1
fi
grep -q 'added 3000 articles, skipped 0 (already stored), refused 0' tty.lines ||
    { echo "FAIL: summary on a terminal"; status=1; }

"$AG" ingest --db pipe.db corpus.jsonl >pipe.out 2>pipe.err
if [ -s pipe.err ] || grep -q $'\r' pipe.out; then
    echo "FAIL: output when piped:"; head -c 300 pipe.err; status=1
else
    echo "ok: no bar when piped"
fi
[ "$(cat pipe.out)" = "added 3000 articles, skipped 0 (already stored), refused 0" ] ||
    { echo "FAIL: piped summary: $(cat pipe.out)"; status=1; }

script -qfec "$AG ingest --quiet --db quiet.db corpus.jsonl" /dev/null >quiet.out 2>&1
if grep -q 'articles' quiet.out; then
    echo "FAIL: --quiet still draws"; status=1
else
    echo "ok: --quiet draws nothing"
fi
exit $status
