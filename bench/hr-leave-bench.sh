#!/usr/bin/env bash
# HR leave against issue 12's targets on the built server (see itests/.../HrLeaveBenchmark.java): the month-end accrual
# job and everyone's balances as of a date, with BENCH_EMPLOYEES (10000) employees hired BENCH_YEARS (5) years back. Figures go to the console and to
# itests/target/hr-leave-bench.txt. Extra Maven options: MVN_OPTS (e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f itests/target/hr-leave-bench.txt
./mvnw -B ${MVN_OPTS:-} verify -Pbench -pl itests -Dit.test=HrLeaveBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dbench.employees="${BENCH_EMPLOYEES:-10000}" -Dbench.years="${BENCH_YEARS:-5}"
cat itests/target/hr-leave-bench.txt
