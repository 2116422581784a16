#!/bin/bash
# badinput-huge.sh ARMSGRAPH SRC_DIR BUILD_DIR -- a 200 MB file with no
# newline (generated here in $TMPDIR, deleted at the end) is refused with the
# size-limit message, quickly and in bounded memory, whether it comes as a
# text file, as JSON Lines, or on standard input, through ingest and through
# extract; the store keeps what it held.
#
#   AG_HUGE_MB         size of the file in MB (default 200)
#   AG_HUGE_MAX_RSS_MB peak resident memory allowed per run (default 64; 256
#                      in the sanitizer build), measured with /usr/bin/time
set -u
. "$(dirname "$0")/lib/common.bash" "$@"
BUILD=$(readlink -f "$3")
MB=${AG_HUGE_MB:-200}
MAXRSS=${AG_HUGE_MAX_RSS_MB:-64}
if grep -q '^AG_SANITIZE:BOOL=ON' "$BUILD/CMakeCache.txt" 2>/dev/null; then
    MAXRSS=${AG_HUGE_MAX_RSS_MB:-256}
fi
need sqlite3 "(CLI)"

scratch C
cd "$W" || exit 1
status=0

# the same letter 200 million times: no newline, no NUL, valid UTF-8
head -c $((MB * 1000 * 1000)) /dev/zero | tr '\0' a >huge.txt || { echo "FAIL: cannot write $MB MB in $W"; exit 1; }
ln huge.txt huge.jsonl
printf 'Iran supplied Russia with drones in March, officials said.\n' >good.txt
"$AG" ingest --db store.db good.txt >/dev/null || { echo "FAIL: first ingest"; exit 1; }
before=$(sqlite3 store.db .dump | sha256sum)

TIME=
[ -x /usr/bin/time ] && TIME="/usr/bin/time -o rss.txt -f %M"

# run WANT_EXIT WANT_STDERR STDIN ARGS...
run() {
    local want_rc=$1 want_err=$2 in=$3 rc rss
    shift 3
    rm -f rss.txt
    $TIME "$AG" "$@" <"$in" >out.txt 2>err.txt
    rc=$?
    if [ "$rc" != "$want_rc" ]; then
        echo "FAIL: armsgraph $* <$in: exit $rc, want $want_rc"
        status=1
    fi
    if [ "$(cat err.txt)" != "$want_err" ]; then
        echo "FAIL: armsgraph $* <$in: message"
        echo "   got:  $(cat err.txt)"
        echo "   want: $want_err"
        status=1
    fi
    if [ -f rss.txt ]; then
        rss=$(tail -1 rss.txt)
        if [ "$rss" -gt $((MAXRSS * 1024)) ]; then
            echo "FAIL: armsgraph $* <$in: peak memory $((rss / 1024)) MB, over $MAXRSS MB"
            status=1
        else
            echo "ok: armsgraph $* <$in: exit $rc, peak memory $((rss / 1024)) MB"
        fi
    else
        echo "ok: armsgraph $* <$in: exit $rc"
    fi
}

LIM="larger than the limit of 8388608 bytes"
# no newline at all: the reader gives up after AG_MAX_SKIP_BYTES (64 MiB)
LINE="no line end in 67108864 bytes (limit 16777216 bytes, AG_MAX_LINE_BYTES): the rest of the file is not read"
run 1 "armsgraph: huge.txt: $LIM" /dev/null ingest --db store.db huge.txt
run 1 "armsgraph: huge.jsonl:1: $LINE" /dev/null ingest --db store.db huge.jsonl
run 1 "armsgraph: <stdin>: $LIM" huge.txt ingest --db store.db -
run 1 "armsgraph: <stdin>:1: $LINE" huge.txt ingest --jsonl --db store.db -
run 1 "armsgraph: huge.txt: $LIM" /dev/null extract huge.txt
run 1 "armsgraph: <stdin>: $LIM" huge.txt extract -

[ "$(sqlite3 store.db .dump | sha256sum)" = "$before" ] || { echo "FAIL: the store changed"; status=1; }
[ "$(sqlite3 store.db 'PRAGMA integrity_check')" = ok ] || { echo "FAIL: integrity_check"; status=1; }
exit $status
