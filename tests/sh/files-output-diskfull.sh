#!/bin/bash
# files-output-diskfull.sh ARMSGRAPH SRC BUILD -- an export to a full disk
# (issue 15, point 1: a file cut mid-object with exit 0) fails with exit 1
# and "armsgraph: FILE: write failed: No space left on device", and leaves
# no cut file: `-o NEW` leaves nothing, `-o OLD` leaves OLD as it was, no
# temporary file stays; a folder export (csv, neo4j) names the file that
# did not fit, and the files it wrote before are whole. The full disk is a
# 256 KiB tmpfs in a private user and mount namespace (unshare -Urm);
# skipped (77) where namespaces are not allowed.
set -u
. "$(dirname "$0")/lib/common.bash"
need python3
unshare -Urm true 2>/dev/null || { echo "skip: no user and mount namespaces (unshare -Urm)"; exit 77; }
scratch C
export AG
cd "$W" || exit 1
python3 "$SRC/tests/data/bad/gen_corpus.py" 3000 corpus.jsonl 5 || fail "corpus generator"
"$AG" ingest --quiet --db s.db corpus.jsonl || fail "ingest"
"$AG" export csv --db s.db want-csv || fail "export csv with room"
[ "$(wc -c <want-csv/mentions.csv)" -gt 300000 ] || fail "the export is too small to fill the disk"
mkdir mnt
# everything in the namespace; its results are copied out before it ends
unshare -Urm sh -c 'mount -t tmpfs -o size=256k tmpfs mnt || exit 97
    echo old >mnt/old.json
    for f in new old; do
        "$AG" export json --db s.db -o mnt/$f.json >/dev/null 2>$f.err
        echo $? >$f.rc
    done
    "$AG" export csv --db s.db mnt/csv >/dev/null 2>csv.err
    echo $? >csv.rc
    ls -A mnt >ls.txt
    cp mnt/old.json old.json
    cp -r mnt/csv got-csv' || fail "tmpfs in a user namespace"
for f in new old; do
    [ "$(cat $f.rc)" = 1 ] || fail "export -o $f.json on a full disk: exit $(cat $f.rc)"
    [ "$(cat $f.err)" = "armsgraph: mnt/$f.json: write failed: No space left on device" ] ||
        fail "export -o $f.json: $(cat $f.err)"
done
[ "$(cat old.json)" = old ] || fail "old.json was changed: $(head -c 100 old.json)"
[ "$(tr '\n' ' ' <ls.txt)" = "csv old.json " ] || fail "left on the full disk: $(cat ls.txt)"
[ "$(cat csv.rc)" = 1 ] || fail "export csv on a full disk: exit $(cat csv.rc)"
grep -qxE 'armsgraph: mnt/csv/[a-z]+\.csv: write failed: No space left on device' csv.err ||
    fail "export csv: $(cat csv.err)"
for f in got-csv/*; do
    cmp -s "$f" "want-csv/${f#got-csv/}" || fail "export csv left a cut ${f#got-csv/}"
done
echo "ok: full disk: exit 1, no cut file ($(cat new.err); $(cat csv.err))"
