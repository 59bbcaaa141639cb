"""Helpers for end-to-end tests: start the real wamulti-server binary on a free loopback port
with a temporary data directory, and talk to its REST API with the standard library only."""
import json
import os
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request

ADMIN_EMAIL = "admin@example.com"
ADMIN_PASSWORD = "e2e-admin-password"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, binary, data_dir=None, extra_env=None):
        self.binary = binary
        self.data_dir = data_dir or tempfile.mkdtemp(prefix="wamulti-e2e-")
        self.port = free_port()
        self.proc = None
        self.extra_env = extra_env or {}

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self):
        env = dict(os.environ)
        # API-level tests run without the WhatsApp engine unless they ask for it (extra_env).
        env.update({"WAMULTI_KEYCHAIN": "off", "WAMULTI_FAST_HASH": "1", "ADMIN_PASSWORD": ADMIN_PASSWORD,
                    "WAMULTI_ENGINE": "off",
                    "XDG_RUNTIME_DIR": env.get("XDG_RUNTIME_DIR") or tempfile.mkdtemp()})
        env.update(self.extra_env)
        self.log = open(os.path.join(self.data_dir, "server.log"), "ab")
        self.proc = subprocess.Popen([self.binary, "--data-dir", self.data_dir, "--port", str(self.port)],
                                     stdout=self.log, stderr=subprocess.STDOUT, env=env)
        deadline = time.time() + 20
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}; see {self.data_dir}/server.log")
            try:
                if request(self.url, "GET", "/api/health")[0] == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.05)
        raise RuntimeError("server did not become healthy in 20 s")

    def kill9(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                return self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                raise


def request(base, method, path, body=None, key=None, token=None, timeout=10):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    if key:
        req.add_header("x-api-key", key)
    if token:
        req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            raw = r.read()
            return r.status, (json.loads(raw) if raw else {})
    except urllib.error.HTTPError as e:
        raw = e.read()
        try:
            return e.code, json.loads(raw)
        except ValueError:
            return e.code, {"raw": raw.decode(errors="replace")}


def admin_key(base):
    status, body = request(base, "POST", "/api/auth/login", {"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD})
    assert status == 200, (status, body)
    return body["user"]["apiKey"]


def wait_for(predicate, what, timeout=30, interval=0.05):
    """Polls `predicate` every `interval` seconds until it returns something true, and returns that."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def rss_mb(pid):
    """Resident memory of a process, in MiB (VmRSS)."""
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0
