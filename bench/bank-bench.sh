#!/usr/bin/env bash
# Bank reconciliation on the built server (see itests/.../BankReconciliationBenchmark.java): 5,000 open invoices, a
# camt.053 statement of 5,000 lines, import and auto-match timed server side. Figures go to the console and to
# itests/target/bank-bench.txt. Size: BENCH_BANK_LINES (5000); warm-up rounds BENCH_BANK_WARMUP (2), measured rounds BENCH_BANK_ROUNDS (3).
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f itests/target/bank-bench.txt
./mvnw -B ${MVN_OPTS:-} verify -Pbench \
  -Dit.test=BankReconciliationBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dbench.bankLines="${BENCH_BANK_LINES:-5000}" -Dbench.bankRounds="${BENCH_BANK_ROUNDS:-3}" \
  -Dbench.bankWarmup="${BENCH_BANK_WARMUP:-2}"
cat itests/target/bank-bench.txt
