#!/usr/bin/env bash
# Management API throughput: wamulti-server's REST API against a minimal Qt QHttpServer hello route
# (bench_http_hello), loaded with wrk in the same run, and the ratio. Not a pass/fail test; see
# docs/benchmarks.md. Builds nothing: build first, e.g.
#   cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DWAMULTI_GUI=OFF \
#         -DWAMULTI_WA_PARTS=none -DWAMULTI_TESTS=ON
#   cmake --build build/bench --target wamulti-server bench_http_hello
#   tests/bench/api-bench.sh [build-dir]          (default build/bench)
# Knobs (environment): CONNECTIONS=50 THREADS=2 DURATION=10 WARMUP=2 (seconds) ROWS=1000000.
# Everything listens on and talks to 127.0.0.1 only. Every step has a time limit; the worst case
# stays under 3 minutes. All processes and temporary directories it made are removed on exit.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
# shellcheck source=bench-lib.sh
source "$here/bench-lib.sh"
build=${1:-$root/build/bench}
build=$(cd "$build" && pwd)
connections=${CONNECTIONS:-50}
threads=${THREADS:-2}
duration=${DURATION:-10}
warmup=${WARMUP:-2}
rows=${ROWS:-1000000}
python=/usr/bin/python3
server_bin=$build/app/main/wamulti-server
hello_bin=$build/tests/bench/bench_http_hello
for f in "$server_bin" "$hello_bin"; do
    [[ -x $f ]] || { echo "api-bench: $f is missing; build wamulti-server and bench_http_hello first" >&2; exit 1; }
done
command -v wrk >/dev/null || { echo "api-bench: wrk is not installed" >&2; exit 1; }

work=$(mktemp -d /tmp/wamulti-api-bench.XXXXXX)
runtime_dir=$(mktemp -d /tmp/wamulti-api-bench-run.XXXXXX)
server_pid=
hello_pid=
watchdog_pid=
child_pid= # the step running now (seeding, wrk), so that cleanup can stop it

cleanup() {
    set +e
    [[ -n $child_pid ]] && kill -TERM "$child_pid" 2>/dev/null && wait "$child_pid" 2>/dev/null
    stop "$server_pid"
    stop "$hello_pid"
    [[ -n $watchdog_pid ]] && kill "$watchdog_pid" 2>/dev/null
    rm -rf "$work" "$runtime_dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# A hard bound on the whole run: a normal one takes about a minute; after 150 s, stop the step that is
# running and clean up.
start_watchdog 150 api-bench

# Run one step in the background and wait for it, so that a signal interrupts the wait at once
# and cleanup can stop the step: run_step <time limit s> <command...>
run_step() {
    local limit=$1
    shift
    timeout "$limit" "$@" &
    child_pid=$!
    local rc=0
    wait "$child_pid" || rc=$?
    child_pid=
    return "$rc"
}

api_port=$(free_port)
hello_port=$(free_port)
base=http://127.0.0.1:$api_port

start_server() {
    WAMULTI_KEYCHAIN=off WAMULTI_ENGINE=off ADMIN_PASSWORD=benchpass123 XDG_RUNTIME_DIR=$runtime_dir \
        "$server_bin" --host 127.0.0.1 --port "$api_port" --data-dir "$work/data" >>"$work/server.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 200); do # 20 s
        if curl -sf -m 1 "$base/api/health" >/dev/null 2>&1; then
            return 0
        fi
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.1
    done
    echo "api-bench: wamulti-server did not become healthy; its log:" >&2
    tail -n 30 "$work/server.log" >&2
    exit 1
}

stop_server() {
    stop "$server_pid"
    server_pid=
}

echo "== setup"
"$hello_bin" "$hello_port" >"$work/hello.out" 2>&1 &
hello_pid=$!
start_server

login=$(curl -sf -m 10 -X POST "$base/api/auth/login" -H 'Content-Type: application/json' \
    -d '{"email":"admin@example.com","password":"benchpass123"}')
api_key=$(jq -r '.user.apiKey' <<<"$login")
[[ $api_key == wam_* ]] || { echo "api-bench: login did not return an API key: $login" >&2; exit 1; }

instance=
for i in $(seq 1 10); do
    id=$(curl -sf -m 10 -X POST "$base/api/instances" -H "x-api-key: $api_key" -H 'Content-Type: application/json' \
        -d "{\"name\":\"bench-$i\"}" | jq -r '.id')
    [[ -n $id && $id != null ]] || { echo "api-bench: could not create instance $i" >&2; exit 1; }
    instance=${instance:-$id}
done

stop_server
run_step 90 "$python" "$here/api-seed.py" "$work/data/wamulti.db" "$instance" "$rows"
start_server

# Sanity: all three targets answer 200, and the activity total is the seeded one.
curl -sf -m 5 "http://127.0.0.1:$hello_port/hello" >/dev/null || { echo "api-bench: hello server not answering" >&2; exit 1; }
count=$(curl -sf -m 10 -H "x-api-key: $api_key" "$base/api/instances" | jq '.instances | length')
total=$(curl -sf -m 10 -H "x-api-key: $api_key" "$base/api/instances/$instance/activity" | jq '.pagination.total')
page=$(curl -sf -m 10 -H "x-api-key: $api_key" "$base/api/instances/$instance/activity" | wc -c)
echo "instances: $count; activity total for $instance: $total; one page (limit 100): $page bytes"
if [[ $count != 10 || $total != $((rows + 1)) ]]; then # + the server's own instance_created row
    echo "api-bench: expected 10 instances and $((rows + 1)) activity rows" >&2
    exit 1
fi
echo "load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk: $connections connections, $threads threads, ${warmup} s warm-up + ${duration} s measured per target;" \
     "$(nproc) cpus, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"

# CPU time (user+system, all threads) a process has used, in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
tick_us=$((1000000 / $(getconf CLK_TCK)))

names=(hello instances activity)
labels=("GET /hello (bare QHttpServer)" "GET /api/instances" "GET /api/instances/{id}/activity")
urls=("http://127.0.0.1:$hello_port/hello" "$base/api/instances" "$base/api/instances/$instance/activity")
keys=("" "$api_key" "$api_key")
pids=("$hello_pid" "$server_pid" "$server_pid")
declare -A result
for i in "${!names[@]}"; do
    echo "== ${labels[$i]}"
    API_KEY=${keys[$i]} run_step $((warmup + 10)) wrk -t"$threads" -c"$connections" -d"${warmup}s" \
        -s "$here/api-wrk.lua" "${urls[$i]}" >/dev/null
    cpu0=$(cpu_ticks "${pids[$i]}")
    t0=$(date +%s%N)
    API_KEY=${keys[$i]} run_step $((duration + 15)) wrk -t"$threads" -c"$connections" -d"${duration}s" \
        --latency -s "$here/api-wrk.lua" "${urls[$i]}" >"$work/wrk-${names[$i]}.txt"
    t1=$(date +%s%N)
    cpu1=$(cpu_ticks "${pids[$i]}")
    grep -v '^BENCH' "$work/wrk-${names[$i]}.txt" | sed -n '/Latency Distribution/,/^Requests\/sec/p'
    # + server CPU time used during the measured run (us) and wall time (us)
    result[${names[$i]}]="$(grep '^BENCH' "$work/wrk-${names[$i]}.txt" | cut -d' ' -f2-) \
$(((cpu1 - cpu0) * tick_us)) $(((t1 - t0) / 1000))"
done

echo
echo "== results (ratio = req/s / hello req/s)"
read -r hello_rps _ <<<"${result[hello]}"
printf '%-34s %9s %8s %8s %6s %6s %13s %8s\n' target req/s p50_ms p99_ms ratio errors srv_cpu_us/req srv_cpu%
for i in "${!names[@]}"; do
    read -r rps p50 p99 non2xx sockerr requests cpu_us wall_us <<<"${result[${names[$i]}]}"
    awk -v l="${labels[$i]}" -v r="$rps" -v a="$p50" -v b="$p99" -v h="$hello_rps" -v e=$((non2xx + sockerr)) \
        -v n="$requests" -v c="$cpu_us" -v w="$wall_us" \
        'BEGIN { printf "%-34s %9.0f %8.2f %8.2f %6.2f %6d %13.1f %8.0f\n", l, r, a / 1000, b / 1000, r / h, e,
                        c / n, 100 * c / w }'
done
echo "(errors = non-2xx/3xx responses + socket errors; p50/p99 from wrk --latency; srv_cpu = CPU time"
echo " (user+sys, all threads) the server process used during the measured run, per request and as % of"
echo " one core: it does not depend on how busy the machine is, req/s and latency do)"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
exit 0
