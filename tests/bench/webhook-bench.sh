#!/usr/bin/env bash
# Webhook delivery: WaMulti's durable dispatcher against a minimal Node.js webhook sender
# (webhook-peer.mjs: in-memory queue, same ordering and signing rules), same receiver, same run,
# and the ratio. Two figures each: sustained deliveries/s draining a backlog, and p50/p99 latency
# from producing an event to the receiver's 2xx at a fixed rate (default 1,000 events/s).
# Not a pass/fail test; see docs/benchmarks.md. Builds nothing: build wamulti-server first, e.g.
#   cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DWAMULTI_GUI=OFF -DWAMULTI_TESTS=ON
#   cmake --build build/bench --target wamulti-server
#   tests/bench/webhook-bench.sh [build-dir]          (default build/bench)
# Knobs (environment): BACKLOG=20000 RATE=1000 DURATION=10 (seconds) INSTANCES=10.
# Everything listens on and talks to 127.0.0.1 only; every process and temporary directory it
# made is removed on exit; a watchdog ends the run after 600 s.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
# shellcheck source=bench-lib.sh
source "$here/bench-lib.sh"
build=${1:-$root/build/bench}
build=$(cd "$build" && pwd)
backlog=${BACKLOG:-20000}
rate=${RATE:-1000}
seconds=${DURATION:-10}
instances=${INSTANCES:-10}
server_bin=$build/app/main/wamulti-server
[[ -x $server_bin ]] || { echo "webhook-bench: $server_bin is missing; build wamulti-server first" >&2; exit 1; }
command -v node >/dev/null || { echo "webhook-bench: node is not installed" >&2; exit 1; }

work=$(mktemp -d /tmp/wamulti-webhook-bench.XXXXXX)
runtime_dir=$(mktemp -d /tmp/wamulti-webhook-bench-run.XXXXXX)
server_pid=
peer_pid=
watchdog_pid=
child_pid=

cleanup() {
    set +e
    [[ -n $child_pid ]] && kill -TERM "$child_pid" 2>/dev/null && wait "$child_pid" 2>/dev/null
    stop "$server_pid"
    stop "$peer_pid"
    [[ -n $watchdog_pid ]] && kill "$watchdog_pid" 2>/dev/null
    rm -rf "$work" "$runtime_dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
start_watchdog 600 webhook-bench

api_port=$(free_port)
base=http://127.0.0.1:$api_port
echo "== setup"
# A long webhook timeout: the throughput phase holds the first requests while the backlog is queued.
WAMULTI_KEYCHAIN=off WAMULTI_ENGINE=off WAMULTI_FAST_HASH=1 ADMIN_PASSWORD=benchpass123 \
    WAMULTI_WEBHOOK_TIMEOUT_SECS=120 XDG_RUNTIME_DIR=$runtime_dir \
    "$server_bin" --host 127.0.0.1 --port "$api_port" --data-dir "$work/data" >>"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 200); do
    curl -sf -m 1 "$base/api/health" >/dev/null 2>&1 && break
    kill -0 "$server_pid" 2>/dev/null || { tail -n 30 "$work/server.log" >&2; exit 1; }
    sleep 0.1
done
login=$(curl -sf -m 10 -X POST "$base/api/auth/login" -H 'Content-Type: application/json' \
    -d '{"email":"admin@example.com","password":"benchpass123"}')
api_key=$(node -e 'console.log(JSON.parse(process.argv[1]).user.apiKey)' "$login")

node "$here/webhook-peer.mjs" 0 >"$work/peer.out" 2>&1 &
peer_pid=$!
for _ in $(seq 100); do
    grep -q port "$work/peer.out" 2>/dev/null && break
    sleep 0.1
done
peer_port=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).port)' "$work/peer.out")

echo "build: $(grep -E '^CMAKE_BUILD_TYPE' "$build/CMakeCache.txt" | cut -d= -f2), node $(node --version)," \
     "$(nproc) cpus, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "backlog $backlog events over $instances instances; latency at $rate events/s for $seconds s"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

run() { # run <label> <base url> <pid>
    timeout 400 node "$here/webhook-driver.mjs" "$2" "$api_key" "$3" "$backlog" "$rate" "$seconds" "$instances" \
        >"$work/$1.json" &
    child_pid=$!
    wait "$child_pid"
    child_pid=
    cat "$work/$1.json"
}
echo "== WaMulti (durable outbox, dispatcher thread)"
run ours "$base" "$server_pid"
echo "== Node.js peer (in-memory queue)"
run peer "http://127.0.0.1:$peer_port" "$peer_pid"

echo
echo "== results (ratio = ours / peer for deliveries/s; peer / ours for latency)"
node -e '
const [ours, peer] = process.argv.slice(1).map((f) => JSON.parse(require("fs").readFileSync(f, "utf8")));
const row = (name, r) => console.log(`${name.padEnd(14)} ${String(r.deliveriesPerSec).padStart(8)} ${String(r.serverCpuUsPerDelivery).padStart(10)}`
    + ` ${r.factP50Ms.toFixed(1).padStart(9)} ${r.factP99Ms.toFixed(1).padStart(9)}`
    + ` ${r.p50Ms.toFixed(2).padStart(9)} ${r.p99Ms.toFixed(2).padStart(9)} ${r.apiP50Ms.toFixed(2).padStart(8)} ${r.apiP99Ms.toFixed(2).padStart(8)}`
    + ` ${String(r.received).padStart(8)} ${String(r.badSignatures).padStart(6)}`);
console.log(`${"sender".padEnd(14)} ${"deliv/s".padStart(8)} ${"cpu_us/del".padStart(10)} ${"fact_p50".padStart(9)} ${"fact_p99".padStart(9)}`
    + ` ${"e2e_p50".padStart(9)} ${"e2e_p99".padStart(9)} ${"api_p50".padStart(8)} ${"api_p99".padStart(8)} ${"received".padStart(8)} ${"badsig".padStart(6)}`);
row("WaMulti", ours);
row("Node.js peer", peer);
console.log(`ratio: throughput ${(ours.deliveriesPerSec / peer.deliveriesPerSec).toFixed(2)}x the peer;`
    + ` CPU per delivery ${(ours.serverCpuUsPerDelivery / peer.serverCpuUsPerDelivery).toFixed(2)}x;`
    + ` end-to-end p50 ${(ours.p50Ms / peer.p50Ms).toFixed(2)}x, p99 ${(ours.p99Ms / peer.p99Ms).toFixed(2)}x the peer`);
if (!ours.drained || !peer.drained || !ours.arrived || !peer.arrived) console.log("WARNING: not every event arrived in time");
' "$work/ours.json" "$work/peer.json"
echo "(ms; fact = the payload's timestamp (taken just before the commit) -> the receiver's 2xx, whole ms;"
echo " e2e = the event's due time -> 2xx, including the API call that records it; api = due -> the API's"
echo " answer; cpu_us/del = CPU time (user+sys, all threads) of the sender process per delivery while"
echo " draining the backlog)"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
exit 0
