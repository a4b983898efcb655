#!/usr/bin/env bash
# The IT service desk against issue 15's targets on the built server (see itests/.../ItBenchmark.java): ticket
# creation with SLA clocks per second, "my open tickets" p95, the SLA scan, with BENCH_TICKETS (100000) tickets (a
# tenth open) and BENCH_ASSETS (20000) assets. Figures go to the console and to itests/target/it-bench.txt.
# Extra Maven options: MVN_OPTS (e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f itests/target/it-bench.txt
./mvnw -B ${MVN_OPTS:-} verify -Pbench -pl itests -Dit.test=ItBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dbench.tickets="${BENCH_TICKETS:-100000}" -Dbench.assets="${BENCH_ASSETS:-20000}"
cat itests/target/it-bench.txt
