#!/usr/bin/env bash
# Measures the built server (not a test; nothing here asserts):
#   1. time from `bin/karaf server` to the first 200 from /api/partners, first boot (empty data/) and restart
#   2. resident memory (RSS) of the Karaf JVM 10 s after boot
#   3. `feature:install backoffice-partners` until /api/partners answers 200, sent through one open console session
# Usage: bench/server-bench.sh [runs]   (after ./mvnw install -DskipITs or ./mvnw verify)
set -euo pipefail
runs=${1:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
tarball=$(ls "$root"/karaf-assembly/target/backoffice-server-*.tar.gz | head -1)
work=$(mktemp -d /tmp/backoffice-bench.XXXXXX)
port=${BENCH_HTTP_PORT:-18181}
ssh_port=${BENCH_SSH_PORT:-18101}
user=bench
password=bench-$RANDOM$RANDOM
trap 'stop_server; rm -rf "$work"' EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

unpack() {
  rm -rf "$work/server" && mkdir -p "$work/server"
  tar -xzf "$tarball" -C "$work/server" --strip-components=1
  echo "$user = $password,_g_:admingroup" >> "$work/server/etc/users.properties"
  sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$work/server/etc/org.ops4j.pax.web.cfg"
  sed -i "s/^sshPort *=.*/sshPort = $ssh_port/" "$work/server/etc/org.apache.karaf.shell.cfg"
}

status() { curl -s -o /dev/null -w '%{http_code}' -u "$user:$password" "http://127.0.0.1:$port$1" || true; }

wait_for() { # path, expected status, timeout ms -> prints elapsed ms since $2 start
  local path=$1 expected=$2 deadline=$(( $(now_ms) + $3 ))
  while [ "$(status "$path")" != "$expected" ]; do
    [ "$(now_ms)" -gt "$deadline" ] && { echo "timeout waiting for $path -> $expected" >&2; return 1; }
    sleep 0.02
  done
}

start_server() {
  (cd "$work/server" && nohup bin/karaf server < /dev/null > "$work/karaf.out" 2>&1 &)
}

stop_server() {
  [ -d "$work/server" ] || return 0
  local pid
  pid=$(pgrep -f "karaf.home=$work/server" | head -1 || true)
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
}

boot() { # sets $elapsed: ms from bin/karaf to the first 200 from /api/partners
  local t0; t0=$(now_ms)
  start_server
  wait_for /api/partners 200 60000
  elapsed=$(( $(now_ms) - t0 ))
}

echo "server: $tarball"
first=() restart=()
for i in $(seq 1 "$runs"); do
  unpack
  boot; first+=("$elapsed"); stop_server
  boot; restart+=("$elapsed"); stop_server
  echo "run $i: first boot ${first[-1]} ms, restart ${restart[-1]} ms"
done
echo "median first boot to 200 /api/partners: $(printf '%s\n' "${first[@]}" | median) ms"
echo "median restart    to 200 /api/partners: $(printf '%s\n' "${restart[@]}" | median) ms"

boot
sleep 10
pid=$(pgrep -f "karaf.home=$work/server" | head -1)
echo "RSS 10 s after boot: $(awk '/VmRSS/ {printf "%d MB", $2/1024}' /proc/"$pid"/status)"

# One console session stays open, so the timings exclude the client's own start-up.
fifo="$work/console.in"; mkfifo "$fifo"
(cd "$work/server" && bin/client -a "$ssh_port" -u "$user" -p "$password" < "$fifo" > "$work/console.out" 2>&1 &)
exec 3> "$fifo"
echo "echo console-ready" >&3
for _ in $(seq 1 200); do grep -q '^console-ready' "$work/console.out" 2>/dev/null && break; sleep 0.05; done
install=()
for i in $(seq 1 "$runs"); do
  echo "feature:uninstall backoffice-partners" >&3
  wait_for /api/partners 404 30000
  sleep 1
  t0=$(now_ms)
  echo "feature:install backoffice-partners" >&3
  wait_for /api/partners 200 30000
  install+=("$(( $(now_ms) - t0 ))")
  echo "install $i: ${install[-1]} ms"
done
echo "logout" >&3; exec 3>&-
echo "median feature:install backoffice-partners to 200: $(printf '%s\n' "${install[@]}" | median) ms"
