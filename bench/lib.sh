# Shared by the server benches: unpack the built server, start, stop and kill it, wait for answers, medians.
# Sourced, not run. Ports and the scratch folder can be set from outside: BENCH_HTTP_PORT, BENCH_SSH_PORT, BENCH_WORK.

work=${BENCH_WORK:-$(mktemp -d /tmp/backoffice-bench.XXXXXX)}
port=${BENCH_HTTP_PORT:-18181}
ssh_port=${BENCH_SSH_PORT:-18101}
user=bench
password=bench-$RANDOM$RANDOM
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tarball=${BENCH_TARBALL:-$(ls "$root"/karaf-assembly/target/backoffice-server-*.tar.gz 2>/dev/null | head -1)}
[ -f "$tarball" ] || { echo "build the server first: ./mvnw install -DskipITs" >&2; exit 1; }
# the modules every bench installs, and one endpoint of each that answers 200 to an administrator
modules=(partners finance logistics)
declare -A endpoint=([partners]=/api/partners [finance]=/api/finance/accounts [logistics]=/api/logistics/products)

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
summary() { sort -n | awk '{a[NR]=$1} END {printf "min %d, median %d, max %d ms", a[1], (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2), a[NR]}'; }

# unpack [every]: a fresh server; with "every", finance and logistics are boot features too
unpack() {
  rm -rf "$work/server" && mkdir -p "$work/server"
  tar -xzf "$tarball" -C "$work/server" --strip-components=1
  echo "$user = $password,_g_:admingroup" >> "$work/server/etc/users.properties"
  sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$work/server/etc/org.ops4j.pax.web.cfg"
  sed -i "s/^sshPort *=.*/sshPort = $ssh_port/" "$work/server/etc/org.apache.karaf.shell.cfg"
  if [ "${1:-}" = every ]; then
    sed -i 's/^\( *\)backoffice-partners\/\([^,]*\), \\/\1backoffice-partners\/\2, \\\n\1backoffice-finance\/\2, \\\n\1backoffice-logistics\/\2, \\/' \
      "$work/server/etc/org.apache.karaf.features.cfg"
  fi
}

status() { curl -s -o /dev/null -w '%{http_code}' -u "$user:$password" "http://127.0.0.1:$port$1" || true; }

wait_for() { # path, expected status, timeout ms
  local path=$1 expected=$2 deadline=$(( $(now_ms) + $3 ))
  while [ "$(status "$path")" != "$expected" ]; do
    [ "$(now_ms)" -gt "$deadline" ] && { echo "timeout waiting for $path -> $expected" >&2; return 1; }
    sleep 0.02
  done
}

# every module's endpoint answers 200 and /api/modules lists every module; timeout ms
wait_for_every_module() {
  local deadline=$(( $(now_ms) + $1 )) m
  for m in "${modules[@]}"; do
    while [ "$(status "${endpoint[$m]}")" != 200 ]; do
      [ "$(now_ms)" -gt "$deadline" ] && { echo "timeout: ${endpoint[$m]} answers $(status "${endpoint[$m]}")" >&2; return 1; }
      sleep 0.02
    done
  done
  # a module's descriptor can register a moment after its resources
  local listed
  for m in "${modules[@]}"; do
    until listed=$(curl -s -u "$user:$password" "http://127.0.0.1:$port/api/modules") \
        && grep -q "\"id\":\"$m\"" <<< "$listed"; do
      [ "$(now_ms)" -gt "$deadline" ] && { echo "timeout: /api/modules does not list $m" >&2; return 1; }
      sleep 0.02
    done
  done
}

jvm_pid() { pgrep -f "karaf.home=$work/server" | head -1 || true; }

start_server() {
  (cd "$work/server" && nohup bin/karaf server < /dev/null >> "$work/karaf.out" 2>&1 &)
}

stop_server() { # bin/stop, then wait for the JVM to end (kill -9 after 60 s)
  [ -d "$work/server" ] || return 0
  local pid; pid=$(jvm_pid); [ -n "$pid" ] || return 0
  (cd "$work/server" && bin/stop > /dev/null 2>&1) || kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 600); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
}

kill_server() {
  local pid; pid=$(jvm_pid); [ -n "$pid" ] || return 0
  kill -9 "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
}

console() { # one command through bin/client
  echo "$1" | (cd "$work/server" && bin/client -a "$ssh_port" -u "$user" -p "$password" -b 2>/dev/null)
}
