#!/bin/sh
# run-demo.sh ARMSGRAPH OUTDIR -- the main job of the README on examples/:
# ingest the example articles, ask a path and a centrality question, and
# write DOT, SVG and GEXF files. When ../shared/seeds is beside the repo, the
# seeds' graph is rendered too (examples/seeds.svg).
set -eu
AG=$1
OUT=$2
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$OUT"
rm -f "$OUT/examples.db" "$OUT/examples.db-wal" "$OUT/examples.db-shm"
db="$OUT/examples.db"

step() { printf '\n$ armsgraph %s\n' "$*"; }

step ingest "$here/articles"
"$AG" ingest --db "$db" "$here/articles"
step stats
"$AG" stats --db "$db"
step path Iran Ukraine
"$AG" path --db "$db" Iran Ukraine || true
step central --measure pagerank --top 8
"$AG" central --db "$db" --measure pagerank --top 8
step export dot -o "$OUT/examples.dot"
"$AG" export dot --db "$db" -o "$OUT/examples.dot"
step export dot --render svg -o "$OUT/examples.svg"
"$AG" export dot --db "$db" --render svg -o "$OUT/examples.svg"
cp "$OUT/examples.svg" "$here/examples.svg"
step export gexf -o "$OUT/examples.gexf"
"$AG" export gexf --db "$db" -o "$OUT/examples.gexf"

seeds="$here/../../shared/seeds"
if [ -d "$seeds" ]; then
    sdb="$OUT/seeds.db"
    rm -f "$sdb" "$sdb-wal" "$sdb-shm"
    step ingest --date 2024-01-04 ../shared/seeds
    "$AG" ingest --db "$sdb" --date 2024-01-04 "$seeds"
    step path Iran Ukraine "(seeds)"
    "$AG" path --db "$sdb" Iran Ukraine || true
    "$AG" export dot --db "$sdb" --render svg -o "$OUT/seeds.svg"
    "$AG" export gexf --db "$sdb" -o "$OUT/seeds.gexf"
    cp "$OUT/seeds.svg" "$here/seeds.svg"
fi
printf '\nWritten: %s\n' "$(cd "$OUT" && ls | tr '\n' ' ')"
