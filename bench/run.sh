#!/usr/bin/env bash
# Kaonet's benchmark harness (docs/benchmarks.md): generates the graphs, times Kaonet, igraph,
# graph-tool and NetworkX on the same edge-list files in one run, then import and projection against Neo4j's LOAD CSV.
#
#   bench/run.sh [small|medium|large|store|projection|projection-large|cordis|issue18|all ...]     (default: all = store large medium small)
#
# issue18: every row issue 18's "done when" lists, in one run: the first load of 1M actors / 5M ties against
# neo4j-admin database import, the incremental import of 1.1M records against LOAD CSV (each in a fresh JVM, by
# the api's ImportBenchmark), the whole 1M/5M store and a 300-actor cluster projected, the projection after a
# 100-record write (projection-large), and k-core on 1M/5M against igraph and graph-tool.
# The projection rows fill a store once per graph and keep it ($BENCH_DIR/store/db-projection-filled-GRAPH, about
# 1.5 GB for 1M/5M): a later run of the same graph copies it in (seconds) instead of filling it again (3 min).
#
# cordis: a synthetic CORDIS export of Horizon 2020's size in $BENCH_DIR/cordis-h2020, and the CORDIS
# importer's validate/emit/read on it in a 256 MB heap; then time the Neo4j import of that folder with
# `java -jar api/target/kaonet.jar import --format=cordis --dir=$BENCH_DIR/cordis-h2020`.
#
# Environment: BENCH_DIR (default bench/target/run), BENCH_THREADS (Kaonet's threads, default 2),
# BENCH_NX_BUDGET (seconds NetworkX may spend on one work before it is stopped, default 600),
# BENCH_PIVOTS (pivots of sampled betweenness on 50k/200k, default 1000), BENCH_PIVOTS_LARGE (on 1M/5M,
# default 250), BENCH_STAMP (append to the results of an earlier run with this stamp, to resume it),
# BENCH_TOOLS (which of kaonet, igraph, graph-tool, networkx to run; default all four). graph-tool runs
# its parallel algorithms on BENCH_THREADS threads, like Kaonet.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUN_DIR=${BENCH_DIR:-$ROOT/bench/target/run}
THREADS=${BENCH_THREADS:-2}
NX_BUDGET=${BENCH_NX_BUDGET:-600}
PIVOTS=${BENCH_PIVOTS:-1000}
PIVOTS_LARGE=${BENCH_PIVOTS_LARGE:-250}
TOOLS=" ${BENCH_TOOLS:-kaonet igraph graph-tool networkx} "
# Debian's python with Debian's python3-igraph, python3-graph-tool and python3-networkx; -s: not packages a
# user installed by pip.
PYTHON=(/usr/bin/python3 -s)
STAMP=${BENCH_STAMP:-$(date +%Y%m%d-%H%M%S)}
RESULTS=$RUN_DIR/results-$STAMP.tsv
MACHINE=$RUN_DIR/machine-$STAMP.txt
SIZES=("$@")
# "all": the import and the 1M graph first, the long exact betweenness runs last.
if [ ${#SIZES[@]} -eq 0 ] || [ "${SIZES[0]}" = all ]; then SIZES=(store large medium small); fi
mkdir -p "$RUN_DIR"

# The peers, from Debian's packages (no pip).
if ! "${PYTHON[@]}" -c 'import igraph, networkx, graph_tool' 2>/dev/null; then
  echo "== installing python3-igraph, python3-graph-tool and python3-networkx"
  apt-get update -qq && apt-get install -y -qq python3-igraph python3-graph-tool python3-networkx >/dev/null
fi

# Kaonet: compile the harness and what it uses (no tests), then run from a copy of the jars, so
# that rebuilding the project while a run goes on cannot disturb it.
echo "== building"
./mvnw -o -q -B -pl bench -am -DskipTests package 2>/dev/null || ./mvnw -q -B -pl bench -am -DskipTests package
LIB=$RUN_DIR/lib-$STAMP-$$
mkdir -p "$LIB"
cp bench/target/bench-*.jar $(tr ':' ' ' < bench/target/classpath.txt) "$LIB"/
JAVA=(java -Xmx2g -cp "$LIB/*" io.kaonet.bench.Benchmarks)

{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "cpu: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "memory: $(free -g | awk '/Mem:/ {print $2}') GiB"
  echo "os: $(. /etc/os-release; echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "python: $("${PYTHON[@]}" --version 2>&1)"
  echo "igraph: $("${PYTHON[@]}" -c 'import igraph; print(igraph.__version__)')"
  echo "graph-tool: $("${PYTHON[@]}" -c 'import graph_tool; print(graph_tool.__version__)')"
  echo "networkx: $("${PYTHON[@]}" -c 'import networkx; print(networkx.__version__)')"
  echo "neo4j: embedded $(ls "$LIB" | grep -m1 -o '^neo4j-kernel-.*\.jar' | sed 's/neo4j-kernel-//; s/\.jar//')"
  echo "kaonet threads: $THREADS; NetworkX budget per work: $NX_BUDGET s;" \
    "sampled betweenness: $PIVOTS pivots (50k/200k), $PIVOTS_LARGE pivots (1M/5M)"
  echo "sizes: ${SIZES[*]}; tools:$TOOLS"
} >> "$MACHINE"
cat "$MACHINE"

load() { echo "load: $1 $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$MACHINE"; }

graph() {   # name nodes ties seed
  "${JAVA[@]}" generate "$2" "$3" "$4" "$RUN_DIR/$1.edges"
}

algorithms() {   # name pivots kaonet-works igraph-skips... -- networkx-skips...
  local name=$1 pivots=$2 works=$3; shift 3
  local ig=() nx=() side=ig
  for a in "$@"; do
    if [ "$a" = -- ]; then side=nx; continue; fi
    if [ $side = ig ]; then ig+=("$a"); else nx+=("$a"); fi
  done
  local file=$RUN_DIR/$name.edges
  if [[ $TOOLS == *" kaonet "* ]]; then
    load "$name kaonet"
    "${JAVA[@]}" algorithms "$name" "$file" "$RESULTS" "$THREADS" "$pivots" "$works" 2>"$RUN_DIR/kaonet-$name.err" \
      || echo "kaonet on $name failed: see $RUN_DIR/kaonet-$name.err"
  fi
  local peerWorks=${works//betweenness-sampled/betweenness-sampled:$pivots}
  if [[ $TOOLS == *" igraph "* ]]; then
    load "$name igraph"
    "${PYTHON[@]}" bench/peers.py igraph "$name" "$file" "$RESULTS" 0 "$peerWorks" "${ig[@]}" \
      || echo "igraph on $name failed"
  fi
  if [[ $TOOLS == *" graph-tool "* ]]; then
    load "$name graph-tool"
    OMP_NUM_THREADS=$THREADS "${PYTHON[@]}" bench/peers.py graph-tool "$name" "$file" "$RESULTS" 0 "$peerWorks" \
      || echo "graph-tool on $name failed"
  fi
  if [[ $TOOLS == *" networkx "* ]]; then
    load "$name networkx"
    "${PYTHON[@]}" bench/peers.py networkx "$name" "$file" "$RESULTS" "$NX_BUDGET" "$peerWorks" "${nx[@]}" \
      || echo "networkx on $name failed"
  fi
}

imports() {   # folder ties actors modes: ImportBenchmark (api test sources), each import in a fresh JVM
  if [ ! -f "$LIB/api-test.cp" ]; then
    # Through the reactor (-am): the project's own modules are not installed, so the api's classpath names
    # their target folders; the jars are kept from it, the modules' classes copied beside them.
    ./mvnw -o -q -B -pl api -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile="$LIB/api-test.deps" >/dev/null 2>&1 \
      || ./mvnw -q -B -pl api -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile="$LIB/api-test.deps" >/dev/null
    mkdir -p "$LIB/api-test"
    for m in api/target/test-classes api/target/classes importers/target/classes queries/target/classes \
        queries/target/test-classes demo/target/classes graph-core/target/classes; do cp -r "$m/." "$LIB/api-test/"; done
    echo "$LIB/api-test:$(tr ':' '\n' < "$LIB/api-test.deps" | grep '\.jar$' | grep -v '/io/kaonet/' | paste -sd:)" \
      > "$LIB/api-test.cp"
  fi
  load "import $4 ($2 ties, $3 actors)"
  java -Xmx2g -cp "$(cat "$LIB/api-test.cp")" io.kaonet.api.exchange.ImportBenchmark "$RUN_DIR/$1" "$2" "$3" "$4" \
    2>"$RUN_DIR/$1.err" | grep -v '^$' | tee -a "$RUN_DIR/imports-$STAMP.txt" \
    || echo "import benchmark failed: see $RUN_DIR/$1.err"
}

projection() {   # size: the whole store and a 300-actor cluster inside it, Java API against Bolt and the read of before
  local name
  if [ "$1" = projection ]; then graph projection 100000 500000 4; name=projection
  else graph large 1000000 5000000 3; name=large; fi
  load "$1 kaonet"
  java -Xmx6g -cp "$LIB/*" io.kaonet.bench.Benchmarks projection "$name" "$RUN_DIR/$name.edges" "$RESULTS" \
    "$RUN_DIR/store" 2>"$RUN_DIR/$1.err" || echo "projection benchmark failed: see $RUN_DIR/$1.err"
}

ALL=components,bridges,kcore,clustering,constraint,aa-candidates,aa-top,louvain
for size in "${SIZES[@]}"; do
  echo "== $size"
  case $size in
    small)
      graph small 10000 40000 1
      algorithms small 0 $ALL,betweenness
      ;;
    medium)
      graph medium 50000 200000 2
      algorithms medium "$PIVOTS" $ALL,betweenness,betweenness-sampled \
        "aa-top=dense all-pairs similarity rows: n^2 = 2.5e9 scores through Python" -- \
        "betweenness=O(n m) in pure Python: the 10k/40k graph's time x 25, over an hour" \
        "aa-top=Python loop over every two-step pair of the graph"
      ;;
    large)
      graph large 1000000 5000000 3
      algorithms large "$PIVOTS_LARGE" $ALL,betweenness-sampled \
        "aa-top=dense all-pairs similarity rows: n^2 = 1e12 scores" -- \
        "constraint=O(sum of deg^2) in pure Python: hours (the 50k/200k graph's time x 25 and more)" \
        "aa-top=Python loop over every two-step pair of the graph (about 1e9)" \
        "betweenness-sampled=$PIVOTS_LARGE breadth-first searches of 1M nodes in pure Python: hours"
      ;;
    store)
      graph medium 50000 200000 2
      load "store kaonet"
      java -Xmx4g -cp "$LIB/*" io.kaonet.bench.Benchmarks store medium "$RUN_DIR/medium.edges" "$RESULTS" \
        "$RUN_DIR/store" 2>"$RUN_DIR/store.err" || echo "store benchmark failed: see $RUN_DIR/store.err"
      ;;
    projection|projection-large)
      projection "$size"
      ;;
    issue18)
      imports import-large 5000000 1000000 first-load,neo4j-admin
      imports import 1000000 100000 incremental,load-csv
      projection projection-large
      graph large 1000000 5000000 3
      TOOLS=" kaonet igraph graph-tool " algorithms large 0 kcore
      ;;
    cordis)
      load "cordis kaonet"
      java -Xmx256m -cp "$LIB/*" io.kaonet.bench.Benchmarks cordis h2020 "$RUN_DIR/cordis-h2020" "$RESULTS" \
        2>"$RUN_DIR/cordis.err" || echo "cordis benchmark failed: see $RUN_DIR/cordis.err"
      ;;
    *) echo "unknown size $size (small, medium, large, store, projection, projection-large, cordis, issue18, all)" >&2; exit 2 ;;
  esac
done
load "end"
"${PYTHON[@]}" bench/report.py "$RESULTS" "$MACHINE" | tee "$RUN_DIR/report-$STAMP.md"
echo "results: $RESULTS"
