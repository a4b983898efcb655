#!/usr/bin/env bash
# Finance throughput on the built server (see itests/.../FinanceBenchmark.java). Figures go to the console and to
# itests/target/finance-bench.txt. Sizes: BENCH_ENTRIES (20000), BENCH_REST_ENTRIES (10000), BENCH_LINES (1000000).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q install -DskipTests
rm -f itests/target/finance-bench.txt
./mvnw -B verify -pl itests -Pbench -Dbench.entries="${BENCH_ENTRIES:-20000}" \
  -Dbench.restEntries="${BENCH_REST_ENTRIES:-10000}" -Dbench.lines="${BENCH_LINES:-1000000}"
cat itests/target/finance-bench.txt
