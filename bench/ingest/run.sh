#!/bin/sh
# run.sh [MEGABYTES] -- `armsgraph ingest` against `armsgraph extract
# --jsonl` (issue 13): both whole commands on the same corpus of MEGABYTES
# (default 10) of our own synthetic articles (bench/extract/gen.py, kept in
# /tmp between runs), runs interleaved, each ingest into a fresh store in
# $BENCH_DIR. Prints the median wall-clock and CPU (user + system) seconds
# and MB/s of article text of each, and ingest's throughput as a share of
# extract's. The program is build/armsgraph (or $AG); $AG_BEFORE also times
# an older binary's ingest in the same run (several, separated by spaces:
# each is named by its path).
#   BENCH_RUNS=5                        runs of each command
#   BENCH_DIR=/tmp/armsgraph-ingest-bench   the stores
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
ag=${AG:-$src/build/armsgraph}
mb=${1:-10}
corpus=${CORPUS:-/tmp/armsgraph-bench-$mb.jsonl}
dir=${BENCH_DIR:-/tmp/armsgraph-ingest-bench}
[ -f "$corpus" ] || python3 "$src/bench/extract/gen.py" "$corpus" "$mb" >/dev/null
mkdir -p "$dir"
export ARMSGRAPH_DATA="${ARMSGRAPH_DATA:-$src/data}"
python3 - "$ag" "${AG_BEFORE:-}" "$corpus" "$mb" "$dir" "${BENCH_RUNS:-5}" <<'PY'
import os, resource, statistics, subprocess, sys, time
ag, before, corpus, mb, d, runs = sys.argv[1:7]
mb, runs = float(mb), int(runs)

def timed(argv):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    with open(os.devnull, "wb") as out:
        subprocess.run(argv, stdout=out, check=True)
    t = time.monotonic() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return t, r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime

def ingest(binary):
    db = os.path.join(d, "ingest.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    return timed([binary, "ingest", "--quiet", "--db", db, corpus])

cmds = [("extract --jsonl", lambda: timed([ag, "extract", "--jsonl", corpus])),
        ("ingest", lambda: ingest(ag))]
olders = before.split()
for b in olders:
    name = "ingest (before)" if len(olders) == 1 else "ingest " + b
    cmds.append((name, lambda b=b: ingest(b)))
res = {name: [] for name, _ in cmds}
for _ in range(runs):
    for name, run in cmds:
        res[name].append(run())
print(f"{mb:g} MB of article text; medians of {runs} interleaved runs")
med = {}
for name, _ in cmds:
    w = statistics.median(t for t, _ in res[name])
    c = statistics.median(c for _, c in res[name])
    med[name] = (w, c)
    print(f"{name:16s} wall {w:6.2f} s {mb / w:6.1f} MB/s   cpu {c:6.2f} s {mb / c:6.1f} MB/s")
ew, ec = med["extract --jsonl"]
for name in med:
    if name.startswith("ingest"):
        w, c = med[name]
        print(f"{name} / extract --jsonl throughput: wall {ew / w:.0%}, cpu {ec / c:.0%}")
PY
