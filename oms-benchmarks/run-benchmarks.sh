#!/usr/bin/env bash
# Builds oms-benchmarks from this worktree's reactor and runs the whole suite, writing RESULTS.md next
# to this script (its own section only). Sized to finish within about 22 minutes on 2 cores; override
# with the variables below.
#   ORDERS       orders kept for the retained-heap figure (default 100000)
#   WARMUPS      JMH warmup iterations per benchmark (default 6)
#   LONG_WARMUPS JMH warmup iterations of the lifecycle and contention benchmarks (default 15: on 2 cores they
#                are still speeding up after 12 s, each measured iteration faster than the last)
#   ITERATIONS   JMH measured iterations per benchmark and fork (default 4)
#   FORKS        JMH forks per benchmark; figures and ratios are reported per fork (default 3)
#   ITERATION_SECONDS  seconds per JMH iteration (default 2)
#   HEAP         heap of the JVM that runs the suite and keeps the orders (default 6g)
set -euo pipefail
cd "$(dirname "$0")/.."

ORDERS="${ORDERS:-100000}"
WARMUPS="${WARMUPS:-6}"
LONG_WARMUPS="${LONG_WARMUPS:-15}"
ITERATIONS="${ITERATIONS:-4}"
FORKS="${FORKS:-3}"
SECONDS_PER_ITERATION="${ITERATION_SECONDS:-2}"

# Builds only what the suite needs and first checks that each workload does the work it claims.
./mvnw -q -P benchmarks -pl oms-benchmarks -am package \
  -Dtest=BenchmarkWorkloadTest -Dsurefire.failIfNoSpecifiedTests=false

# Our own modules come from their target/classes, so the run measures this worktree's code.
CLASSPATH="oms-spi/target/classes:oms-codec/target/classes:oms-core/target/classes:oms-inmemory/target/classes:oms-benchmarks/target/classes"
CLASSPATH="$CLASSPATH:$(cat oms-benchmarks/target/classpath.txt)"

java "-Xmx${HEAP:-6g}" -cp "$CLASSPATH" dev.oms.benchmarks.BenchmarkSuite \
  oms-benchmarks/RESULTS.md "$ORDERS" "$WARMUPS" "$ITERATIONS" "$SECONDS_PER_ITERATION" "$FORKS" "$LONG_WARMUPS"
