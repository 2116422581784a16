#!/bin/bash
# badinput-fuzz-regressions.sh ARMSGRAPH SRC_DIR BUILD_DIR -- every input the
# fuzzers once crashed on (tests/fuzz/corpus/TARGET/regress-*) goes through
# the program, in the plain build and in the sanitizer build (where the
# fuzz-short test does not run): the command must end with exit 0 or 1 and a
# message, never with a signal or a sanitizer report. For extract inputs,
# every alias the extraction reports must be text of the article (a surface
# form read at the wrong offsets is a memory bug seen from outside) and every
# edge date a calendar date.
set -u
. "$(dirname "$0")/lib/common.bash" "$@"

need python3
scratch C
status=0
n=0

# [IN=FILE] check NAME ARGS... -- runs armsgraph (stdin from IN), fails on a
# crash or a sanitizer report
check() {
    local name=$1 rc
    shift
    "$AG" "$@" >"$W/out" 2>"$W/err" <"${IN:-/dev/null}"
    rc=$?
    if [ "$rc" -gt 1 ] || grep -Eq 'Sanitizer|runtime error|LeakSanitizer' "$W/err"; then
        echo "FAIL: $name: exit $rc"
        head -20 "$W/err"
        status=1
        return 1
    fi
    return 0
}

for f in "$SRC"/tests/fuzz/corpus/*/regress-*; do
    [ -f "$f" ] || continue
    target=$(basename "$(dirname "$f")")
    name="$target/$(basename "$f")"
    n=$((n + 1))
    case $target in
    article)
        check "$name" extract "$f" || continue
        ;;
    extract)
        check "$name" extract --format json "$f" || continue
        if [ -s "$W/out" ]; then
            python3 - "$f" "$W/out" <<'EOF' || { echo "FAIL: $name: bad extraction"; status=1; continue; }
import json, sys
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
norm = " ".join(text.split())
import datetime
doc = json.load(open(sys.argv[2]))
for e in doc["entities"]:
    for a in e.get("aliases") or []:
        if a not in text and a not in norm:
            print("alias %r of %r is not in the article" % (a, e["id"]))
            sys.exit(1)
for e in doc["edges"]:
    if e.get("date"):
        try:
            datetime.date.fromisoformat(e["date"])
        except ValueError:
            print("edge date %r is not a calendar date" % e["date"])
            sys.exit(1)
EOF
        fi
        ;;
    jsonl)
        IN=$f check "$name" ingest --jsonl --db "$W/s.db" - || continue
        ;;
    dict)
        printf 'Iran supplied Russia with drones.\n' >"$W/a.txt"
        check "$name" extract --dict "$f" "$W/a.txt" || continue
        ;;
    esac
    echo "ok: $name"
done
[ "$n" -gt 0 ] || { echo "skip: no regression inputs"; exit 77; }
exit $status
