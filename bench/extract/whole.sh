#!/bin/sh
# whole.sh [MEGABYTES] -- the whole `armsgraph extract --jsonl` command
# (read, parse, extract, write JSON) on a corpus of MEGABYTES (default 30)
# of our own synthetic articles from gen.py, kept in /tmp between runs. Best
# of 3 runs, printed as wall-clock and CPU (user + system) seconds and MB/s
# of article text; on a busy machine the CPU figure is the steadier one.
# The program is build/armsgraph (or $AG).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
ag=${AG:-$src/build/armsgraph}
mb=${1:-30}
corpus=${CORPUS:-/tmp/armsgraph-bench-$mb.jsonl}
[ -f "$corpus" ] || python3 "$here/gen.py" "$corpus" "$mb" >/dev/null
export ARMSGRAPH_DATA="${ARMSGRAPH_DATA:-$src/data}"
python3 - "$ag" "$corpus" "$mb" <<'PY'
import os, resource, subprocess, sys, time
ag, corpus, mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
wall, cpu = [], []
for _ in range(3):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    with open(os.devnull, "wb") as out:
        subprocess.run([ag, "extract", "--jsonl", corpus], stdout=out, check=True)
    wall.append(time.monotonic() - t0)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
w, c = min(wall), min(cpu)
print(f"extract --jsonl: {mb:g} MB of article text, best of 3: "
      f"wall {w:.2f} s ({mb / w:.1f} MB/s), cpu {c:.2f} s ({mb / c:.1f} MB/s)")
PY
