#!/usr/bin/env bash
# Logistics against issue 5's targets on the built server (see itests/.../LogisticsBenchmark.java): stock moves with 4
# threads, confirming 100-line sales orders, the stock of one SKU in 1,000 locations. Figures go to the console and to
# itests/target/logistics-bench.txt. Sizes: BENCH_WARMUP (10000 moves), BENCH_MOVES (40000), BENCH_ORDERS (40).
# BENCH_JFR=/path/file.jfr records a CPU profile of the server; BENCH_NOSYNC=true runs Derby without log syncs (a
# diagnosis: what is left without the disk). Extra Maven options: MVN_OPTS (e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f itests/target/logistics-bench.txt
# the whole reactor (nothing installed into the local repository); -Dit.test selects the benchmark over the ITs
./mvnw -B ${MVN_OPTS:-} verify -Pbench -Dit.test=LogisticsBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dbench.warmup="${BENCH_WARMUP:-10000}" -Dbench.moves="${BENCH_MOVES:-40000}" -Dbench.orders="${BENCH_ORDERS:-40}" \
  -Dbench.nosync="${BENCH_NOSYNC:-false}" ${BENCH_JFR:+-Dbench.jfr="$BENCH_JFR"}
cat itests/target/logistics-bench.txt
