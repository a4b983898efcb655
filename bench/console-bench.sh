#!/usr/bin/env bash
# The web console's figures (issue 14, see itests/.../ConsoleBenchmark.java): shell to painted sign-in form, sign-in
# to painted menu (BENCH_SIGN_INS, 20) in headless Chromium, GET /console/menu (BENCH_MENU_LOADS, 500); median and
# p95. Figures go to the console and to itests/target/console-bench.txt. Extra Maven options: MVN_OPTS (e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f itests/target/console-bench.txt
./mvnw -B ${MVN_OPTS:-} verify -Pbench -pl itests -Dit.test=ConsoleBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dbench.signIns="${BENCH_SIGN_INS:-20}" -Dbench.menuLoads="${BENCH_MENU_LOADS:-500}"
cat itests/target/console-bench.txt
