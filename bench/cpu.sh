#!/bin/sh
# cpu.sh RUNS NAME=PROGRAM... -- ARGS... -- CPU seconds (user + system,
# /usr/bin/time) of each PROGRAM run with ARGS, the programs alternated run
# after run (the same minutes for each: on a shared machine CPU time is
# steadier than wall time); prints each one's median and peak memory.
#   sh bench/cpu.sh 7 before=/tmp/old/armsgraph after=build/armsgraph -- \
#       path A00010 A00500 --db /tmp/armsgraph-graph-bench/500k.db
# /usr/bin/time counts in hundredths of a second: time a loop of runs for
# commands shorter than that. Scratch files go to $TMPDIR (or /tmp).
set -eu
runs=$1
shift
progs=""
while [ "$1" != "--" ]; do
    progs="$progs $1"
    shift
done
shift
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ag-cpu.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
i=0
while [ $i -lt "$runs" ]; do
    for p in $progs; do
        /usr/bin/time -f "%U %S %M" -o "$tmp/one" "${p#*=}" "$@" >/dev/null 2>&1 || true
        awk '{ printf "%.3f %d\n", $1 + $2, $3 }' "$tmp/one" >>"$tmp/${p%%=*}"
    done
    i=$((i + 1))
done
for p in $progs; do
    n=${p%%=*}
    printf "%s: median %s s CPU, peak %s KB\n" "$n" \
        "$(cut -d' ' -f1 "$tmp/$n" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')" \
        "$(cut -d' ' -f2 "$tmp/$n" | sort -n | tail -1)"
done
