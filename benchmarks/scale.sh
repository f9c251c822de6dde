#!/usr/bin/env bash
# The memory and scale benchmark: 100,000 items as a listing and as JSON; retained heap ÷ source
# bytes, first load and reload times (newsfeed and Jackson), then p99 of requests while the
# listing is reparsed every 2 s, with the GC pauses of each phase (ScaleBenchmark).
#   benchmarks/scale.sh [ITEMS] [PHASE_SECONDS]      # defaults: 100000 20 (about 2 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=benchmarks/target/benchmarks.jar
if [ "${NO_BUILD:-}" != 1 ]; then
  mvn -B -q -DskipTests package -pl benchmarks -am
fi
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# A fixed 4 GiB heap with the JDK's default collector (G1), as a server would run it.
java -Xms4g -Xmx4g ${SCALE_JAVA_OPTS:-} -cp "$jar" dev.newsfeed.benchmarks.ScaleBenchmark "$@" 2> benchmarks/target/scale.log
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
