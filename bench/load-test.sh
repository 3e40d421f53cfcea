#!/usr/bin/env bash
# GraphQL load test on loopback: starts the application jar on a fresh embedded database with the
# demo network, drives each query of bench/queries/*.json with wrk, prints requests/second and
# latency percentiles, and stops the application. See docs/benchmarks.md ("GraphQL load").
#
#   bench/load-test.sh                 # 10 s warm-up + 30 s measured per query, 8 connections
#   DURATION=60 CONNECTIONS=16 bench/load-test.sh
#   JAR=path/to/kaonet.jar bench/load-test.sh   # an existing jar instead of building one
#   QUERIES='2-*' bench/load-test.sh             # only the query files matching this name pattern
#
# A query file holds the JSON body of a request; __ID__ in it is replaced, request by request, by
# the ids of the first 200 demo actors. Every answer must be 200 without GraphQL errors: the script
# fails otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-30}
WARMUP=${WARMUP:-10}
CONNECTIONS=${CONNECTIONS:-8}
THREADS=${THREADS:-2}
JAR=${JAR:-api/target/kaonet.jar}
HEAP=${HEAP:-1g}
QUERIES=${QUERIES:-*}

if ! command -v wrk >/dev/null; then
  echo "Installing wrk from the Debian archive" >&2
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get install -y -qq wrk >/dev/null || { $sudo apt-get update -qq && $sudo apt-get install -y -qq wrk >/dev/null; }
fi

if [ ! -f "$JAR" ]; then
  echo "Building $JAR" >&2
  ./mvnw -q -B -pl api -am package -DskipTests
fi

work=$(mktemp -d -t kaonet-load.XXXXXX)
server=""
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill "$server"
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# a free loopback port for HTTP (Bolt takes any free port)
port=""
for _ in $(seq 1 50); do
  candidate=$((20000 + RANDOM % 20000))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || { echo "no free port found" >&2; exit 1; }

echo "Starting $JAR on 127.0.0.1:$port (data in $work)" >&2
java "-Xmx$HEAP" -jar "$JAR" --server.address=127.0.0.1 --server.port="$port" \
  --kaonet.neo4j.data-directory="$work/data" --kaonet.neo4j.bolt-port=0 \
  --logging.level.root=warn >"$work/server.log" 2>&1 &
server=$!

url="http://127.0.0.1:$port/graphql"
for i in $(seq 1 300); do
  if ! kill -0 "$server" 2>/dev/null; then echo "the server stopped:" >&2; tail -40 "$work/server.log" >&2; exit 1; fi
  code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
    -d '{"query":"{ network { summary { actors } } }"}' "$url" || true)
  [ "$code" = 200 ] && break
  sleep 1
done
[ "$code" = 200 ] || { echo "the server did not answer within 300 s" >&2; exit 1; }

curl -s -H 'Content-Type: application/json' \
  -d '{"query":"{ actors(first: 200) { edges { node { id } } } }"}' "$url" \
  | grep -o '"id":"[^"]*"' | sed 's/"id":"\(.*\)"/\1/' >"$work/ids"
[ -s "$work/ids" ] || { echo "no actor ids came back" >&2; exit 1; }

actors=$(curl -s -H 'Content-Type: application/json' -d '{"query":"{ network { summary { actors ties } } }"}' "$url")
echo "Demo network: $actors" >&2
echo "Machine: $(nproc) cores (load average $(cut -d" " -f1-3 /proc/loadavg) before the run), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)" >&2
echo "wrk -t$THREADS -c$CONNECTIONS, ${WARMUP} s warm-up, ${DURATION} s measured per query" >&2
echo
echo "| query | requests/s | p50 ms | p90 ms | p99 ms | max ms | requests | errors | server CPU ms/request |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"

# CPU time (user + system, all threads, GC and JIT included) the server process has used, in ticks
ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
hz=$(getconf CLK_TCK)

failed=0
for body in bench/queries/$QUERIES.json; do
  name=$(basename "$body" .json)
  args=("$body")
  grep -q '__ID__' "$body" && args+=("$work/ids")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/graphql.lua "$url" -- "${args[@]}" >/dev/null
  before=$(ticks)
  result=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s bench/graphql.lua "$url" -- "${args[@]}" \
    | grep '^RESULT')
  after=$(ticks)
  value() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$result"; }
  errors=$(( $(value not_200) + $(value graphql_errors) + $(value socket_errors) ))
  cpu=$(awk -v t=$((after - before)) -v hz="$hz" -v n="$(value requests)" 'BEGIN { printf "%.2f", (n > 0 ? t * 1000 / hz / n : 0) }')
  echo "| $name | $(value rps) | $(value p50_ms) | $(value p90_ms) | $(value p99_ms) | $(value max_ms) | $(value requests) | $errors | $cpu |"
  [ "$errors" -eq 0 ] || failed=1
done

if [ "$failed" -ne 0 ]; then
  echo "Some requests failed; the server log follows" >&2
  tail -40 "$work/server.log" >&2
  exit 1
fi
