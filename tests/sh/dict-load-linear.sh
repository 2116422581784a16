#!/bin/bash
# dict-load-linear.sh ARMSGRAPH SRC BUILD -- a user dictionary of 100,000
# actors loads in a few CPU seconds (it took minutes when each entry looked
# up its id among all the actors before it), and its last actor is found
# by an alias.
set -u
. "$(dirname "$0")/lib/common.bash"
scratch C.UTF-8
python3 - >"$W/dict.json" <<'PY'
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
echo 'Quorvane Group shipped rifles to Russia on 3 March 2024.' >"$W/a.txt"
# a CPU limit far above the linear time (about a second, more under a
# sanitizer) and far below the quadratic one
(ulimit -t 60; exec "$AG" extract --format json --dict "$W/dict.json" "$W/a.txt") \
    >"$W/out.json" 2>"$W/err.txt"
rc=$?
[ $rc = 0 ] || fail_later "exit $rc: $(cat "$W/err.txt")"
grep -q '"OLAST"' "$W/out.json" || fail_later "the last actor was not found: $(cat "$W/out.json")"
[ $status = 0 ] && echo "ok: 100,000 dictionary entries loaded, the last one found"
exit $status
