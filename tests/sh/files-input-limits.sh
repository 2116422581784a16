#!/bin/bash
# files-input-limits.sh ARMSGRAPH SRC BUILD -- endless inputs end: `ingest
# --edges /dev/zero` (and the other JSON Lines readers) give up with a
# message naming the file once a line has no end within AG_MAX_SKIP_BYTES,
# as a plain-text /dev/zero ends at the article limit; ids over 256 bytes
# and titles over 1024 bytes are refused with a message naming the limit.
set -u
. "$(dirname "$0")/lib/common.bash"
scratch C.UTF-8
cd "$W" || exit 1
ENDLESS="no line end in 67108864 bytes (limit 16777216 bytes, AG_MAX_LINE_BYTES): the rest of the file is not read"
# run WANT_RC WANT_STDERR STDIN ARGS...
run() {
    local want_rc=$1 want_err=$2 in=$3 rc
    shift 3
    timeout 60 "$AG" "$@" <"$in" >out.txt 2>err.txt
    rc=$?
    [ $rc = 124 ] && { fail_later "armsgraph $* <$in: still running after 60 s"; return; }
    [ $rc = "$want_rc" ] || fail_later "armsgraph $* <$in: exit $rc, want $want_rc"
    [ "$(cat err.txt)" = "$want_err" ] || fail_later "armsgraph $* <$in: stderr: $(cat err.txt)"
}
if [ -c /dev/zero ]; then
    run 1 "armsgraph: /dev/zero:1: $ENDLESS" /dev/null ingest --db s.db --edges /dev/zero
    run 1 "armsgraph: <stdin>:1: $ENDLESS" /dev/zero ingest --db s.db --edges -
    run 1 "armsgraph: <stdin>:1: $ENDLESS" /dev/zero ingest --db s.db --jsonl -
    run 1 "armsgraph: /dev/zero:1: $ENDLESS" /dev/null extract --jsonl /dev/zero
    run 1 "armsgraph: /dev/zero: larger than the limit of 8388608 bytes" /dev/null ingest --db s.db /dev/zero
fi

# ids and titles
long_id=$(printf 'i%.0s' $(seq 257))
long_title=$(printf 't%.0s' $(seq 1025))
ok_id=$(printf 'i%.0s' $(seq 256))
{
    printf '{"id":"%s","text":"Iran shipped drones to Russia."}\n' "$long_id"
    printf '{"id":"a2","title":"%s","text":"Iran shipped drones to Russia."}\n' "$long_title"
    printf '{"id":"%s","text":"North Korea shipped shells to Russia."}\n' "$ok_id"
} >records.jsonl
run 1 "armsgraph: records.jsonl:1: 'id' longer than 256 bytes (AG_MAX_ID_BYTES)
armsgraph: records.jsonl:2: 'title' longer than 1024 bytes (AG_MAX_TITLE_BYTES)" /dev/null ingest --db r.db records.jsonl
[ "$(cat out.txt)" = "added 1 article, skipped 0 (already stored), refused 2" ] || fail_later "records summary: $(cat out.txt)"
printf '{"article":{"id":"%s"},"entities":[],"edges":[]}\n' "$long_id" >e1.jsonl
printf '{"article":{"id":"e2","title":"%s"},"entities":[],"edges":[]}\n' "$long_title" >>e1.jsonl
printf '{"article":{"id":"e3"},"entities":[{"id":"%s","name":"X","kind":"state"}],"edges":[]}\n' "$long_id" >>e1.jsonl
run 1 "armsgraph: e1.jsonl:1: article: 'id' longer than 256 bytes (AG_MAX_ID_BYTES)
armsgraph: e1.jsonl:2: article: 'title' longer than 1024 bytes (AG_MAX_TITLE_BYTES)
armsgraph: e1.jsonl:3: entity 1: 'id' longer than 256 bytes (AG_MAX_ID_BYTES)" /dev/null ingest --db r.db --edges e1.jsonl
[ $status = 0 ] && echo "ok: endless lines end with a message; long ids and titles refused"
exit $status
