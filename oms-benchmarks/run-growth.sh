#!/usr/bin/env bash
# Builds oms-benchmarks from this worktree's reactor and measures how the facade's operations cost as
# the store grows (GrowthBenchmark), one JVM per size and round, then writes a section of RESULTS.md.
# Knobs, as environment variables:
#   SIZES       stored-order counts (default "10000 100000 1000000")
#   FORKS       rounds; each round runs every size once, in a fresh JVM (default 3)
#   CALLS       most timed calls per operation and fork (default 50); at least 3 are always timed
#   OP_SECONDS  time budget per operation and fork; calls stop at CALLS or past it (default 10)
#   WARMUPS     untimed calls per operation on the measured store, after the JIT warm-up shop (default 1)
#   WAITING     backorders and pre-orders waiting in the measured queues (default 200, at least WARMUPS+CALLS);
#               "N%" keeps N percent of each size waiting in each queue, so the queues grow with the history
#   DELIVERED   percent of the history delivered, the rest cancelled; lower populates faster (default 75)
#   HEAP        heap of every fork, e.g. 16g (default: 2g plus 14 MB per 1,000 stored orders)
#   LABEL       names the RESULTS.md section, so runs before and after a change stay apart (default latest)
#   SKIP_BUILD  set to 1 to reuse the last build
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES="${SIZES:-10000 100000 1000000}"
FORKS="${FORKS:-3}"
CALLS="${CALLS:-50}"
OP_SECONDS="${OP_SECONDS:-10}"
WARMUPS="${WARMUPS:-1}"
WAITING="${WAITING:-200}"
DELIVERED="${DELIVERED:-75}"
LABEL="${LABEL:-latest}"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  # The workload test also checks that every measured operation does what it is measured for.
  ./mvnw -q -P benchmarks -pl oms-benchmarks -am package \
    -Dtest=BenchmarkWorkloadTest -Dsurefire.failIfNoSpecifiedTests=false
fi

# Our own modules come from their target/classes, so the run measures this worktree's code.
CLASSPATH="oms-spi/target/classes:oms-codec/target/classes:oms-core/target/classes:oms-inmemory/target/classes:oms-benchmarks/target/classes"
CLASSPATH="$CLASSPATH:$(cat oms-benchmarks/target/classpath.txt)"

STARTED="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
LOAD="$(cut -d' ' -f1 /proc/loadavg)"
TSV="oms-benchmarks/target/growth-${STARTED//:/}.tsv"
: > "$TSV"
for fork in $(seq 1 "$FORKS"); do
  for size in $SIZES; do
    heap="${HEAP:-$(( 2 + size * 14 / 1000000 ))g}"
    echo "== round $fork, $size stored orders, -Xmx$heap"
    waiting="$WAITING"
    if [[ "$WAITING" == *% ]]; then
      waiting=$(( size * ${WAITING%\%} / 100 ))
    fi
    java "-Xmx$heap" -cp "$CLASSPATH" dev.oms.benchmarks.GrowthBenchmark \
      "$size" "$fork" "$TSV" "$CALLS" "$OP_SECONDS" "$WARMUPS" "$waiting" "$DELIVERED"
  done
done

DESCRIPTION="Run started $STARTED on $(nproc) cores, load average $LOAD at start, $(java -version 2>&1 | head -1)."
DESCRIPTION="$DESCRIPTION Command: \`SIZES=\"$SIZES\" FORKS=$FORKS CALLS=$CALLS OP_SECONDS=$OP_SECONDS WARMUPS=$WARMUPS"
DESCRIPTION="$DESCRIPTION WAITING=$WAITING DELIVERED=$DELIVERED oms-benchmarks/run-growth.sh\`; raw figures in \`$TSV\`."
java -cp "$CLASSPATH" dev.oms.benchmarks.GrowthReport "$TSV" oms-benchmarks/RESULTS.md "$LABEL" "$DESCRIPTION"
