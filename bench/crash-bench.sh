#!/usr/bin/env bash
# Crash harness (a measurement, not a test; it exits 0 whatever it finds, non-zero only when the harness breaks):
# N cycles of mixed load on every installed module (journal entries with an Idempotency-Key, stock receipts and
# issues, sales orders created → confirmed → reserved → picked → shipped → dispatched, which the bridge invoices,
# partner updates with their version), `kill -9` of the Karaf JVM at a random moment, restart, and verification:
#   - every acknowledged write (2xx received) is there exactly once and unchanged, found by its reference or key;
#   - every unacknowledged journal entry, resent with its Idempotency-Key, ends as exactly one entry; every other
#     unacknowledged write (stock move, order step, partner update) is absent or there once, never twice (counted);
#   - GET /api/finance/verify is consistent; each product's stock equals its ledger; reserved stock equals what the
#     open orders reserve; every dispatched shipment has one invoice once the bridge has caught up;
#   - one audit record per change (stock moves, partner updates, order create/confirm, dispatch, sampled entries).
# The server is the same one restarted: every cycle verifies the writes of all earlier cycles again.
# Usage: bench/crash-bench.sh [cycles]   (default 20)
#   BENCH_TARBALL=path.tar.gz (default karaf-assembly/target/backoffice-server-*.tar.gz), BENCH_HTTP_PORT (18281),
#   BENCH_SSH_PORT (18201), BENCH_THREADS (6 load threads), BENCH_KILL_MIN_MS / BENCH_KILL_MAX_MS (1000 / 6000: the
#   kill comes this long after the load's first acknowledged write), BENCH_KEEP=1 keeps the work directory (it is
#   kept anyway when something failed, for data/log/karaf.log and the request logs in state/).
set -euo pipefail
cycles=${1:-20}
threads=${BENCH_THREADS:-6}
kill_min=${BENCH_KILL_MIN_MS:-1000}
kill_max=${BENCH_KILL_MAX_MS:-6000}
BENCH_HTTP_PORT=${BENCH_HTTP_PORT:-18281} BENCH_SSH_PORT=${BENCH_SSH_PORT:-18201}
BENCH_WORK=${BENCH_WORK:-$(mktemp -d /tmp/backoffice-crash.XXXXXX)}
source "$(dirname "$0")/lib.sh"
server=$work/server
state=$work/state
base=http://127.0.0.1:$port
driver=(java "$root/bench/CrashLoad.java")
load_pid=
keep=${BENCH_KEEP:-}

cleanup() {
  [ -n "$load_pid" ] && kill "$load_pid" 2>/dev/null || true
  stop_server
  if [ -n "$keep" ] || [ -s "$state/failed" ]; then
    echo "work directory kept: $work (server log $server/data/log/karaf.log, request logs $state/ops-*.log)"
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT

echo "server: $tarball"
echo "work:   $work (HTTP $port, SSH $ssh_port, $threads load threads, kill after ${kill_min}-${kill_max} ms)"
unpack
mkdir -p "$state"

t0=$(now_ms)
start_server
deadline=$(( $(now_ms) + 180000 ))
until [ "$(status /api/partners)" = 200 ]; do
  [ "$(now_ms)" -gt "$deadline" ] && { echo "the server did not start; see $work/karaf.out" >&2; keep=1; exit 2; }
  sleep 0.1
done
echo "first boot to 200 /api/partners: $(( $(now_ms) - t0 )) ms"
for _ in 1 2 3; do # the SSH console may come a moment after HTTP
  out=$(console "feature:install backoffice-finance backoffice-logistics" 2>&1) && break
  sleep 2
done
wait_for_every_module 120000 || { echo "finance/logistics did not come up after feature:install: $out" >&2; keep=1; exit 2; }
echo "installed backoffice-finance backoffice-logistics: $(( $(now_ms) - t0 )) ms after start"
"${driver[@]}" setup "$base" "$user" "$password" "$state"

restart_failed=
for cycle in $(seq 1 "$cycles"); do
  rm -f "$state/ready-$cycle"
  "${driver[@]}" load "$base" "$user" "$password" "$state" "$cycle" "$threads" 90 > "$state/load-$cycle.out" 2>&1 &
  load_pid=$!
  deadline=$(( $(now_ms) + 60000 ))
  until [ -f "$state/ready-$cycle" ]; do
    if ! kill -0 "$load_pid" 2>/dev/null || [ "$(now_ms)" -gt "$deadline" ]; then
      echo "cycle $cycle: the load never got a write acknowledged:" >&2; cat "$state/load-$cycle.out" >&2; exit 2
    fi
    sleep 0.02
  done
  delay=$(( kill_min + (RANDOM * 32768 + RANDOM) % (kill_max - kill_min + 1) ))
  sleep "$(awk -v ms="$delay" 'BEGIN {printf "%.3f", ms / 1000}')"
  pid=$(jvm_pid)
  [ -n "$pid" ] || { echo "cycle $cycle: no Karaf JVM to kill (it died on its own?)" >&2; echo "cycle $cycle: server gone before the kill" >> "$state/failed"; }
  [ -n "$pid" ] && kill -9 "$pid"
  while [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; do sleep 0.02; done
  wait "$load_pid" || true
  load_pid=
  load_line=$(grep '^load cycle' "$state/load-$cycle.out" || echo "load: $(tail -1 "$state/load-$cycle.out")")

  t0=$(now_ms)
  start_server
  if ! wait_for_every_module 300000; then
    echo "cycle $cycle: FAILURE the server did not answer 200 on every module within 300 s after the restart" \
      | tee -a "$state/failed"
    restart_failed=1
    break
  fi
  restart=$(( $(now_ms) - t0 ))
  echo "$restart" >> "$state/restart-ms.txt"
  verify=$("${driver[@]}" verify "$base" "$user" "$password" "$state" "$cycle" 2> "$state/verify-$cycle.err") \
    || { echo "cycle $cycle: the verifier broke:" >&2; cat "$state/verify-$cycle.err" >&2; exit 2; }
  [ -s "$state/failures-$cycle.txt" ] && cat "$state/failures-$cycle.txt" >> "$state/failed"
  printf 'cycle %2d/%d: kill after %4d ms; %s; restart-to-200 %5d ms; verify: %s\n' "$cycle" "$cycles" "$delay" \
    "${load_line#load cycle $cycle: }" "$restart" "$verify"
done

echo
"${driver[@]}" summary "$state"
[ -z "$restart_failed" ] || echo "FAILURE: the server did not come back after a kill; see $server/data/log/karaf.log"
if [ -s "$state/failed" ]; then
  echo "server log: $server/data/log/karaf.log ($(grep -c ' ERROR ' "$server/data/log/karaf.log" 2>/dev/null || echo 0) ERROR lines)"
fi
exit 0
