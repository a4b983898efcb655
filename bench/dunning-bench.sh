#!/usr/bin/env bash
# A dunning run over 10,000 open overdue invoices of 500 customers (see itests/.../DunningBenchmark.java). Figures go to
# the console and to itests/target/dunning-bench.txt. Sizes: BENCH_DUNNING_INVOICES (10000), BENCH_DUNNING_CUSTOMERS (500).
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f itests/target/dunning-bench.txt
# the whole reactor (nothing installed into the local repository); -Dit.test selects the benchmark over the ITs
./mvnw -B ${MVN_OPTS:-} verify -Pbench -Dit.test=DunningBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dbench.dunningInvoices="${BENCH_DUNNING_INVOICES:-10000}" -Dbench.dunningCustomers="${BENCH_DUNNING_CUSTOMERS:-500}"
cat itests/target/dunning-bench.txt
