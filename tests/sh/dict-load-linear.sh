#!/bin/bash
# dict-load-linear.sh ARMSGRAPH SRC BUILD -- a user dictionary of 100,000
# actors loads in a few CPU seconds (it took minutes when each entry looked
# up its id among all the actors before it), and its last actor is found
# by an alias.
set -u
ag=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ARMSGRAPH_DATA="$src/data"
python3 - >"$work/dict.json" <<'PY'
n = 100000
rows = []
for i in range(n):
    s = "".join("bdfgklmnprstvz"[(i // 14 ** k) % 14] + "aeiou"[(i // 7 ** k) % 5] for k in range(5)).capitalize()
    if i % 10 == 9:
        rows.append('{"actor": "P%06d", "kind": "person", "name": "%s Official", "role": "official", "state": "S%06d"}' % (i, s, i - 1))
    elif i % 10 == 8:
        rows.append('{"actor": "S%06d", "kind": "state", "name": "%sland"}' % (i, s))
    else:
        rows.append('{"actor": "O%06d", "kind": "organization", "name": "%s Holdings", "aliases": ["%s Group"]}' % (i, s, s))
rows.append('{"actor": "OLAST", "kind": "organization", "name": "Quorvane Holdings", "aliases": ["Quorvane Group"]}')
print("[\n" + ",\n".join(rows) + "\n]")
PY
echo 'Quorvane Group shipped rifles to Russia on 3 March 2024.' >"$work/a.txt"
status=0
# a CPU limit far above the linear time (about a second, more under a
# sanitizer) and far below the quadratic one
(ulimit -t 60; exec "$ag" extract --format json --dict "$work/dict.json" "$work/a.txt") \
    >"$work/out.json" 2>"$work/err.txt"
rc=$?
[ $rc = 0 ] || { echo "FAIL: exit $rc: $(cat "$work/err.txt")"; status=1; }
grep -q '"OLAST"' "$work/out.json" || { echo "FAIL: the last actor was not found"; cat "$work/out.json"; status=1; }
[ $status = 0 ] && echo "ok: 100,000 dictionary entries loaded, the last one found"
exit $status
