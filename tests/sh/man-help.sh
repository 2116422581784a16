#!/bin/bash
# man-help.sh ARMSGRAPH SRC BUILD -- the man page is kept in step with the
# program's help: docs/armsgraph.1 must be exactly what tools/gen-man.sh
# makes from `armsgraph help` now; it must render without warnings; and the
# commands and long options of `armsgraph help` and `help COMMAND` must all
# appear in the rendered page (and the page must list no other command).
set -u
ag=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0

sh "$src/tools/gen-man.sh" "$ag" >"$work/armsgraph.1" || { echo "FAIL: gen-man.sh"; exit 1; }
if ! diff -u "$src/docs/armsgraph.1" "$work/armsgraph.1"; then
    echo "FAIL: docs/armsgraph.1 is out of step with --help; run tools/gen-man.sh build/armsgraph > docs/armsgraph.1"
    status=1
fi

sh "$src/tools/gen-cli-md.sh" "$ag" >"$work/cli.md" || { echo "FAIL: gen-cli-md.sh"; exit 1; }
if ! diff -u "$src/docs/cli.md" "$work/cli.md"; then
    echo "FAIL: docs/cli.md is out of step with --help; run tools/gen-cli-md.sh build/armsgraph > docs/cli.md"
    status=1
fi

if command -v groff >/dev/null 2>&1; then
    warn=$(groff -man -ww -z "$src/docs/armsgraph.1" 2>&1)
    [ -z "$warn" ] || { echo "FAIL: groff warnings: $warn"; status=1; }
    MANWIDTH=100 groff -man -Tutf8 -P -cbou "$src/docs/armsgraph.1" 2>/dev/null | sed 's/\xe2\x80\x90/-/g' >"$work/page.txt"
else
    echo "skip: groff is not installed"
    exit 77
fi
[ -s "$work/page.txt" ] || { echo "FAIL: the page renders empty"; status=1; }

cmds=$("$ag" help | sed -n '/^Commands:/,/^$/p' | awk 'NF >= 2 && $1 != "Commands:" {print $1}')
[ -n "$cmds" ] || { echo "FAIL: no commands in 'armsgraph help'"; exit 1; }
for c in $cmds; do
    grep -q "^   $c\$" "$work/page.txt" || { echo "FAIL: command $c has no section in the page"; status=1; }
    for opt in $("$ag" help "$c" | grep -oE -- '--[a-z][a-z-]*' | sort -u); do
        grep -qF -- "$opt" "$work/page.txt" || { echo "FAIL: $c option $opt missing from the page"; status=1; }
    done
done
# and no section for a command the program does not have
for s in $(grep '^\.SS ' "$src/docs/armsgraph.1" | awk '{print $2}'); do
    echo "$cmds" | grep -qx "$s" || { echo "FAIL: the page documents '$s', which is not a command"; status=1; }
done
# the export formats in the top-level help and the page (issue 15, point 14)
for f in graphml neo4j csv; do
    "$ag" help | grep -qi "$f" || { echo "FAIL: 'armsgraph help' does not name the $f export"; status=1; }
    grep -qi "$f" "$work/page.txt" || { echo "FAIL: the page does not name the $f export"; status=1; }
done
# the tables are not coloured, so nothing may promise that NO_COLOR does
# something (the progress bar's line clearing is not colour)
if grep -rl --exclude=issue-audit.md NO_COLOR "$src/docs" "$src/README.md" "$src/completion" "$src/cli" 2>/dev/null; then
    echo "FAIL: NO_COLOR is documented or read, but nothing is coloured"
    status=1
fi
[ $status = 0 ] && echo "ok: man page in step with help ($(echo $cmds | wc -w) commands)"
exit $status
