#!/usr/bin/env python3
"""Sandbox capacity: wamulti-sandbox holding D connected, linked companion devices (P phones with
D/P devices each; the devices are WaMulti instances in one wamulti-server) and routing messages
among them. Reports the sandbox's resident memory per connection and the messages it routed per
second (each message fans out to every device of the recipient and the sender's other devices).

Peer in the same run: a bare Node.js WebSocket server (the `ws` package Baileys uses) holding the
same number of idle connections, for the cost of a connection alone. There is no other WhatsApp
server implementation to run beside it.

  tests/bench/sandbox-bench.py [--build build/test] [--devices 2000] [--phones 200] [--messages 2000]
"""
import argparse
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tests", "e2e"))
from sandboxed import Api, Sandbox, create_instance, link_by_qr, rss_mb, start_server, wait_for  # noqa: E402


def cpu_seconds(pid):
    """user + system CPU time of a process so far."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def ws_peer(count):
    script = os.path.join(ROOT, "tests", "bench", "ws-idle-peer.mjs")
    out = subprocess.run(["node", "--expose-gc", script, str(count)], capture_output=True, text=True, timeout=600,
                         cwd=os.path.join(ROOT, "tests", "interop"))
    lines = [l for l in out.stdout.splitlines() if l.startswith("{")]
    if out.returncode != 0 or not lines:
        raise RuntimeError(out.stderr[-2000:])
    return json.loads(lines[-1])


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--build", default=os.path.join(ROOT, "build", "test"))
    p.add_argument("--devices", type=int, default=2000)
    p.add_argument("--phones", type=int, default=200)
    p.add_argument("--messages", type=int, default=2000)
    p.add_argument("--concurrency", type=int, default=32)
    a = p.parse_args()
    os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp")
    per_phone = a.devices // a.phones
    sandbox = Sandbox(os.path.join(a.build, "app/sandbox/wamulti-sandbox"))
    server = None
    try:
        time.sleep(0.5)
        empty = rss_mb(sandbox.proc.pid)
        numbers = [str(551160000000 + i) for i in range(a.phones)]
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda n: sandbox.phone(n, n[-4:]), numbers))
        with_phones = rss_mb(sandbox.proc.pid)
        server, key = start_server(os.path.join(a.build, "app/main/wamulti-server"), sandbox)
        api = Api(server, key)
        started = time.time()
        ids = [create_instance(api, f"d{i}") for i in range(a.devices)]
        # Devices of one phone are linked one after another (its device ids are handed out in order).
        def link_phone(k):
            for j in range(per_phone):
                link_by_qr(api, sandbox, ids[k * per_phone + j], numbers[k])
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(link_phone, range(a.phones)))
        linked = time.time() - started
        time.sleep(5)
        stats = sandbox.stats()
        full = rss_mb(sandbox.proc.pid)
        connections = stats["connections"]
        print(f"sandbox: {stats['devices']} linked companion devices + {a.phones} phones = {connections} connections, "
              f"linked in {linked:.1f} s")
        print(f"sandbox memory: {empty:.0f} MB empty, {with_phones:.0f} MB with {a.phones} phones (their own devices), "
              f"{full:.0f} MB with {stats['devices']} companions: "
              f"{(full - with_phones) * 1024 / stats['devices']:.0f} KB per companion device, "
              f"{(full - empty) * 1024 / connections:.0f} KB per connection overall")

        # Routing: every device sends to the next phone; each message reaches that phone's devices
        # and the sender's other devices.
        before = sandbox.stats()
        cpu_before = cpu_seconds(sandbox.proc.pid)
        started = time.time()
        def send(i):
            api.send(ids[i % a.devices], numbers[(i // per_phone + 1) % a.phones], f"route {i}")
        with ThreadPoolExecutor(a.concurrency) as pool:
            list(pool.map(send, range(a.messages)))
        wait_for(lambda: sandbox.stats()["offlineQueueDepth"] == 0, "every copy acknowledged", timeout=900, interval=0.2)
        seconds = time.time() - started
        sandbox_cpu = cpu_seconds(sandbox.proc.pid) - cpu_before
        after = sandbox.stats()
        routed = after["messagesRouted"] - before["messagesRouted"]
        copies = after["copiesDelivered"] - before["copiesDelivered"]
        print(f"sandbox routing: {routed} messages ({copies} copies to devices, all acknowledged) in {seconds:.2f} s: "
              f"{routed / seconds:.0f} messages/s, {copies / seconds:.0f} copies/s")
        print(f"sandbox CPU while routing: {sandbox_cpu:.1f} s of {seconds:.1f} s ({100 * sandbox_cpu / seconds:.0f}% of one core): "
              f"{sandbox_cpu * 1e6 / copies:.0f} us per copy (its own phones' decryption included); the rest of the two cores "
              f"went to the {a.devices} clients encrypting, decrypting and storing")
        server.stop()
        server = None
        peer = ws_peer(connections)
        print(f"peer: bare Node ws server, {peer['count']} idle connections: {peer['perConnectionKb']:.0f} KB per connection "
              f"(RSS {peer['rssBeforeMb']:.0f} -> {peer['rssAfterMb']:.0f} MB)")
        print(f"ratio: a linked sandbox device costs {(full - empty) * 1024 / connections / peer['perConnectionKb']:.2f}x "
              f"a bare idle Node WebSocket")
    finally:
        if server:
            server.stop()
        sandbox.stop()


if __name__ == "__main__":
    main()
