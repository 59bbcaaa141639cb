"""Helpers for end-to-end tests against wamulti-sandbox: start it, call its control API, start
wamulti-server pointed at it, and link instances the way a user would (the QR from /qr scanned by
a simulated phone, or a pairing code from /pairing-code typed on it)."""
import hashlib
import json
import os
import subprocess
import time
import urllib.error
import urllib.request

from wamulti_e2e import Server, admin_key, request, rss_mb, wait_for  # noqa: F401 (re-exported for the tests)


class Sandbox:
    def __init__(self, binary):
        self.proc = subprocess.Popen([binary, "--port", "0"], stdout=subprocess.PIPE, text=True)
        self.info = None
        for line in self.proc.stdout:
            if line.startswith("{"):
                self.info = json.loads(line)
                break
        assert self.info, "the sandbox printed no info line"
        self.url = self.info["wsUrl"].replace("ws://", "http://").replace("/ws/chat", "")

    def call(self, method, path, body=None, timeout=30):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.url + path, data=data, method=method)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                return r.status, json.loads(r.read())
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read())

    def phone(self, number, name):
        status, body = self.call("POST", "/sandbox/phones", {"number": number, "pushName": name})
        assert status == 201, body
        wait_for(lambda: self.call("GET", f"/sandbox/phones/{number}")[0] == 200, "the phone")
        return number

    def inbox(self, number):
        return self.call("GET", f"/sandbox/phones/{number}/messages")[1]

    def in_inbox(self, number, message_id):
        return next((m for m in self.inbox(number) if m["id"] == message_id), None)

    def phone_sends(self, number, body):
        # The phone's own device may still be logging in right after it was created.
        def attempt():
            status, answer = self.call("POST", f"/sandbox/phones/{number}/messages", body)
            return answer["id"] if status == 200 else (None if status == 409 else AssertionError((status, answer)))
        result = wait_for(attempt, f"phone {number} to send")
        if isinstance(result, AssertionError):
            raise result
        return result

    def stats(self):
        return self.call("GET", "/sandbox/stats")[1]

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def start_server(server_bin, sandbox, extra=None, data_dir=None):
    env = {"WAMULTI_ENGINE": "on", "WA_URL": sandbox.info["wsUrl"], "WA_ROOT_KEY": sandbox.info["rootPublicKey"]}
    env.update(extra or {})
    server = Server(server_bin, data_dir=data_dir, extra_env=env).start()
    return server, admin_key(server.url)


class Api:
    def __init__(self, server, key):
        self.server, self.key = server, key

    def __call__(self, method, path, body=None, timeout=30):
        return request(self.server.url, method, path, body, key=self.key, timeout=timeout)

    def status(self, iid):
        return self("GET", f"/api/whatsapp/{iid}/status")[1].get("status")

    def history(self, iid, chat, limit=200):
        status, body = self("GET", f"/api/instances/{iid}/chats/{chat}/messages?limit={limit}")
        assert status == 200, (status, body)
        return body["messages"]

    def find(self, iid, chat, message_id):
        return next((m for m in self.history(iid, chat) if m["messageId"] == message_id), None)

    def send(self, iid, phone, text):
        status, body = self("POST", f"/api/whatsapp/{iid}/send", {"phone": phone, "message": text})
        assert status == 200, (status, body)
        return body["id"]

    def send_file(self, iid, phone, name, data, mime, caption=None, kind=None):
        boundary = "----wamulti-e2e-boundary"
        parts = [("phone", None, None, phone.encode())]
        if caption is not None:
            parts.append(("caption", None, None, caption.encode()))
        if kind is not None:
            parts.append(("type", None, None, kind.encode()))
        parts.append(("file", name, mime, data))
        body = b""
        for field, filename, ctype, payload in parts:
            body += f"--{boundary}\r\n".encode()
            disposition = f'Content-Disposition: form-data; name="{field}"'
            if filename:
                disposition += f'; filename="{filename}"'
            body += (disposition + "\r\n").encode()
            if ctype:
                body += f"Content-Type: {ctype}\r\n".encode()
            body += b"\r\n" + payload + b"\r\n"
        body += f"--{boundary}--\r\n".encode()
        req = urllib.request.Request(self.server.url + f"/api/whatsapp/{iid}/send-file", data=body, method="POST")
        req.add_header("x-api-key", self.key)
        req.add_header("Content-Type", f"multipart/form-data; boundary={boundary}")
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                return r.status, json.loads(r.read())
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read())

    def media(self, iid, message_id):
        req = urllib.request.Request(self.server.url + f"/api/instances/{iid}/messages/{message_id}/media")
        req.add_header("x-api-key", self.key)
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                return r.status, r.read(), r.headers.get("Content-Type")
        except urllib.error.HTTPError as e:
            return e.code, e.read(), None


def create_instance(api, name):
    status, inst = api("POST", "/api/instances", {"name": name})
    assert status == 201, inst
    return inst["id"]


def link_by_qr(api, sandbox, iid, number):
    def qr():
        s, body = api("GET", f"/api/instances/{iid}/qr")
        return body.get("qrCode") if s == 200 else None
    code = wait_for(qr, "a QR code")
    status, body = sandbox.call("POST", f"/sandbox/phones/{number}/scan", {"qr": code})
    assert status == 200, body
    wait_for(lambda: api.status(iid) == "connected", "connected after the scan")


def link_by_code(api, sandbox, iid, number):
    wait_for(lambda: api.status(iid) == "qr", "waiting for a link")
    status, body = api("POST", f"/api/instances/{iid}/pairing-code", {"phone": number})
    assert status == 200, (status, body)
    status, typed = sandbox.call("POST", f"/sandbox/phones/{number}/pairing-code", {"code": body["formatted"]})
    assert status == 200, typed
    wait_for(lambda: api.status(iid) == "connected", "connected after the pairing code")


def sha(data):
    return hashlib.sha256(data).hexdigest()
