"""Linking an instance end to end through the real executables: wamulti-server pointed at
wamulti-sandbox with --wa-url/--wa-root-key, an instance created over the REST API shows a QR at
/qr, a simulated phone scans it, the instance turns connected (activity: qr_received, paired,
connected), a restart logs in again without a QR, and a logout over the API wipes the link."""
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request

from wamulti_e2e import Server, admin_key, request, wait_for


def sandbox_call(base, method, path, body=None):
    req = urllib.request.Request(base + path, data=json.dumps(body).encode() if body else None, method=method)
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def main(server_bin, sandbox_bin):
    sandbox = subprocess.Popen([sandbox_bin, "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        info = None
        for line in sandbox.stdout:
            if line.startswith("{"):
                info = json.loads(line)
                break
        control = info["wsUrl"].replace("ws://", "http://").replace("/ws/chat", "")
        status, phone = sandbox_call(control, "POST", "/sandbox/phones", {"number": "5511944440000", "pushName": "E2E"})
        assert status == 201, phone

        env = {"WAMULTI_ENGINE": "on", "WA_URL": info["wsUrl"], "WA_ROOT_KEY": info["rootPublicKey"]}
        server = Server(server_bin, extra_env=env).start()
        key = admin_key(server.url)
        status, inst = request(server.url, "POST", "/api/instances", {"name": "Linked by QR"}, key=key)
        assert status == 201, inst
        iid = inst["id"]

        def qr():
            s, body = request(server.url, "GET", f"/api/instances/{iid}/qr", key=key)
            assert s in (200, 202), (s, body)
            return body.get("qrCode")
        code = wait_for(qr, "a QR code at /qr")
        assert code.startswith("https://wa.me/settings/linked_devices#2@"), code
        status, linked = sandbox_call(control, "POST", f"/sandbox/phones/{phone['number']}/scan", {"qr": code})
        assert status == 200, linked

        def connected():
            s, body = request(server.url, "GET", f"/api/instances/{iid}/status", key=key)
            return body if body.get("status") == "connected" else None
        st = wait_for(connected, "status connected")
        assert st["ready"] is True and st["hasQr"] is False, st
        s, q = request(server.url, "GET", f"/api/instances/{iid}/qr", key=key)
        assert s == 409 and q["error"] == "already_connected", (s, q)

        def actions():
            s, body = request(server.url, "GET", f"/api/instances/{iid}/activity?limit=50", key=key)
            return {log["action"] for log in body["logs"]}
        wait_for(lambda: {"qr_received", "paired", "connected"} <= actions(), "activity entries")

        def prekeys_on_sandbox():
            _, phones = sandbox_call(control, "GET", f"/sandbox/phones/{phone['number']}")
            devices = phones.get("devices", [])
            return devices and devices[0].get("preKeys", 0) >= 50
        wait_for(prekeys_on_sandbox, "one-time prekeys uploaded after login")

        # The line drops without a word: the instance notices, reconnects and logs in again.
        jid = f"{phone['number']}:1@s.whatsapp.net"
        status, dropped = sandbox_call(control, "POST", f"/sandbox/devices/{jid}/drop")
        assert status == 200, dropped
        wait_for(lambda: "disconnected" in {log["action"] for log in
                                            request(server.url, "GET", f"/api/instances/{iid}/activity?actions=disconnected", key=key)[1]["logs"]},
                 "the drop noticed")
        wait_for(connected, "connected again after the drop")
        # A stream error that asks for a restart (515) reconnects at once.
        status, kicked = sandbox_call(control, "POST", f"/sandbox/devices/{jid}/kick", {"code": 515})
        assert status == 200, kicked
        wait_for(lambda: len(request(server.url, "GET", f"/api/instances/{iid}/activity?actions=disconnected", key=key)[1]["logs"]) >= 2,
                 "the kick noticed")
        wait_for(connected, "connected again after the 515")

        # A restart restores the link: connected again, with no QR shown.
        assert server.stop() == 0
        server.start()
        wait_for(connected, "status connected after a restart")
        s, body = request(server.url, "GET", f"/api/instances/{iid}/activity?actions=qr_received", key=key)
        qr_count_after_restart = body["pagination"]["total"]

        # Logout over the API: the device is removed and its keys wiped.
        s, body = request(server.url, "POST", f"/api/instances/{iid}/logout", key=key)
        assert s == 200, (s, body)
        wait_for(lambda: request(server.url, "GET", f"/api/instances/{iid}/status", key=key)[1]["status"] == "logged_out",
                 "status logged_out")
        assert server.stop() == 0
        print(f"link: QR -> scan -> connected -> drop -> connected -> 515 -> connected -> restart -> connected (QR shown {qr_count_after_restart}x in total) -> logout")
    finally:
        sandbox.send_signal(signal.SIGTERM)
        sandbox.wait(timeout=10)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
