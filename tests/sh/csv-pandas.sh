#!/bin/bash
# csv-pandas.sh ARMSGRAPH SRC BUILD -- the CSV output read by pandas
# (Debian's python3-pandas, read_csv with no options): `export csv DIR`
# writes nodes.csv, edges.csv and mentions.csv whose row counts equal the
# nodes, edges and mentions of `export json`, with counts read as integers,
# confidence as floats, dates parseable and every id of edges.csv and
# mentions.csv among the nodes; `--format csv` of entities, edges, central,
# stats and show FROM TO reads back with the rows of their JSON output.
# Every file has a header row and CRLF line ends (RFC 4180). Run on the
# fixture (a name with quotes) and on the store of examples/.
set -u
# shellcheck source=lib/common.bash
. "$(dirname "$0")/lib/common.bash"
scratch C.UTF-8
python_with pandas || fail "python3-pandas is not installed (./build.sh deps installs it)"
fixture_stores
for s in f ex; do
    db=$W/$s.db o=$W/$s
    mkdir -p "$o"
    "$AG" export csv "$o/csv" --db "$db" || fail "export csv ($s)"
    "$AG" export json --db "$db" -o "$o/g.json" || fail "export json ($s)"
    for cmd in entities edges stats; do
        "$AG" $cmd --db "$db" --format csv >"$o/$cmd.csv" || fail "$cmd --format csv ($s)"
        "$AG" $cmd --db "$db" --format json >"$o/$cmd.json" || fail "$cmd --format json ($s)"
    done
    "$AG" central --db "$db" --top 0 --format csv >"$o/central.csv" || fail "central ($s)"
    "$AG" show --db "$db" Russia Ukraine --format csv >"$o/show.csv" || fail "show ($s)"
    "$AG" show --db "$db" Russia Ukraine --format json >"$o/show.json" || fail "show ($s)"
    "$PY" - "$o" <<'PY' || fail "pandas reads the CSV wrongly ($s)"
import json, sys, warnings
import pandas as pd
warnings.simplefilter("ignore")
o = sys.argv[1]
bad = []
g = json.load(open(o + "/g.json", encoding="utf-8"))
for name in ("csv/nodes.csv", "csv/edges.csv", "csv/mentions.csv", "entities.csv", "edges.csv",
             "stats.csv", "central.csv", "show.csv"):
    raw = open(o + "/" + name, "rb").read()
    if not raw.endswith(b"\r\n") or b"\n" in raw.split(b"\r\n")[0]:
        bad.append("%s: lines do not end in CRLF" % name)
    raw.decode("utf-8")
nodes = pd.read_csv(o + "/csv/nodes.csv")
edges = pd.read_csv(o + "/csv/edges.csv")
ments = pd.read_csv(o + "/csv/mentions.csv")
nm = sum(e["mentions"] for e in g["edges"])
if (len(nodes), len(edges), len(ments)) != (len(g["nodes"]), len(g["edges"]), nm):
    bad.append("rows %r, expected %r" % ((len(nodes), len(edges), len(ments)),
                                         (len(g["nodes"]), len(g["edges"]), nm)))
if list(nodes["id"]) != [n["id"] for n in g["nodes"]]:
    bad.append("node ids %r" % list(nodes["id"])[:4])
if [n if isinstance(n, str) else None for n in nodes["state"]] != [n["state"] for n in g["nodes"]]:
    bad.append("node states differ")
for col in ("mentions", "articles"):
    if str(edges[col].dtype) != "int64": bad.append("edges.%s is %s" % (col, edges[col].dtype))
    if list(edges[col]) != [e[col] for e in g["edges"]]: bad.append("edges.%s values" % col)
if str(edges["confidence"].dtype) != "float64": bad.append("edges.confidence %s" % edges["confidence"].dtype)
if str(nodes["edges"].dtype) != "int64": bad.append("nodes.edges %s" % nodes["edges"].dtype)
if str(ments["confidence"].dtype) != "float64": bad.append("mentions.confidence")
if str(ments["mention"].dtype) != "int64": bad.append("mentions.mention %s" % ments["mention"].dtype)
if ments["sentence"].isna().any(): bad.append("a mention without its sentence")
pd.to_datetime(edges["first"].dropna(), format="%Y-%m-%d")
pd.to_datetime(ments["date"].dropna(), format="%Y-%m-%d")
ids = set(nodes["id"])
if not set(edges["source"]) | set(edges["target"]) <= ids: bad.append("edges name unknown nodes")
if not set(ments["source"]) | set(ments["target"]) <= ids: bad.append("mentions name unknown nodes")
if not set(ments["edge"]) <= set(edges["id"]): bad.append("mentions name unknown edges")
want_s = sorted(m["sentence"] for e in g["edges"] for m in e["evidence"])
if sorted(ments["sentence"]) != want_s: bad.append("sentences differ from the JSON export")
urls = [" ".join(e["urls"]) or None for e in g["edges"]]
if [u if isinstance(u, str) else None for u in edges["urls"]] != urls: bad.append("edge urls")
# --format csv of the table commands
ent = pd.read_csv(o + "/entities.csv")
if len(ent) != len(json.load(open(o + "/entities.json"))["entities"]): bad.append("entities rows")
if str(ent["mentions"].dtype) != "int64": bad.append("entities.mentions %s" % ent["mentions"].dtype)
ed = pd.read_csv(o + "/edges.csv")
if len(ed) != len(json.load(open(o + "/edges.json"))["edges"]): bad.append("edges rows")
st = pd.read_csv(o + "/stats.csv")
sj = json.load(open(o + "/stats.json"))
if int(st[st["type"] == "total"]["edges"].iloc[0]) != sj["edges"]["total"]: bad.append("stats")
ce = pd.read_csv(o + "/central.csv")
if len(ce) != len(g["nodes"]) or str(ce["pagerank"].dtype) != "float64": bad.append("central")
sh = pd.read_csv(o + "/show.csv")
want = sum(len(e["mentions"]) for e in json.load(open(o + "/show.json"))["edges"])
if len(sh) != want or str(sh["confidence"].dtype) != "float64": bad.append("show rows %d/%d" % (len(sh), want))
for b in bad: print("FAIL:", b)
if bad: sys.exit(1)
print("ok: %d nodes, %d edges, %d mentions" % (len(nodes), len(edges), len(ments)))
PY
done
# a folder that cannot be made is an error, not a silent nothing
"$AG" export csv "$W/no/such/dir" --db "$W/f.db" 2>/dev/null && fail "export csv into a missing parent"
echo ok
