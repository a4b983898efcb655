#!/usr/bin/env bash
# Restarts the built server with every module installed, N times, and reports the starts that did not come back and
# the restart-to-200 times (every module's endpoint 200 and /api/modules listing every module). Measures, asserts
# nothing. Restarts alternate between a clean stop (bin/stop) and kill -9 unless MODE=stop or MODE=kill.
# Usage: bench/restart-bench.sh [runs]   (default 50; after ./mvnw install -DskipITs)
set -euo pipefail
runs=${1:-50}
mode=${MODE:-both}
source "$(dirname "$0")/lib.sh"
trap 'stop_server; rm -rf "$work"' EXIT

echo "server: $tarball"
unpack
start_server
wait_for /api/partners 200 120000
console "feature:install backoffice-finance backoffice-logistics" > /dev/null
wait_for_every_module 60000
times=() failures=()
for i in $(seq 1 "$runs"); do
  case "$mode" in stop) how=stop ;; kill) how=kill ;; *) how=$([ $((i % 2)) = 1 ] && echo stop || echo kill) ;; esac
  if [ "$how" = stop ]; then stop_server; else kill_server; fi
  t0=$(now_ms)
  start_server
  if wait_for_every_module 90000 2> "$work/why"; then
    times+=("$(( $(now_ms) - t0 ))")
    echo "restart $i ($how): ${times[-1]} ms"
  else
    failures+=("restart $i ($how): $(cat "$work/why"); health: $(curl -s "http://127.0.0.1:$port/api/health")")
    echo "restart $i ($how): FAILED — ${failures[-1]}"
    cp "$work/server/data/log/karaf.log" "/tmp/restart-bench-failure-$i.log" 2>/dev/null || true
  fi
done
echo "restarts: $runs, came back: ${#times[@]}, failed: ${#failures[@]}"
[ ${#times[@]} -gt 0 ] && echo "restart to every module's 200: $(printf '%s\n' "${times[@]}" | summary)"
for f in "${failures[@]}"; do echo "FAILURE $f"; done
