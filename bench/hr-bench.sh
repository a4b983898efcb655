#!/usr/bin/env bash
# HR employees against issue 12's targets on the built server (see itests/.../HrBenchmark.java): list and search p95,
# one employee as of a date, the org chart, with BENCH_EMPLOYEES (10000) employees and BENCH_YEARS (5) yearly changes
# each. Figures go to the console and to itests/target/hr-bench.txt. Extra Maven options: MVN_OPTS (e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f itests/target/hr-bench.txt
./mvnw -B ${MVN_OPTS:-} verify -Pbench -pl itests -Dit.test=HrBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dbench.employees="${BENCH_EMPLOYEES:-10000}" -Dbench.years="${BENCH_YEARS:-5}"
cat itests/target/hr-bench.txt
