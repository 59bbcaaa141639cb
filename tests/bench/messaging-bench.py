#!/usr/bin/env python3
"""Messaging benchmark: WaMulti beside Baileys 7.0.0-rc14, in the same run, on the same sandbox.

  1. memory: N instances linked and idle in one wamulti-server (resident memory per instance),
     beside N Baileys clients linked in one Node process;
  2. incoming: M messages queued for an offline device, then the time until all are decrypted,
     stored and acknowledged (WaMulti: in the history; Baileys: messages.upsert), from the moment
     the device comes back;
  3. outgoing: M texts sent (WaMulti: POST /send, C at a time; Baileys: sendMessage, C at a time)
     until the receiving phone decrypted all of them.

Not a pass/fail test (docs/benchmarks.md). Usage:
  tests/bench/messaging-bench.py [--build build/test] [--instances 100,1000] [--baileys 100]
                                 [--messages 2000] [--concurrency 16]
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


def node(*args, timeout=1800):
    out = subprocess.run(["node", "--expose-gc", os.path.join(ROOT, "tests", "bench", "baileys-fleet.mjs"), *args],
                         capture_output=True, text=True, timeout=timeout, cwd=os.path.join(ROOT, "tests", "interop"))
    lines = [l for l in out.stdout.splitlines() if l.startswith("{")]
    if out.returncode != 0 or not lines:
        raise RuntimeError(f"baileys-fleet {args[1]} failed: {out.stderr[-2000:]}")
    return json.loads(lines[-1])


def phones(sandbox, first, count):
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda i: sandbox.phone(str(first + i), f"P{i}"), range(count)))


def memory(build, n, baileys_n):
    sandbox = Sandbox(os.path.join(build, "app/sandbox/wamulti-sandbox"))
    server = None
    try:
        phones(sandbox, 551180000000, n)
        server, key = start_server(os.path.join(build, "app/main/wamulti-server"), sandbox)
        api = Api(server, key)
        time.sleep(1)
        before = rss_mb(server.proc.pid)
        started = time.time()
        ids = [create_instance(api, f"i{i}") for i in range(n)]
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda i: link_by_qr(api, sandbox, ids[i], str(551180000000 + i)), range(n)))
        linked = time.time() - started
        time.sleep(5)
        after = rss_mb(server.proc.pid)
        ours = {"count": n, "rssBeforeMb": before, "rssAfterMb": after, "perInstanceMb": (after - before) / n, "linkSeconds": linked}
        peer = None
        if baileys_n:
            phones(sandbox, 551190000000, baileys_n)
            peer = node(json.dumps(sandbox.info), "idle", str(baileys_n), "551190000000")
        return ours, peer
    finally:
        if server:
            server.stop()
        sandbox.stop()


def throughput(build, count, concurrency):
    sandbox = Sandbox(os.path.join(build, "app/sandbox/wamulti-sandbox"))
    server = None
    results = {}
    try:
        for n in ("5511970000001", "5511970000002", "5511970000003", "5511970000004", "5511970000005"):
            sandbox.phone(n, n[-1])
        server, key = start_server(os.path.join(build, "app/main/wamulti-server"), sandbox)
        api = Api(server, key)
        iid = create_instance(api, "bench")
        link_by_qr(api, sandbox, iid, "5511970000001")
        data_dir = server.data_dir
        # Incoming: offline while the phone queues `count` messages, then time the catch-up.
        api.send(iid, "5511970000003", "warm up")
        server.stop()
        ids = [sandbox.phone_sends("5511970000003", {"to": "5511970000001", "text": f"bench {i}"}) for i in range(count)]
        started = time.time()
        server, key = start_server(os.path.join(build, "app/main/wamulti-server"), sandbox, data_dir=data_dir)
        api = Api(server, key)
        chat = "5511970000003@s.whatsapp.net"
        def stored():
            status, page = api("GET", f"/api/instances/{iid}/chats/{chat}/messages?limit=1")
            return page["pagination"]["total"] >= count + 1 and page
        wait_for(stored, "all messages stored", timeout=900, interval=0.1)
        seconds = time.time() - started
        results["incoming"] = {"peer": "wamulti", "count": count, "seconds": seconds, "perSecond": count / seconds}
        # Outgoing: /send, `concurrency` requests in flight, until the phone decrypted all.
        target = "5511970000004"
        api.send(iid, target, "warm up")
        started = time.time()
        with ThreadPoolExecutor(concurrency) as pool:
            list(pool.map(lambda i: api.send(iid, target, f"bench {i}"), range(count)))
        wait_for(lambda: sum(1 for m in sandbox.inbox(target) if (m.get("text") or "").startswith("bench ")) >= count,
                 "the phone decrypted all", timeout=900, interval=0.2)
        seconds = time.time() - started
        results["outgoing"] = {"peer": "wamulti", "count": count, "concurrency": concurrency, "seconds": seconds, "perSecond": count / seconds}
        server.stop()
        server = None
        results["baileysIncoming"] = node(json.dumps(sandbox.info), "receive", str(count), "5511970000003", "5511970000002")
        results["baileysOutgoing"] = node(json.dumps(sandbox.info), "send", str(count), str(concurrency), "5511970000002", "5511970000005")
        return results
    finally:
        if server:
            server.stop()
        sandbox.stop()


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--build", default=os.path.join(ROOT, "build", "test"))
    p.add_argument("--instances", default="100,1000")
    p.add_argument("--baileys", type=int, default=100, help="Baileys clients beside the first instance count")
    p.add_argument("--messages", type=int, default=2000)
    p.add_argument("--concurrency", type=int, default=16)
    p.add_argument("--skip-memory", action="store_true")
    p.add_argument("--skip-throughput", action="store_true")
    a = p.parse_args()
    os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp")
    if not a.skip_memory:
        for i, n in enumerate(int(x) for x in a.instances.split(",")):
            ours, peer = memory(a.build, n, a.baileys if i == 0 else 0)
            print(f"memory  wamulti {n:5d} instances: {ours['perInstanceMb']:.2f} MB/instance "
                  f"(RSS {ours['rssBeforeMb']:.0f} -> {ours['rssAfterMb']:.0f} MB, linked in {ours['linkSeconds']:.1f} s)")
            if peer:
                print(f"memory  baileys {peer['count']:5d} clients:   {peer['perClientMb']:.2f} MB/client "
                      f"(RSS {peer['rssBeforeMb']:.0f} -> {peer['rssAfterMb']:.0f} MB, linked in {peer['linkSeconds']:.1f} s)")
                print(f"memory  ratio: Baileys uses {peer['perClientMb'] / ours['perInstanceMb']:.1f}x the memory per account")
    if not a.skip_throughput:
        r = throughput(a.build, a.messages, a.concurrency)
        i, bi, o, bo = r["incoming"], r["baileysIncoming"], r["outgoing"], r["baileysOutgoing"]
        print(f"incoming wamulti {i['perSecond']:8.0f} msg/s ({i['count']} in {i['seconds']:.2f} s, decrypted, stored, acked)")
        print(f"incoming baileys {bi['perSecond']:8.0f} msg/s ({bi['count']} in {bi['seconds']:.2f} s)   ratio {i['perSecond'] / bi['perSecond']:.2f}x")
        print(f"outgoing wamulti {o['perSecond']:8.0f} msg/s ({o['count']} via /send, {o['concurrency']} in flight, {o['seconds']:.2f} s)")
        print(f"outgoing baileys {bo['perSecond']:8.0f} msg/s ({bo['count']} via sendMessage, {bo['concurrency']} in flight, {bo['seconds']:.2f} s)"
              f"   ratio {o['perSecond'] / bo['perSecond']:.2f}x")


if __name__ == "__main__":
    main()
