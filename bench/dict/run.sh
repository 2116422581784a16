#!/bin/sh
# run.sh [ENTRIES] -- times loading a user dictionary of ENTRIES (default
# 200000) generated actors into the armsgraph in build/ (or $BUILD): each
# entry has an id, a name and two aliases, some officials of a state. Prints
# the seconds that `extract --dict` takes with and without the dictionary,
# and their difference: the cost of loading it (issue 15, point 9: well
# under a second for 200,000 entries).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
build=${BUILD:-$src/build}
n=${1:-200000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
python3 - "$n" >"$tmp/dict.json" <<'PY'
import sys
n = int(sys.argv[1])
out = sys.stdout
out.write("[\n")
for i in range(n):
    # syllables make names of real words, not numbers, for the tokenizer
    s = "".join("bdfgklmnprstvz"[(i // 14 ** k) % 14] + "aeiou"[(i // 7 ** k) % 5] for k in range(5))
    sep = ",\n" if i + 1 < n else "\n"
    if i % 10 == 9:
        out.write('{"actor": "P%07d", "kind": "person", "name": "%s Official", '
                  '"role": "official", "state": "S%07d"}%s' % (i, s.capitalize(), i - 1, sep))
    elif i % 10 == 8:
        out.write('{"actor": "S%07d", "kind": "state", "name": "%sland", '
                  '"aliases": ["%sia"], "demonyms": ["%sian"]}%s' % (i, s.capitalize(), s.capitalize(), s.capitalize(), sep))
    else:
        out.write('{"actor": "O%07d", "kind": "organization", "name": "%s Holdings", '
                  '"aliases": ["%s Group", "%s Ltd"]}%s' % (i, s.capitalize(), s.capitalize(), s.capitalize(), sep))
out.write("]\n")
PY
printf 'Test article\n\nNothing happens here.\n' >"$tmp/a.txt"
# best of three runs each: wall time and CPU time (user + system), which
# a busy machine inflates less
python3 - "$build/armsgraph" "$tmp" "$n" <<'PY'
import resource, subprocess, sys, time
exe, tmp, n = sys.argv[1:4]
def best(args):
    w = c = None
    for _ in range(3):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.monotonic()
        subprocess.run(args, stdout=subprocess.DEVNULL, check=True)
        t = time.monotonic() - t0
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
        w = t if w is None else min(w, t)
        c = cpu if c is None else min(c, cpu)
    return w, c
w0, c0 = best([exe, "extract", tmp + "/a.txt"])
w1, c1 = best([exe, "extract", "--dict", tmp + "/dict.json", tmp + "/a.txt"])
print("entries %s: extract without --dict %.3f s (cpu %.3f s), with %.3f s (cpu %.3f s)"
      % (n, w0, c0, w1, c1))
print("loading the dictionary: %.3f s wall, %.3f s cpu" % (w1 - w0, c1 - c0))
PY
