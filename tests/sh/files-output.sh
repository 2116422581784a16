#!/bin/bash
# files-output.sh ARMSGRAPH SRC BUILD -- `export -o FILE` replaces a regular
# file atomically, honouring the umask for a new file and keeping the mode of
# a replaced one; a FIFO, a device and a symbolic link are written in place
# and stay what they are (a link is written through; a link to a missing
# file is refused); a link to standard output (/dev/stdout) works.
set -u
. "$(dirname "$0")/lib/common.bash"
scratch C.UTF-8
cd "$W" || exit 1
mode() { stat -c %a "$1"; }
"$AG" ingest --quiet --db s.db --edges "$SRC/tests/data/graph/edges.jsonl" || { echo "FAIL: setup"; exit 1; }
"$AG" export json --db s.db >want.json || { echo "FAIL: export to stdout"; exit 1; }

# ---- a new file: 0666 less the umask
(umask 027 && "$AG" export json --db s.db -o new1.json) || fail_later "export -o new1.json"
[ "$(mode new1.json)" = 640 ] || fail_later "umask 027 gave mode $(mode new1.json), want 640"
(umask 077 && "$AG" export json --db s.db -o new2.json) || fail_later "export -o new2.json"
[ "$(mode new2.json)" = 600 ] || fail_later "umask 077 gave mode $(mode new2.json), want 600"
cmp -s new1.json want.json || fail_later "-o FILE differs from standard output"

# ---- a replaced file keeps its mode
echo old >kept.json
chmod 604 kept.json
(umask 022 && "$AG" export json --db s.db -o kept.json) || fail_later "export over kept.json"
[ "$(mode kept.json)" = 604 ] || fail_later "replaced file has mode $(mode kept.json), want 604"
cmp -s kept.json want.json || fail_later "replaced file content"
ls | grep -q '\.tmp\.' && fail_later "a temporary file was left: $(ls)"

# ---- a FIFO is written in place and stays a FIFO
mkfifo fifo
timeout 20 cat fifo >from-fifo.json &
reader=$!
timeout 20 "$AG" export json --db s.db -o fifo || fail_later "export -o fifo"
if [ -p fifo ]; then
    wait $reader
else
    fail_later "the FIFO was replaced: $(ls -l fifo)"
    kill $reader 2>/dev/null
    wait $reader 2>/dev/null
fi
cmp -s from-fifo.json want.json || fail_later "what came through the FIFO differs"

# ---- a symbolic link is written through: the link stays, its file changes
echo old >target.json
ln -s target.json link.json
"$AG" export json --db s.db -o link.json || fail_later "export -o link.json"
[ -L link.json ] || fail_later "the symbolic link was replaced"
cmp -s target.json want.json || fail_later "the link's file did not get the export"

# ---- a link to a missing file is refused, nothing is created
ln -s missing.json dangling.json
"$AG" export json --db s.db -o dangling.json 2>err.txt
rc=$?
[ $rc = 1 ] || fail_later "export -o dangling link: exit $rc"
grep -qxF "armsgraph: dangling.json: a symbolic link to a missing file" err.txt ||
    fail_later "dangling link message: $(cat err.txt)"
[ -e missing.json ] && fail_later "the missing file was created"
[ -L dangling.json ] || fail_later "the dangling link was replaced"

# ---- a folder is refused
mkdir folder
"$AG" export json --db s.db -o folder 2>err.txt && fail_later "export -o folder succeeded"
grep -qxF "armsgraph: folder: is a directory" err.txt || fail_later "folder message: $(cat err.txt)"

# ---- standard output through a link: a link of our own to /proc/self/fd/1
# (what /dev/stdout is), so that a faulty build replaces our link, not the
# system's /dev/stdout
if [ -e /proc/self/fd/1 ]; then
    ln -s /proc/self/fd/1 stdout-link
    "$AG" export json --db s.db -o stdout-link >via-stdout.json || fail_later "export -o stdout-link"
    [ -L stdout-link ] || fail_later "the link to standard output was replaced"
    cmp -s via-stdout.json want.json || fail_later "-o a link to fd 1 printed $(wc -c <via-stdout.json) bytes"
fi

# ---- a character device stays one. As root, a node of our own (the same
# device as /dev/null, so a faulty build destroys only that); where nodes
# cannot be made, /dev/null itself, only checked to be a device after.
if [ "$(id -u)" = 0 ]; then
    if mknod null-node c 1 3 2>/dev/null && [ -c null-node ]; then
        dev=null-node
    else
        dev=/dev/null
    fi
    "$AG" export json --db s.db -o $dev || fail_later "export -o $dev"
    [ -c $dev ] || fail_later "$dev is no longer a character device"
    [ -s $dev ] && fail_later "$dev holds bytes"
else
    # a plain user may not create a file in /dev: an export that wanted to
    # replace /dev/null by a temporary file and a rename fails there
    "$AG" export json --db s.db -o /dev/null 2>err.txt || fail_later "export -o /dev/null: $(cat err.txt)"
    "$AG" curate --db s.db export -o /dev/null 2>err.txt || fail_later "curate export -o /dev/null: $(cat err.txt)"
    [ -c /dev/null ] || fail_later "/dev/null is no longer a character device"
fi
[ $status = 0 ] && echo "ok: regular files replaced atomically with their mode; FIFO, link, device written in place"
exit $status
