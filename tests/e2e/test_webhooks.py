"""Durable webhooks end to end: the real wamulti-server binary (WAMULTI_ENGINE=off) delivering to a
real local HTTP receiver written here with http.server, which checks every X-Webhook-Signature
itself with Python's hmac over the raw body bytes.

Cases: a receiver failing the first attempts gets one logical event with X-Webhook-Attempt 1, 2, 3
and identical bytes; receiver down while 10,000 events are queued, then up: all 10,000 arrive,
exactly once each; SIGKILL mid-retry and mid-burst, restart: every acknowledged event arrives;
dead letter, then replay; the legacy format; maxApiCalls answers 429 and sends one
limit_exceeded. With the sandbox binary as a second argument, instances linked by QR through the
real WhatsApp engine send qr_received, connected and disconnected (qr.update, connection.open and
connection.close in the legacy format)."""
import hashlib
import hmac
import http.client
import http.server
import json
import signal
import socketserver
import subprocess
import sys
import threading
import time
import urllib.request

from wamulti_e2e import Server, admin_key, free_port, request, wait_for

SECRET = "e2e-webhook-secret-0123456789"


class Receiver:
    """An HTTP server that records every webhook request and answers what `policy` says."""

    def __init__(self, port=None):
        self.port = port or free_port()
        self.lock = threading.Lock()
        self.hits = []  # dicts: path, id, attempt, event, body, signature_ok
        self.policy = lambda hit: 200
        self.httpd = None

    def start(self):
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as a real receiver would

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                expected = hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
                given = self.headers.get("X-Webhook-Signature", "")
                hit = {"path": self.path, "id": self.headers.get("X-Webhook-Id"),
                       "attempt": int(self.headers.get("X-Webhook-Attempt", "0")),
                       "event": self.headers.get("X-Webhook-Event"), "body": body,
                       "timestamp": self.headers.get("X-Webhook-Timestamp"),
                       "content_type": self.headers.get("Content-Type"),
                       "signature_ok": hmac.compare_digest(given, expected)}
                with receiver.lock:
                    receiver.hits.append(hit)
                    status = receiver.policy(hit)
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        class ThreadingServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
            daemon_threads = True
            allow_reuse_address = True

        self.httpd = ThreadingServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def on(self, path):
        with self.lock:
            return [h for h in self.hits if h["path"] == path]

    def ids(self, path):
        return {h["id"] for h in self.on(path)}


def hooked(server, key, receiver, path, **extra):
    body = {"name": path.strip("/"), "webhookUrl": receiver.url(path), "webhookEnabled": True,
            "webhookSecret": SECRET, "retryInterval": 1000, "maxRetries": 10}
    body.update(extra)
    status, inst = request(server.url, "POST", "/api/instances", body, key=key)
    assert status == 201, inst
    return inst["id"]


def deliveries(server, key, iid, query=""):
    status, page = request(server.url, "GET", f"/api/instances/{iid}/webhooks/deliveries{query}", key=key)
    assert status == 200, page
    return page


def post_tests(server, key, iid, count, threads=4, stop=None):
    """POST .../webhooks/test `count` times over keep-alive connections; returns the acknowledged
    delivery ids (202 received). With `stop` set, runs until it is set (or count is reached)."""
    acked, lock = [], threading.Lock()

    def worker(n):
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        try:
            for _ in range(n):
                if stop is not None and stop.is_set():
                    return
                try:
                    conn.request("POST", f"/api/instances/{iid}/webhooks/test", body=b"{}",
                                 headers={"x-api-key": key, "Content-Type": "application/json"})
                    r = conn.getresponse()
                    raw = r.read()
                except (OSError, http.client.HTTPException):
                    return  # the server was killed
                assert r.status == 202, (r.status, raw)
                with lock:
                    acked.append(json.loads(raw)["deliveryId"])
        finally:
            conn.close()

    per = [count // threads + (1 if i < count % threads else 0) for i in range(threads)]
    workers = [threading.Thread(target=worker, args=(n,)) for n in per]
    for w in workers:
        w.start()
    return workers, acked


def check_signatures(receiver):
    with receiver.lock:
        bad = [h for h in receiver.hits if not h["signature_ok"]]
    assert not bad, f"{len(bad)} requests with a wrong X-Webhook-Signature, e.g. {bad[0]}"


def retries_then_delivered(server, key, receiver):
    """A receiver failing the first 2 attempts gets one logical event, attempts 1, 2, 3."""
    iid = hooked(server, key, receiver, "/flaky", maxRetries=5)
    receiver.policy = lambda h: 500 if h["path"] == "/flaky" and h["attempt"] < 3 else 200
    status, queued = request(server.url, "POST", f"/api/instances/{iid}/webhooks/test", key=key)
    assert status == 202, queued
    hits = wait_for(lambda: len(receiver.on("/flaky")) >= 3 and receiver.on("/flaky"), "3 attempts", 30)
    assert [h["attempt"] for h in hits] == [1, 2, 3], [h["attempt"] for h in hits]
    assert {h["id"] for h in hits} == {queued["deliveryId"]}
    assert len({h["body"] for h in hits}) == 1, "retries must send identical bytes"
    assert hits[0]["content_type"] == "application/json"
    assert abs(int(hits[0]["timestamp"]) - time.time()) < 60
    body = json.loads(hits[0]["body"])
    assert body["event"] == "webhook_test" and body["data"]["instanceId"] == iid, body
    assert hits[2]["timestamp"] >= hits[0]["timestamp"]
    page = wait_for(lambda: deliveries(server, key, iid, "?status=delivered")["deliveries"], "delivered in the log")
    assert page[0]["attempts"] == 3 and page[0]["lastStatusCode"] == 200, page[0]
    print("retries: one event, X-Webhook-Attempt 1, 2, 3, identical signed bytes, then delivered")


def backlog_while_down(server, key, total=10000, instances=4):
    """Receiver down, `total` events queued, receiver up: all arrive, each exactly once."""
    receiver = Receiver()  # not started: connection refused
    ids = [hooked(server, key, receiver, f"/backlog{i}", maxRetries=50) for i in range(instances)]
    t0 = time.time()
    expected = {}
    all_workers = []
    for iid in ids:
        workers, acked = post_tests(server, key, iid, total // instances, threads=2)
        all_workers.append((iid, workers, acked))
    for iid, workers, acked in all_workers:
        for w in workers:
            w.join()
        expected[iid] = acked
    queued = sum(len(a) for a in expected.values())
    assert queued == total, f"only {queued} of {total} test events were acknowledged"
    enqueue_s = time.time() - t0
    pending = sum(deliveries(server, key, iid, "?status=pending&limit=1")["pagination"]["total"] for iid in ids)
    assert pending == total, f"{pending} pending while the receiver is down, expected {total}"
    receiver.start()
    t1 = time.time()
    n = len(ids)
    wait_for(lambda: sum(len(receiver.ids(f"/backlog{i}")) for i in range(n)) >= total,
             f"{total} distinct events after the receiver came up", 240)
    drain_s = time.time() - t1
    time.sleep(0.5)
    for i, iid in enumerate(ids):
        hits = receiver.on(f"/backlog{i}")
        got = [h["id"] for h in hits]
        missing = set(expected[iid]) - set(got)
        assert not missing, f"{len(missing)} events missing for {iid}"
        assert len(got) == len(set(got)), f"{len(got) - len(set(got))} duplicates without any kill"
        # In commit order per instance (the acknowledged order of one connection's requests is not
        # the commit order across connections, so compare with the delivery log's order).
        assert all(h["attempt"] == 1 for h in hits[1:]), "only the head was attempted while down"
    check_signatures(receiver)
    for iid in ids:
        assert deliveries(server, key, iid, "?status=delivered&limit=1")["pagination"]["total"] == total // instances
    receiver.stop()
    print(f"backlog: {total} events queued in {enqueue_s:.1f} s with the receiver down; "
          f"all {total} arrived exactly once in {drain_s:.1f} s after it came up")


def kill_mid_retry(binary, receiver):
    """SIGKILL while a head event is waiting for its retry and while events are being produced;
    after a restart every acknowledged event arrives (duplicates only around the kill)."""
    server = TrackedServer(binary).start()
    key = admin_key(server.url)
    iid = hooked(server, key, receiver, "/killed", maxRetries=20)
    healthy = threading.Event()
    receiver.policy = lambda h: 200 if h["path"] != "/killed" or healthy.is_set() else 503
    status, first = request(server.url, "POST", f"/api/instances/{iid}/webhooks/test", key=key)
    assert status == 202
    wait_for(lambda: any(h["attempt"] == 2 for h in receiver.on("/killed")), "the second attempt", 30)
    stop = threading.Event()
    workers, acked = post_tests(server, key, iid, 100000, threads=3, stop=stop)
    time.sleep(1.0)  # 2nd failure committed long ago; the burst is running
    server.kill9()
    stop.set()
    for w in workers:
        w.join()
    assert len(acked) > 50, f"only {len(acked)} test events acknowledged before the kill"
    attempts_before = max(h["attempt"] for h in receiver.on("/killed"))
    healthy.set()
    server.start()
    expected = set(acked) | {first["deliveryId"]}
    wait_for(lambda: expected <= receiver.ids("/killed"), f"all {len(expected)} acknowledged events", 120)
    # The head's failed attempts were committed before the kill: after the restart it goes on
    # counting (an attempt whose outcome the kill cut off may be made again with its number).
    head = [h["attempt"] for h in receiver.on("/killed") if h["id"] == first["deliveryId"]]
    assert head[-1] >= max(attempts_before, 3) and head == sorted(head), head
    hits = receiver.on("/killed")
    check_signatures(receiver)
    assert server.stop() == 0
    print(f"kill -9 mid-retry: {len(expected)} acknowledged events all arrived after the restart "
          f"(head attempts {head}; {len(hits)} requests for {len(receiver.ids('/killed'))} events)")


def dead_letter_then_replay(server, key, receiver):
    iid = hooked(server, key, receiver, "/dead", maxRetries=1)
    healthy = threading.Event()
    receiver.policy = lambda h: 200 if h["path"] != "/dead" or healthy.is_set() else 500
    status, queued = request(server.url, "POST", f"/api/instances/{iid}/webhooks/test", key=key)
    assert status == 202
    did = queued["deliveryId"]
    dead = wait_for(lambda: deliveries(server, key, iid, "?status=dead")["deliveries"], "a dead letter", 30)
    assert dead[0]["id"] == did and dead[0]["attempts"] == 2 and dead[0]["lastStatusCode"] == 500, dead[0]
    assert dead[0]["lastError"] == "HTTP 500", dead[0]
    status, body = request(server.url, "POST", f"/api/instances/{iid}/webhooks/deliveries/{did}/replay", key=key)
    assert status == 202, body  # replayed while the receiver still fails: dead again after 2 more
    wait_for(lambda: len(receiver.on("/dead")) == 4, "the replay's two attempts", 30)
    wait_for(lambda: deliveries(server, key, iid, "?status=dead")["deliveries"], "dead again", 30)
    healthy.set()
    status, body = request(server.url, "POST", f"/api/instances/{iid}/webhooks/deliveries/{did}/replay", key=key)
    assert status == 202, body
    wait_for(lambda: deliveries(server, key, iid, "?status=delivered")["deliveries"], "delivered after replay", 30)
    hits = receiver.on("/dead")
    assert [h["attempt"] for h in hits] == [1, 2, 3, 4, 5], [h["attempt"] for h in hits]
    assert {h["id"] for h in hits} == {did} and len({h["body"] for h in hits}) == 1
    status, body = request(server.url, "POST", f"/api/instances/{iid}/webhooks/deliveries/nope/replay", key=key)
    assert status == 404 and body["error"] == "not_found", body
    print("dead letter: 2 attempts, dead, replayed (same id and bytes, attempts 3-5), delivered")


def legacy_format(server, key, receiver):
    iid = hooked(server, key, receiver, "/legacy", webhookFormat="legacy")
    status, queued = request(server.url, "POST", f"/api/instances/{iid}/webhooks/test", key=key)
    assert status == 202 and queued["event"] == "webhook.test", queued
    hit = wait_for(lambda: receiver.on("/legacy"), "the legacy test event", 30)[0]
    body = json.loads(hit["body"])
    assert list(body) == ["event", "instanceId", "data", "timestamp"], list(body)
    assert body["event"] == "webhook.test" and body["instanceId"] == iid and "instanceId" not in body["data"], body
    assert hit["event"] == "webhook.test"
    # The legacy API has no webhook_updated: a settings change sends nothing to this instance.
    status, _ = request(server.url, "PUT", f"/api/instances/{iid}", {"notifyRead": True}, key=key)
    assert status == 200
    time.sleep(1.5)
    assert len(receiver.on("/legacy")) == 1
    assert [d["event"] for d in deliveries(server, key, iid)["deliveries"]] == ["webhook.test"]
    print("legacy: webhook.test in the legacy envelope; no webhook_updated for legacy instances")


def api_limit(server, key, receiver):
    status, user = request(server.url, "POST", "/api/users",
                           {"email": "metered@example.com", "password": "metered-pass-1", "maxApiCalls": 5}, key=key)
    assert status == 201 and user["maxApiCalls"] == 5, user
    ukey = user["apiKey"]
    iid = hooked(server, ukey, receiver, "/limited")  # call 1
    answers = [request(server.url, "GET", "/api/instances", key=ukey)[0] for _ in range(8)]
    assert answers == [200, 200, 200, 200, 429, 429, 429, 429], answers
    status, body = request(server.url, "GET", f"/api/instances/{iid}", key=ukey)
    assert status == 429 and body["error"] == "limit_exceeded" and "maxApiCalls" in body["message"], body
    hit = wait_for(lambda: receiver.on("/limited"), "limit_exceeded", 30)[0]
    event = json.loads(hit["body"])
    assert event["event"] == "limit_exceeded", event
    assert event["data"] == {"instanceId": iid, "exceededLimits": ["maxApiCalls"],
                             "usage": {"apiCalls": 5, "messagesSent": 0}}, event["data"]
    time.sleep(1.5)
    assert len(receiver.on("/limited")) == 1, "exactly one limit_exceeded per user, day and limit"
    status, _ = request(server.url, "PUT", f"/api/users/{user['id']}", {"maxApiCalls": None}, key=key)
    assert status == 200
    assert request(server.url, "GET", "/api/instances", key=ukey)[0] == 200
    print("limits: maxApiCalls=5 -> 4 more calls, then 429 limit_exceeded; one limit_exceeded webhook")


def sandbox_call(base, method, path, body=None):
    req = urllib.request.Request(base + path, data=json.dumps(body).encode() if body else None, method=method)
    with urllib.request.urlopen(req, timeout=20) as r:
        return r.status, json.loads(r.read())


def connection_events(binary, sandbox_bin, receiver):
    """The engine's facts as webhooks: QR shown, phone scans, connected, logout."""
    sandbox = subprocess.Popen([sandbox_bin, "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        info = next(json.loads(line) for line in sandbox.stdout if line.startswith("{"))
        control = info["wsUrl"].replace("ws://", "http://").replace("/ws/chat", "")
        env = {"WAMULTI_ENGINE": "on", "WA_URL": info["wsUrl"], "WA_ROOT_KEY": info["rootPublicKey"]}
        server = TrackedServer(binary, extra_env=env).start()
        key = admin_key(server.url)
        receiver.policy = lambda h: 200
        formats = {"/engine-standard": "standard", "/engine-legacy": "legacy"}
        for n, (path, fmt) in enumerate(formats.items()):
            iid = hooked(server, key, receiver, path, webhookFormat=fmt)
            qr_hit = wait_for(lambda: receiver.on(path), f"a QR event on {path}", 30)[0]
            body = json.loads(qr_hit["body"])
            code = body["data"]["qrCode" if fmt == "standard" else "qr"]
            assert body["event"] == ("qr_received" if fmt == "standard" else "qr.update"), body
            assert code.startswith("https://wa.me/settings/linked_devices#2@"), code
            status, phone = sandbox_call(control, "POST", "/sandbox/phones", {"number": f"55119444400{n:02d}"})
            assert status == 201, phone
            _, qr = request(server.url, "GET", f"/api/instances/{iid}/qr", key=key)
            status, _ = sandbox_call(control, "POST", f"/sandbox/phones/{phone['number']}/scan", {"qr": qr["qrCode"]})
            assert status == 200
            names = {"standard": ("connected", "disconnected"), "legacy": ("connection.open", "connection.close")}[fmt]
            opened = wait_for(lambda: [h for h in receiver.on(path) if h["event"] == names[0]], names[0], 30)
            assert json.loads(opened[0]["body"])["event"] == names[0]
            status, _ = request(server.url, "POST", f"/api/instances/{iid}/logout", key=key)
            assert status == 200
            closed = wait_for(lambda: [h for h in receiver.on(path) if h["event"] == names[1]], names[1], 30)
            data = json.loads(closed[0]["body"])["data"]
            assert data["reason"] == "logout" and data["willReconnect"] is False, data
        check_signatures(receiver)
        assert server.stop() == 0
        print("engine: QR, connected and logout arrive as qr_received/connected/disconnected and "
              "qr.update/connection.open/connection.close")
    finally:
        sandbox.send_signal(signal.SIGTERM)
        sandbox.wait(timeout=10)


STARTED = []  # every Server this test started, stopped at the end even when an assertion fails


class TrackedServer(Server):
    def start(self):
        if self not in STARTED:
            STARTED.append(self)
        return super().start()


def main(binary, sandbox_bin=None):
    try:
        run(binary, sandbox_bin)
    finally:
        for s in STARTED:
            if s.proc and s.proc.poll() is None:
                s.proc.kill()
                s.proc.wait()


def run(binary, sandbox_bin):
    receiver = Receiver().start()
    server = TrackedServer(binary).start()
    key = admin_key(server.url)
    retries_then_delivered(server, key, receiver)
    dead_letter_then_replay(server, key, receiver)
    legacy_format(server, key, receiver)
    api_limit(server, key, receiver)
    backlog_while_down(server, key)
    check_signatures(receiver)
    assert server.stop() == 0, "graceful shutdown failed"
    kill_mid_retry(binary, receiver)
    if sandbox_bin:
        connection_events(binary, sandbox_bin, receiver)
    receiver.stop()


if __name__ == "__main__":
    main(*sys.argv[1:3])
