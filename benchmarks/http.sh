#!/usr/bin/env bash
# /news/ticker on the demo site against a servlet writing the same bytes precomputed, on the same
# Jetty (HttpPeerServer), with Debian's wrk on loopback: a warm-up, then 3 rounds of both routes;
# prints req/s, p99 and the ratio per round, and each route's response header bytes.
#   benchmarks/http.sh            # wrk -t2 -c32, 10 s per route and round (about 90 s)
#   DURATION=5s benchmarks/http.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

jar=benchmarks/target/benchmarks.jar
if [ "${NO_BUILD:-}" != 1 ]; then
  mvn -B -q -DskipTests package -pl benchmarks -am
fi
port=${PORT:-18099}
duration=${DURATION:-10s}
log=benchmarks/target/http-server.log
java -Xms512m -Xmx512m -cp "$jar" dev.newsfeed.benchmarks.HttpPeerServer "$port" > "$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q '^serving' "$log" && break; sleep 0.2; done
grep '^serving' "$log" || { cat "$log" >&2; exit 1; }

ours="http://127.0.0.1:$port/news/ticker?lang=fr"
peer="http://127.0.0.1:$port/peer/ticker?lang=fr"
headers() { curl -s -D - -o /dev/null "$1" | wc -c; }
echo "header bytes: /news/ticker $(headers "$ours"), /peer/ticker $(headers "$peer")"
cmp <(curl -s "$ours") <(curl -s "$peer") && echo "bodies: identical"

# One wrk run: "REQ_PER_S P99_MS".
measure() {
  wrk -t2 -c32 -d"$duration" --latency "$1" | awk '
    /Requests\/sec/ { rps = $2 }
    $1 == "99%" { v = $2; unit = v; sub(/[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v);
                  ms = (unit == "us") ? v / 1000 : (unit == "s") ? v * 1000 : v }
    END { printf "%.0f %.2f\n", rps, ms }'
}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
measure "$ours" > /dev/null
measure "$peer" > /dev/null
echo "| round | /news/ticker req/s | p99 ms | precomputed req/s | p99 ms | ratio |"
echo "|---|---:|---:|---:|---:|---:|"
for round in 1 2 3; do
  read -r a_rps a_p99 < <(measure "$ours")
  read -r b_rps b_p99 < <(measure "$peer")
  printf '| %s | %s | %s | %s | %s | %.2f |\n' "$round" "$a_rps" "$a_p99" "$b_rps" "$b_p99" \
    "$(awk -v a="$a_rps" -v b="$b_rps" 'BEGIN { print a / b }')"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
