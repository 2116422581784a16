#!/bin/bash
# badinput-limits.sh ARMSGRAPH SRC BUILD -- an article with more unknown
# names than the per-article bound (1024) is still extracted, up to the
# bound, and the CLI says what was not considered.
set -u
. "$(dirname "$0")/lib/common.bash"
scratch C.UTF-8
python3 - >"$W/names.txt" <<'PY'
w = ['Alder', 'Birch', 'Cedar', 'Dunmore', 'Elm', 'Fenwick', 'Garnet', 'Hollis', 'Ivers',
     'Juniper', 'Kestrel', 'Larch', 'Marlow', 'Norcott', 'Oakley', 'Perrin', 'Quill', 'Rowan',
     'Sable', 'Thorne', 'Upton', 'Vale', 'Wren', 'Yarrow', 'Zeller', 'Ashby', 'Brook', 'Carrow',
     'Delane', 'Eston', 'Farrow', 'Gale', 'Harlow', 'Ingram', 'Jessop', 'Kinley', 'Lowry',
     'Mercer', 'Nash', 'Orwell', 'Pryce', 'Radley', 'Stroud']
names = [a + ' ' + b + ' Ltd' for a in w for b in w if a != b][:1100]
print(' '.join('%s shipped rifles to Russia.' % n for n in names))
PY
"$AG" extract --format json "$W/names.txt" >"$W/out.json" 2>"$W/err.txt"
rc=$?
[ $rc = 0 ] || fail_later "exit $rc"
want="armsgraph: $W/names.txt: warning: 76 unknown names past the per-article bound not considered (limit: docs/limits.md)"
[ "$(cat "$W/err.txt")" = "$want" ] || fail_later "message: $(cat "$W/err.txt")"
n=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["edges"]))' "$W/out.json")
[ "$n" = 1024 ] || fail_later "$n edges, want 1024"
[ $status = 0 ] && echo "ok: 1024 names kept, 76 named in a warning"
exit $status
