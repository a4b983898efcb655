#!/usr/bin/env bash
# A dunning run over 10,000 open overdue invoices of 500 customers (see itests/.../DunningBenchmark.java). Figures go to
# the console and to itests/target/dunning-bench.txt. Sizes: BENCH_DUNNING_INVOICES (10000), BENCH_DUNNING_CUSTOMERS (500).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q install -DskipTests
rm -f itests/target/dunning-bench.txt
./mvnw -B verify -pl itests -Pbench -Dit.test=DunningBenchmark \
  -Dbench.dunningInvoices="${BENCH_DUNNING_INVOICES:-10000}" -Dbench.dunningCustomers="${BENCH_DUNNING_CUSTOMERS:-500}"
cat itests/target/dunning-bench.txt
