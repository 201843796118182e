#!/usr/bin/env bash
# cluster_bench.sh — community detection and betweenness of `awardgraph`
# against igraph (and optionally networkx) on the same graphs.
#
# 1. A planted-partition graph (default 20,000 nodes in 20 groups, about
#    230,000 edges, fixed seed) as a CSV edge list: the wall time of the whole
#    `awardgraph clusters --edges FILE` process (reading the CSV, building the
#    graph, Louvain or Leiden, modularity, writing JSON) against igraph's
#    in-process community_multilevel / community_leiden call on the same
#    graph (graph building not timed), with each result's modularity.
# 2. Betweenness on a smaller planted graph (default 2,000 nodes): the whole
#    `awardgraph centrality --measure betweenness --edges FILE` process
#    against igraph's in-process Graph.betweenness().
# 3. Betweenness on the seed articles' organisations network, whole process.
# Every timing is the best wall time of --repeat runs, with that run's CPU
# time (user + system; for igraph, Python's process_time around the call);
# ratios compare runs of the same invocation of this script.
#
# Usage: bench/cluster_bench.sh [--nodes N] [--groups K] [--small N] [--repeat R]
#                               [--networkx] [--build DIR]
#   --networkx   also time networkx's louvain_communities (slow)
#   --build DIR  build dir holding cli/awardgraph (default: build-bench; the
#                awardgraph target is built first)
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
nodes=20000
groups=20
small=2000
repeat=3
networkx=0
build="$repo/build-bench"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --nodes) nodes=$2; shift 2 ;;
    --groups) groups=$2; shift 2 ;;
    --small) small=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    --networkx) networkx=1; shift ;;
    --build) build=$2; shift 2 ;;
    *) echo "usage: $0 [--nodes N] [--groups K] [--small N] [--repeat R] [--networkx] [--build DIR]" >&2
       exit 2 ;;
  esac
done
python=/usr/bin/python3
"$python" -c 'import igraph' || { echo "cluster_bench: needs python3-igraph" >&2; exit 1; }

if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake -S "$repo" -B "$build" >/dev/null
fi
cmake --build "$build" -j2 --target awardgraph >/dev/null
bin="$build/cli/awardgraph"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/cluster-bench-XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# Planted partition: K equal groups, average degree 23 (20 inside a group,
# 3 to other groups), distinct random pairs from a fixed seed.
generate() {  # nodes groups file
  "$python" - "$1" "$2" "$3" <<'PY'
import random, sys
n, k, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rnd = random.Random(20261130)
size = n // k
inside, between = n * 20 // 2, n * 3 // 2
pairs = set()
while len(pairs) < inside:
    g = rnd.randrange(k)
    a, b = g * size + rnd.randrange(size), g * size + rnd.randrange(size)
    if a != b:
        pairs.add((min(a, b), max(a, b)))
while len(pairs) < inside + between:
    a, b = rnd.randrange(n), rnd.randrange(n)
    if a // size != b // size:
        pairs.add((min(a, b), max(a, b)))
with open(path, "w") as out:
    out.write("source,target,weight\n")
    for a, b in sorted(pairs):
        out.write(f"v{a},v{b},1\n")
PY
}

# Best wall time of R runs of a command (seconds), its stdout kept in $tmp/out;
# the CPU time (user + system) of that run goes to $tmp/cpu.
best_time() {
  local best="" best_cpu=""
  for ((r = 0; r < repeat; r++)); do
    /usr/bin/time -f '%e %U %S' -o "$tmp/time" "$@" >"$tmp/out"
    read -r wall user sys <"$tmp/time"
    if [[ -z $best ]] || "$python" -c "import sys; sys.exit(not $wall < $best)"; then
      best=$wall
      best_cpu=$("$python" -c "print(f'{$user + $sys:.2f}')")
    fi
  done
  echo "$best_cpu" >"$tmp/cpu"
  printf '%.2f' "$best"
}

modularity() { "$python" -c 'import json, sys; print(round(json.load(open(sys.argv[1]))["modularity"], 4))' "$tmp/out"; }

generate "$nodes" "$groups" "$tmp/big.csv"
edges=$(($(wc -l <"$tmp/big.csv") - 1))
echo "cluster_bench: planted partition, $nodes nodes in $groups groups, $edges edges; best of $repeat"

# igraph (and networkx) in-process times on the same file.
"$python" - "$tmp/big.csv" "$repeat" "$networkx" >"$tmp/peers" <<'PY'
import csv, random, sys, time
import igraph as ig
path, repeat, with_networkx = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"
rows = list(csv.DictReader(open(path)))
names = {}
for r in rows:
    for v in (r["source"], r["target"]):
        names.setdefault(v, len(names))
g = ig.Graph(n=len(names), edges=[(names[r["source"]], names[r["target"]]) for r in rows])
g.es["weight"] = [float(r["weight"]) for r in rows]
def best(run):
    times, result = [], None
    for seed in range(repeat):
        random.seed(seed + 1)
        start, cpu = time.perf_counter(), time.process_time()
        result = run()
        times.append((time.perf_counter() - start, time.process_time() - cpu))
    return min(times), result
(t, cpu), c = best(lambda: g.community_multilevel(weights="weight"))
print(f"igraph_louvain {t:.2f} {c.modularity:.4f} {cpu:.2f}")
(t, cpu), c = best(lambda: g.community_leiden(objective_function="modularity", weights="weight",
                                              n_iterations=-1))
print(f"igraph_leiden {t:.2f} {c.modularity:.4f} {cpu:.2f}")
if with_networkx:
    import networkx as nx
    h = nx.Graph()
    h.add_weighted_edges_from((r["source"], r["target"], float(r["weight"])) for r in rows)
    start = time.perf_counter()
    parts = nx.community.louvain_communities(h, weight="weight", seed=1)
    t = time.perf_counter() - start
    print(f"networkx_louvain {t:.2f} {nx.community.modularity(h, parts, weight='weight'):.4f}")
PY

peer() { awk -v k="$1" '$1 == k { print $'"$2"' }' "$tmp/peers"; }
ratio() { "$python" -c "print(f'x{$1 / $2:.2f}')"; }

t_louvain=$(best_time "$bin" clusters --edges "$tmp/big.csv" --format json)
q_louvain=$(modularity)
c_louvain=$(cat "$tmp/cpu")
t_leiden=$(best_time "$bin" clusters --edges "$tmp/big.csv" --algorithm leiden --format json)
q_leiden=$(modularity)
c_leiden=$(cat "$tmp/cpu")
row() {  # name wall cpu modularity [ratio text]
  printf '%-44s %6s s wall %6s s cpu  modularity %s  %s\n' "$1" "$2" "$3" "$4" "${5:-}"
}
row "awardgraph clusters (louvain, whole process)" "$t_louvain" "$c_louvain" "$q_louvain"
row "igraph community_multilevel (in-process)" "$(peer igraph_louvain 2)" "$(peer igraph_louvain 4)" \
  "$(peer igraph_louvain 3)" "awardgraph/igraph wall $(ratio "$t_louvain" "$(peer igraph_louvain 2)") cpu $(ratio "$c_louvain" "$(peer igraph_louvain 4)")"
row "awardgraph clusters (leiden, whole process)" "$t_leiden" "$c_leiden" "$q_leiden"
row "igraph community_leiden (in-process)" "$(peer igraph_leiden 2)" "$(peer igraph_leiden 4)" \
  "$(peer igraph_leiden 3)" "awardgraph/igraph wall $(ratio "$t_leiden" "$(peer igraph_leiden 2)") cpu $(ratio "$c_leiden" "$(peer igraph_leiden 4)")"
if [[ $networkx == 1 ]]; then
  row "networkx louvain_communities (in-process)" "$(peer networkx_louvain 2)" "-" \
    "$(peer networkx_louvain 3)"
fi

# Betweenness on a smaller planted graph.
generate "$small" $((small / 100 > 0 ? small / 100 : 1)) "$tmp/small.csv"
small_edges=$(($(wc -l <"$tmp/small.csv") - 1))
t_bc=$(best_time "$bin" centrality --edges "$tmp/small.csv" --measure betweenness --top 5 --format csv)
t_ig_bc=$("$python" - "$tmp/small.csv" "$repeat" <<'PY'
import csv, sys, time
import igraph as ig
rows = list(csv.DictReader(open(sys.argv[1])))
names = {}
for r in rows:
    for v in (r["source"], r["target"]):
        names.setdefault(v, len(names))
g = ig.Graph(n=len(names), edges=[(names[r["source"]], names[r["target"]]) for r in rows])
times = []
for _ in range(int(sys.argv[2])):
    start = time.perf_counter()
    g.betweenness()
    times.append(time.perf_counter() - start)
print(f"{min(times):.2f}")
PY
)
printf '%-44s %6s s wall  (%s nodes, %s edges)\n' "awardgraph centrality betweenness (process)" "$t_bc" "$small" "$small_edges"
printf '%-44s %6s s wall  awardgraph/igraph %s\n' "igraph betweenness (in-process)" "$t_ig_bc" "$(ratio "$t_bc" "$t_ig_bc")"

# Betweenness on the seed articles' organisations network.
"$bin" ingest --store "$tmp/seeds-store" --no-progress "$repo"/tests/data/seeds/articles >/dev/null 2>&1
t_seeds=$(best_time "$bin" centrality --store "$tmp/seeds-store" --measure betweenness --top 5 --format csv)
seeds_size=$("$bin" clusters --store "$tmp/seeds-store" --format json | "$python" -c \
  'import json, sys; j = json.load(sys.stdin); print(j["vertices"], "nodes,", j["edges"], "edges")')
printf '%-44s %6s s wall  (%s)\n' "awardgraph centrality betweenness, seeds store" "$t_seeds" "$seeds_size"
