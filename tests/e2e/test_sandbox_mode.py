"""`--sandbox` end to end through the real executable: wamulti-server starts a simulated WhatsApp
network in process and prints where; GET /api/sandbox tells admins (403 for others, 404 without
--sandbox); an instance links to the embedded network by QR through the sandbox's control API;
a data directory of a real setup is refused, and --sandbox excludes --wa-url."""
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

from wamulti_e2e import Server, admin_key, request


class SandboxServer(Server):
    """Server started with extra command-line arguments."""

    def __init__(self, binary, args, **kw):
        super().__init__(binary, **kw)
        self.args = args

    def start(self):
        binary = self.binary
        wrapper = os.path.join(self.data_dir, "run.sh")
        with open(wrapper, "w") as f:
            f.write("#!/bin/sh\nexec \"%s\" %s \"$@\"\n" % (binary, " ".join(self.args)))
        os.chmod(wrapper, 0o755)
        self.binary = wrapper
        try:
            return super().start()
        finally:
            self.binary = binary


def wait_for(predicate, what, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def control(base, method, path, body=None):
    req = urllib.request.Request(base + path, data=json.dumps(body).encode() if body else None, method=method)
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def run(cmd, env=None):
    e = dict(os.environ)
    e.update({"WAMULTI_KEYCHAIN": "off", "XDG_RUNTIME_DIR": e.get("XDG_RUNTIME_DIR") or tempfile.mkdtemp()})
    e.update(env or {})
    return subprocess.run(cmd, capture_output=True, text=True, env=e, timeout=30)


def main(server_bin):
    r = run([server_bin, "--help"])
    assert r.returncode == 0 and "--sandbox" in r.stdout, r.stdout
    r = run([server_bin, "--sandbox", "--wa-url", "ws://127.0.0.1:1/ws/chat", "--data-dir", tempfile.mkdtemp()])
    assert r.returncode == 2 and "--wa-url" in r.stderr, r

    server = SandboxServer(server_bin, ["--sandbox"], extra_env={"WAMULTI_ENGINE": "on"}).start()
    try:
        banner = open(os.path.join(server.data_dir, "server.log")).read()
        m = re.search(r"Sandbox:\s+(http://127\.0\.0\.1:\d+/sandbox)/info", banner)
        assert m, banner
        key = admin_key(server.url)
        status, info = request(server.url, "GET", "/api/sandbox", key=key)
        assert status == 200, (status, info)
        assert info["enabled"] is True and info["controlUrl"] == m.group(1), info
        assert re.fullmatch(r"[0-9a-f]{64}", info["rootPublicKey"]), info
        status, own = control(info["controlUrl"], "GET", "/info")
        assert status == 200 and own["wsUrl"] == info["wsUrl"] and own["rootPublicKey"] == info["rootPublicKey"], own

        status, user = request(server.url, "POST", "/api/users", {"email": "plain@example.com", "password": "plain-password-1"}, key=key)
        assert status == 201, user
        status, body = request(server.url, "GET", "/api/sandbox", key=user["apiKey"])
        assert status == 403 and body["error"] == "forbidden", (status, body)

        # An instance links to the embedded network: QR, a phone scans it, connected.
        status, inst = request(server.url, "POST", "/api/instances", {"name": "Embedded"}, key=key)
        assert status == 201, inst
        code = wait_for(lambda: request(server.url, "GET", f"/api/instances/{inst['id']}/qr", key=key)[1].get("qrCode"), "a QR")
        status, phone = control(info["controlUrl"], "POST", "/phones", {"number": "5511933330000", "pushName": "E2E"})
        assert status == 201, phone
        status, linked = control(info["controlUrl"], "POST", "/phones/5511933330000/scan", {"qr": code})
        assert status == 200, linked
        wait_for(lambda: request(server.url, "GET", f"/api/instances/{inst['id']}/status", key=key)[1].get("status") == "connected",
                 "connected through the embedded sandbox")
        assert server.stop() == 0
    finally:
        server.stop()
    assert os.path.exists(os.path.join(server.data_dir, "sandbox-mode"))

    # Without --sandbox: 404 with the JSON error body.
    plain = Server(server_bin).start()
    try:
        status, body = request(plain.url, "GET", "/api/sandbox", key=admin_key(plain.url))
        assert status == 404 and body["error"] == "not_found" and "--sandbox" in body["message"], (status, body)
    finally:
        assert plain.stop() == 0
    # ...and that (real) data directory is refused in sandbox mode.
    r = run([server_bin, "--sandbox", "--data-dir", plain.data_dir, "--port", "0"], env={"WAMULTI_FAST_HASH": "1"})
    assert r.returncode == 1 and "without --sandbox" in r.stderr, r
    print("sandbox mode: banner, GET /api/sandbox (200/403/404), QR link through the embedded network, data dir guard OK")


if __name__ == "__main__":
    main(sys.argv[1])
