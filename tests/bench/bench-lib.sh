# Shell helpers the benchmark scripts share (source it; it defines functions only).

# Stop one process we started: SIGTERM, up to 10 s, then SIGKILL.
stop() {
    local pid=$1
    [[ -n $pid ]] || return 0
    kill -TERM "$pid" 2>/dev/null || return 0
    for _ in $(seq 100); do
        kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

# A hard bound on the whole run: after <seconds>, say so as <name> and send this script SIGTERM
# (its traps clean up). Sets watchdog_pid; kill it at the end.
start_watchdog() {
    local seconds=$1 name=$2
    ( trap 'kill $sleeper 2>/dev/null; exit 0' TERM
      sleep "$seconds" & sleeper=$!
      wait $sleeper && { echo "$name: time limit reached, stopping" >&2; kill -TERM $$; } ) &
    watchdog_pid=$!
}

# A free TCP port on 127.0.0.1.
free_port() {
    /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}
