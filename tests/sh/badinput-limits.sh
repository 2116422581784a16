#!/bin/bash
# badinput-limits.sh ARMSGRAPH SRC BUILD -- an article with more unknown
# names than the per-article bound (1024) is still extracted, up to the
# bound, and the CLI says what was not considered.
set -u
ag=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ARMSGRAPH_DATA="$src/data"
python3 - >"$work/names.txt" <<'PY'
w = ['Alder', 'Birch', 'Cedar', 'Dunmore', 'Elm', 'Fenwick', 'Garnet', 'Hollis', 'Ivers',
     'Juniper', 'Kestrel', 'Larch', 'Marlow', 'Norcott', 'Oakley', 'Perrin', 'Quill', 'Rowan',
     'Sable', 'Thorne', 'Upton', 'Vale', 'Wren', 'Yarrow', 'Zeller', 'Ashby', 'Brook', 'Carrow',
     'Delane', 'Eston', 'Farrow', 'Gale', 'Harlow', 'Ingram', 'Jessop', 'Kinley', 'Lowry',
     'Mercer', 'Nash', 'Orwell', 'Pryce', 'Radley', 'Stroud']
names = [a + ' ' + b + ' Ltd' for a in w for b in w if a != b][:1100]
print(' '.join('%s shipped rifles to Russia.' % n for n in names))
PY
"$ag" extract --format json "$work/names.txt" >"$work/out.json" 2>"$work/err.txt"
rc=$?
status=0
[ $rc = 0 ] || { echo "FAIL: exit $rc"; status=1; }
want="armsgraph: $work/names.txt: warning: 76 unknown names past the per-article bound not considered (limit: docs/limits.md)"
[ "$(cat "$work/err.txt")" = "$want" ] || { echo "FAIL: message: $(cat "$work/err.txt")"; status=1; }
n=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["edges"]))' "$work/out.json")
[ "$n" = 1024 ] || { echo "FAIL: $n edges, want 1024"; status=1; }
[ $status = 0 ] && echo "ok: 1024 names kept, 76 named in a warning"
exit $status
