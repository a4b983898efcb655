#!/usr/bin/env bash
# Finance throughput on the built server (see itests/.../FinanceBenchmark.java). Figures go to the console and to
# itests/target/finance-bench.txt. Sizes: BENCH_WARMUP (10000), BENCH_ENTRIES (40000), BENCH_REST_CLIENTS (8),
# BENCH_REST_ENTRIES (20000), BENCH_LINES (1000000). BENCH_JFR=/path/file.jfr records a CPU profile of the server.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f itests/target/finance-bench.txt
# the whole reactor (nothing installed into the local repository); -Dit.test selects the benchmark over the ITs
./mvnw -B ${MVN_OPTS:-} verify -Pbench -Dit.test=FinanceBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dbench.warmup="${BENCH_WARMUP:-10000}" -Dbench.entries="${BENCH_ENTRIES:-40000}" \
  -Dbench.restClients="${BENCH_REST_CLIENTS:-8}" -Dbench.restEntries="${BENCH_REST_ENTRIES:-20000}" \
  -Dbench.lines="${BENCH_LINES:-1000000}" ${BENCH_JFR:+-Dbench.jfr="$BENCH_JFR"}
cat itests/target/finance-bench.txt
