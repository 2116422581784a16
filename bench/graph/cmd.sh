#!/bin/sh
# cmd.sh [BUILD_DIR] -- whole commands (issue 13): times `armsgraph central
# --measure pagerank --top 10`, `path FROM TO` and `neighbors X` against the
# same answers computed by py_cmd.py with NetworkX and with python-igraph
# (each opens the same store, loads, computes, prints), on two stores:
# 20,000 actors / 200,000 edges / 500,000 mentions and 80,000 / 800,000 /
# 2,000,000 (gen.py, then `armsgraph ingest --edges`, kept in $BENCH_DIR).
# Runs are interleaved (armsgraph, networkx, igraph, again ...); prints the
# median wall time of each, the peak memory (/usr/bin/time), the ratios,
# and how the 2M store's cost compares with the 500k one.
#
# The first `central` of the armsgraph under test on a store writes the
# store's graph snapshot (graph/snapshot.c), the later ones read it: the
# median is of those. ARMSGRAPH_GRAPH_SNAPSHOT=0 in the environment times
# the load from the tables instead.
#
# Needs: python3-networkx; python3-igraph (Debian: apt-get install
# python3-networkx python3-igraph). Not a test dependency.
#   BENCH_DIR=/tmp/armsgraph-graph-bench   data and results
#   BENCH_RUNS=5        runs of each armsgraph command
#   BENCH_PY_RUNS=3     runs of each Python script (they take seconds each)
#   BENCH_SIZES="500k 2m"
#   AG_BEFORE=PATH      also time an older armsgraph binary (before/after),
#                       on its own copy of each store, NAME.before.db,
#                       ingested by that binary when missing (a binary of
#                       schema 3 cannot read the schema 4 store; a copy of a
#                       schema 3 store made before the new binary opened it,
#                       which migrates it, serves too)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$(cd "$HERE/../.." && pwd)
BUILD=$(cd "${1:-$SRC/build}" && pwd)
DIR=${BENCH_DIR:-/tmp/armsgraph-graph-bench}
RUNS=${BENCH_RUNS:-5}
PYRUNS=${BENCH_PY_RUNS:-3}
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
AG="$BUILD/armsgraph"
# one thread for igraph in both (armsgraph sets it itself; see query.c)
export OMP_NUM_THREADS=1
mkdir -p "$DIR"
cd "$DIR"

store() { # NAME GEN-ARGS...
    name=$1
    shift
    [ -f "$name.jsonl" ] || "$PY" "$HERE/gen.py" "$name.jsonl" "$@"
    if [ ! -f "$name.db" ]; then
        echo "ingesting $name.db (minutes)" >&2
        rm -f "$name.tmp.db" "$name.tmp.db-wal" "$name.tmp.db-shm"
        "$AG" ingest --db "$name.tmp.db" --quiet --edges "$name.jsonl"
        mv "$name.tmp.db" "$name.db"
    fi
    if [ -n "${AG_BEFORE:-}" ] && [ ! -f "$name.before.db" ]; then
        echo "ingesting $name.before.db with $AG_BEFORE (minutes)" >&2
        rm -f "$name.tmp.db" "$name.tmp.db-wal" "$name.tmp.db-shm"
        "$AG_BEFORE" ingest --db "$name.tmp.db" --quiet --edges "$name.jsonl"
        mv "$name.tmp.db" "$name.before.db"
    fi
}

# one timed run: "SECONDS KB" appended to FILE
timed() { # FILE CMD...
    f=$1
    shift
    /usr/bin/time -f "%e %M %U %S" -o "$f.one" "$@" >"$f.stdout" 2>/dev/null || true
    cat "$f.one" >>"$f"
}
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR) print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
col() { # FILE N: column N (1 wall s, 2 peak KB; 5: CPU s, user + system)
    awk -v c="$2" '{ $5 = $3 + $4; print $c }' "$1"
}
peak() { col "$1" 2 | sort -n | tail -1; }

bench() { # SIZE LABEL ARGS...  (ARGS after the store)
    size=$1 label=$2
    shift 2
    rm -f "t.$size.$label".*
    i=0
    while [ $i -lt "$RUNS" ]; do
        timed "t.$size.$label.ag" "$AG" "$@" --db "$size.db"
        [ -n "${AG_BEFORE:-}" ] && timed "t.$size.$label.before" "$AG_BEFORE" "$@" --db "$size.before.db"
        if [ $i -lt "$PYRUNS" ]; then
            timed "t.$size.$label.nx" "$PY" "$HERE/py_cmd.py" networkx "$size.db" $PYCMD
            timed "t.$size.$label.ig" "$PY" "$HERE/py_cmd.py" igraph "$size.db" $PYCMD
        fi
        i=$((i + 1))
    done
}

row() { # SIZE LABEL COLUMN (1 wall, 5 CPU)
    a=$(col "t.$1.$2.ag" "$3" | median)
    n=$(col "t.$1.$2.nx" "$3" | median)
    g=$(col "t.$1.$2.ig" "$3" | median)
    b=-
    [ -f "t.$1.$2.before" ] && b=$(col "t.$1.$2.before" "$3" | median)
    awk -v s="$1" -v l="$2" -v a="$a" -v n="$n" -v g="$g" -v b="$b" \
        -v ma="$(peak "t.$1.$2.ag")" -v mn="$(peak "t.$1.$2.nx")" -v mg="$(peak "t.$1.$2.ig")" \
        'BEGIN { printf "%-5s %-10s %8s %8.2f %8.2f %8.2f %7.1fx %7.1fx %8d %8d %8d\n",
                 s, l, b, a, n, g, n / a, g / a, ma / 1024, mn / 1024, mg / 1024 }'
}

FROM=A00010
TO=A00500
SIZES=${BENCH_SIZES:-500k 2m}
for size in $SIZES; do
    case $size in
    500k) store 500k ;;
    2m) store 2m --actors 80000 --edges 800000 --mentions 2000000 ;;
    *) echo "unknown size $size" >&2; exit 2 ;;
    esac
    echo "timing $size" >&2
    PYCMD=central bench "$size" central central --measure pagerank --top 10
    PYCMD="path $FROM $TO" bench "$size" path path $FROM $TO
    PYCMD="neighbors $TO" bench "$size" neighbors neighbors $TO
done
for what in "1 wall" "5 CPU (user + system)"; do
    echo "median ${what#* } seconds of whole commands ($RUNS runs; Python $PYRUNS); peak MB"
    printf "%-5s %-10s %8s %8s %8s %8s %8s %8s %8s %8s %8s\n" store command before armsgraph \
        networkx igraph "nx/ag" "ig/ag" "MB ag" "MB nx" "MB ig"
    for size in $SIZES; do
        for c in central path neighbors; do
            row "$size" $c "${what%% *}"
        done
    done
done
# the 2M store against the 500k one, when both were timed (times of
# /usr/bin/time are hundredths: a median of 0.00 gives no ratio, "-")
case " $SIZES " in *" 500k "*) case " $SIZES " in *" 2m "*)
    for c in central path neighbors; do
        awk -v c=$c -v a="$(col t.500k.$c.ag 1 | median)" -v b="$(col t.2m.$c.ag 1 | median)" \
            -v ca="$(col t.500k.$c.ag 5 | median)" -v cb="$(col t.2m.$c.ag 5 | median)" \
            'function r(x, y) { return y > 0 ? sprintf("%.2fx", x / y) : "-" }
             BEGIN { printf "%s: the 2M store costs %s the 500k one (CPU %s)\n", c, r(b, a), r(cb, ca) }'
    done ;;
    esac ;;
esac
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
