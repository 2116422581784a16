#!/bin/bash
# examples-readme.sh ARMSGRAPH SRC BUILD -- examples/README.md shows real
# output: every fenced block that starts with "$ armsgraph ..." is run, in
# order, from the repository root against a fresh store, and what it prints
# must be exactly what the README shows below the command.
# AG_UPDATE_GOLDEN=1 rewrites the shown output from the real one.
set -u
ag=$1 src=$2
command -v python3 >/dev/null 2>&1 || { echo "skip: python3 is not installed"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ARMSGRAPH_DB=$work/armsgraph.db ARMSGRAPH_NOW=2026-01-01T00:00:00Z NO_COLOR=1 LC_ALL=C.UTF-8
cd "$src" || exit 1
python3 - "$ag" "$src/examples/README.md" "$work" <<'PY'
import os, re, shlex, subprocess, sys
ag, readme, work = sys.argv[1:4]
text = open(readme, encoding="utf-8").read()
blocks = list(re.finditer(r"```console\n(\$ armsgraph [^\n]*)\n(.*?)```", text, re.S))
if not blocks:
    print("FAIL: no '$ armsgraph' blocks in examples/README.md"); sys.exit(1)
update = os.environ.get("AG_UPDATE_GOLDEN") == "1"
out, pos, bad = [], 0, 0
for m in blocks:
    cmd = m.group(1)[2:]
    args = shlex.split(cmd)[1:]
    args = [a.replace("out/", work + "/") if a.startswith("out/") else a for a in args]
    p = subprocess.run([ag] + args, capture_output=True, text=True)
    got = p.stdout + p.stderr
    got = got.replace(work + "/", "out/").replace(work, "out")
    if got and not got.endswith("\n"):
        got += "\n"
    if got != m.group(2):
        bad += 1
        print("FAIL: output of '%s' differs from examples/README.md:" % cmd)
        import difflib
        sys.stdout.writelines(difflib.unified_diff(m.group(2).splitlines(True), got.splitlines(True), "README", "real"))
    out.append(text[pos:m.start(2)]); out.append(got); pos = m.end(2)
out.append(text[pos:])
if update:
    open(readme, "w", encoding="utf-8").write("".join(out)); print("updated"); sys.exit(0)
if bad:
    sys.exit(1)
print("ok: %d commands give the output shown" % len(blocks))
PY
