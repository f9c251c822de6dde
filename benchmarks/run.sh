#!/usr/bin/env bash
# The peer benchmarks, run twice (A B A B: each pair back to back, the whole set twice) so that noise
# shows, then the table of BENCHMARKS.md with items/s and the ratio for each run.
#   benchmarks/run.sh                 # everything (about 16 minutes on 2 cores)
#   benchmarks/run.sh 'json.*'        # JMH options or a benchmark regex are passed on
# Wait for a quiet machine: the load average is printed before and after each run.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=benchmarks/target/benchmarks.jar
if [ "${NO_BUILD:-}" != 1 ]; then
  mvn -B -q -DskipTests package -pl benchmarks -am
fi
out=benchmarks/target/runs
mkdir -p "$out"

load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(uname -sr)"
echo "command: benchmarks/run.sh $*"
for run in 1 2; do
  echo "run $run: load average before $(load)"
  java -jar "$jar" -rf json -rff "$out/run$run.json" "$@" > "$out/run$run.txt"
  echo "run $run: load average after  $(load)"
done
java -cp "$jar" dev.newsfeed.benchmarks.Report "$out/run1.json" "$out/run2.json"
