#!/usr/bin/env bash
# Measures the built server with every module installed (not a test; nothing here asserts):
#   1. bin/karaf server → every module's endpoint answers 200 (and /api/modules lists them): first boot (empty
#      data/, every module a boot feature) and restart (bin/stop, then start again)
#   2. resident memory (RSS) of the Karaf JVM 10 s after boot
#   3. `feature:install backoffice-<module>` of each module → its endpoint answers 200, sent through one open console
# Usage: bench/server-bench.sh [runs]   (after ./mvnw install -DskipITs or ./mvnw verify)
set -euo pipefail
runs=${1:-5}
source "$(dirname "$0")/lib.sh"
trap 'stop_server; rm -rf "$work"' EXIT

boot() { # sets $elapsed: ms from bin/karaf to every module's 200
  local t0; t0=$(now_ms)
  start_server
  wait_for_every_module 120000
  elapsed=$(( $(now_ms) - t0 ))
}

echo "server: $tarball"
first=() restart=()
for i in $(seq 1 "$runs"); do
  unpack every
  boot; first+=("$elapsed"); stop_server
  boot; restart+=("$elapsed"); stop_server
  echo "run $i: first boot ${first[-1]} ms, restart ${restart[-1]} ms"
done
echo "first boot to every module's 200: $(printf '%s\n' "${first[@]}" | summary)"
echo "restart    to every module's 200: $(printf '%s\n' "${restart[@]}" | summary)"

boot
sleep 10
echo "RSS 10 s after boot: $(awk '/VmRSS/ {printf "%d MB", $2/1024}' /proc/"$(jvm_pid)"/status)"

# One console session stays open, so the timings exclude the client's own start-up.
fifo="$work/console.in"; mkfifo "$fifo"
(cd "$work/server" && bin/client -a "$ssh_port" -u "$user" -p "$password" < "$fifo" > "$work/console.out" 2>&1 &)
exec 3> "$fifo"
echo "echo console-ready" >&3
for _ in $(seq 1 200); do grep -q '^console-ready' "$work/console.out" 2>/dev/null && break; sleep 0.05; done
for m in "${modules[@]}"; do
  install=()
  for i in $(seq 1 "$runs"); do
    echo "feature:uninstall backoffice-$m" >&3
    wait_for "${endpoint[$m]}" 404 30000
    sleep 1
    t0=$(now_ms)
    echo "feature:install backoffice-$m" >&3
    wait_for "${endpoint[$m]}" 200 30000
    install+=("$(( $(now_ms) - t0 ))")
  done
  echo "feature:install backoffice-$m to 200: $(printf '%s\n' "${install[@]}" | summary)"
done
echo "logout" >&3; exec 3>&-
