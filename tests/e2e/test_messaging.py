"""Messaging end to end through the built wamulti-server, its REST API and wamulti-sandbox: two
instances linked by phone scans (QR, and a pairing code), text and every media type both ways
between them and with a simulated phone, delivery and read receipts changing `status` in the
history, a group of two instances and a phone, contacts, the legacy API, the events feed, stats,
and the errors a caller gets (400, 404, 409, 413, 415, 502)."""
import hashlib
import hmac
import json
import os
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from sandboxed import Api, Sandbox, create_instance, link_by_code, link_by_qr, sha, start_server, wait_for

ALICE, BOB, CAROL = "5511955550001", "5511955550002", "5511955550003"


def jid(number):
    return f"{number}@s.whatsapp.net"


def samples():
    blob = lambda n, seed: bytes((i * seed + (i >> 5)) & 0xFF for i in range(n))
    return [
        ("photo.jpg", "image/jpeg", None, "image", blob(40000, 7)),
        ("clip.mp4", "video/mp4", None, "video", blob(90000, 11)),
        ("song.mp3", "audio/mpeg", None, "audio", blob(30000, 13)),
        ("note.ogg", "audio/ogg", "ptt", "ptt", blob(20000, 17)),
        ("report.pdf", "application/pdf", None, "document", blob(25000, 19)),
        ("sticker.webp", "image/webp", "sticker", "sticker", blob(10000, 23)),
    ]


def start_file_server(payload):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path != "/file.jpg":
                self.send_response(404)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "image/jpeg")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args):
            pass
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


class Receiver:
    """A webhook receiver that checks every signature with Python's hmac over the raw body."""
    def __init__(self, secret):
        self.events, self.bad = [], 0
        outer = self
        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
                if not hmac.compare_digest(expected, self.headers.get("X-Webhook-Signature", "")):
                    outer.bad += 1
                else:
                    outer.events.append(json.loads(body))
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                pass
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/hook"

    def find(self, event, message_id, **fields):
        return next((e for e in self.events if e["event"] == event and e["data"].get("messageId") == message_id
                     and all(e["data"].get(k) == v for k, v in fields.items())), None)


def main(server_bin, sandbox_bin):
    sandbox = Sandbox(sandbox_bin)
    server = None
    try:
        for number, name in ((ALICE, "Alice"), (BOB, "Bob"), (CAROL, "Carol")):
            sandbox.phone(number, name)
        server, key = start_server(server_bin, sandbox, {"WAMULTI_MAX_MEDIA_BYTES": "300000"})
        api = Api(server, key)
        one = create_instance(api, "Alice on WaMulti")
        two = create_instance(api, "Bob on WaMulti")
        link_by_qr(api, sandbox, one, ALICE)
        link_by_code(api, sandbox, two, BOB)
        print("ok: instance one linked by QR, instance two by pairing code")
        receiver = Receiver("e2e-webhook-secret")
        status, body = api("PUT", f"/api/instances/{one}", {"webhookUrl": receiver.url, "webhookEnabled": True,
                                                              "webhookSettings": {"notifyReceived": True, "notifySent": True,
                                                                                  "notifyDelivery": True, "notifyRead": True,
                                                                                  "secret": "e2e-webhook-secret"}})
        assert status == 200, body

        # Text both ways between the two instances.
        a = api.send(one, "+55 11 95555-0002", "hello two, from one")
        wait_for(lambda: api.find(two, jid(ALICE), a), "one's text in two's history")
        got = api.find(two, jid(ALICE), a)
        assert got["content"] == "hello two, from one" and not got["fromMe"] and got["status"] == "received", got
        assert got["metadata"]["pushName"] == "Alice", got
        b = api.send(two, ALICE, "and back, from two")
        wait_for(lambda: api.find(one, jid(BOB), b), "two's text in one's history")
        sent = api.find(one, jid(ALICE) if False else jid(BOB), a)
        assert sent["fromMe"] and sent["messageType"] == "text", sent
        print("ok: text both ways between two instances")

        # Receipts: delivered when two got it, read once two reads the chat.
        wait_for(lambda: api.find(one, jid(BOB), a)["status"] in ("delivered", "read"), "delivered status")
        status, marked = api("POST", f"/api/instances/{two}/chats/{ALICE}/read")
        assert status == 200, marked
        wait_for(lambda: api.find(one, jid(BOB), a)["status"] == "read", "read status in the sender's history")
        assert api.find(one, jid(BOB), a)["statusUpdatedAt"], "statusUpdatedAt is set"
        print("ok: delivered, then read, in the sender's history")
        wait_for(lambda: receiver.find("message_sent", a) and receiver.find("message_status", a, status="delivered")
                 and receiver.find("message_status", a, status="read") and receiver.find("message_received", b),
                 "message webhooks of instance one")
        got = receiver.find("message_received", b)["data"]
        assert got["from"] == jid(BOB) and got["body"] == "and back, from two" and got["type"] == "conversation" \
            and got["pushName"] == "Bob" and got["hasMedia"] is False, got
        assert receiver.bad == 0
        print("ok: message_sent, message_status (delivered, read) and message_received webhooks, signatures checked")

        # Every media type, both ways.
        for name, mime, kind, expected, data in samples():
            status, body = api.send_file(one, BOB, name, data, mime, caption=f"{expected} from one", kind=kind)
            assert status == 200, (name, status, body)
            wait_for(lambda: (api.find(two, jid(ALICE), body["id"]) or {}).get("mediaUrl"), f"{expected} kept by two")
            m = api.find(two, jid(ALICE), body["id"])
            assert m["messageType"] == expected and m["hasMedia"], (expected, m)
            if expected not in ("audio", "ptt", "sticker"):
                assert m["caption"] == f"{expected} from one", m
            if expected == "document":
                assert m["fileName"] == "report.pdf", m
            code, file, ctype = api.media(two, body["id"])
            assert code == 200 and sha(file) == sha(data), (expected, code, len(file))
            status, back = api.send_file(two, ALICE, name, data[::-1], mime, kind=kind)
            assert status == 200, (name, status, back)
            wait_for(lambda: (api.find(one, jid(BOB), back["id"]) or {}).get("mediaUrl"), f"{expected} kept by one")
            code, file, _ = api.media(one, back["id"])
            assert code == 200 and sha(file) == sha(data[::-1]), expected
        print("ok: image, video, audio, voice note, document and sticker both ways, hashes checked")

        # With a plain simulated phone: text and media both ways, and its read receipt.
        c = api.send(one, CAROL, "hi Carol")
        wait_for(lambda: (sandbox.in_inbox(CAROL, c) or {}).get("text") == "hi Carol", "one's text on Carol's phone")
        wait_for(lambda: api.find(one, jid(CAROL), c)["status"] == "delivered", "delivered by the phone")
        status, body = sandbox.call("POST", f"/sandbox/phones/{CAROL}/read", {"ids": [c]})
        assert status == 200, body
        wait_for(lambda: api.find(one, jid(CAROL), c)["status"] == "read", "read by the phone")
        status, body = api.send_file(one, CAROL, "photo.jpg", samples()[0][4], "image/jpeg", caption="for Carol")
        assert status == 200, body
        wait_for(lambda: (sandbox.in_inbox(CAROL, body["id"]) or {}).get("sha256") == sha(samples()[0][4]), "image on Carol's phone")
        from_carol = sandbox.phone_sends(CAROL, {"to": ALICE, "text": "Carol here"})
        wait_for(lambda: api.find(one, jid(CAROL), from_carol), "Carol's text in one's history")
        import base64
        doc = b"%PDF-1.4 carol\n" * 500
        doc_id = sandbox.phone_sends(CAROL, {"to": ALICE, "document": base64.b64encode(doc).decode(), "fileName": "c.pdf", "mimeType": "application/pdf"})
        wait_for(lambda: (api.find(one, jid(CAROL), doc_id) or {}).get("mediaUrl"), "Carol's document kept")
        assert sha(api.media(one, doc_id)[1]) == sha(doc)
        print("ok: text, media and receipts with a simulated phone")

        # A group of both instances' accounts and the phone.
        status, group = sandbox.call("POST", "/sandbox/groups", {"subject": "E2E", "owner": CAROL, "participants": [ALICE, BOB]})
        assert status == 201, group
        g = group["jid"]
        gm = api.send(one, g, "hello group")
        wait_for(lambda: api.find(two, g, gm), "group message in two")
        wait_for(lambda: (sandbox.in_inbox(CAROL, gm) or {}).get("text") == "hello group", "group message on the phone")
        assert api.find(two, g, gm)["metadata"]["participant"] == jid(ALICE)
        gp = sandbox.phone_sends(CAROL, {"to": g, "text": "phone in group"})
        wait_for(lambda: api.find(one, g, gp) and api.find(two, g, gp), "phone's group message in both instances")
        print("ok: a group of two instances and a phone")

        # Contacts.
        status, added = api("POST", f"/api/whatsapp/{one}/contacts/add", {"phone": BOB, "name": "Bob (saved)"})
        assert status == 200 and added["contact"]["name"] == "Bob (saved)", (status, added)
        status, missing = api("POST", f"/api/whatsapp/{one}/contacts/add", {"phone": "5511900009999"})
        assert status == 404 and missing["error"] == "not_on_whatsapp", (status, missing)
        status, db = api("GET", f"/api/instances/{one}/contacts/db?search=Bob")
        assert status == 200 and db["pagination"]["total"] == 1 and db["contacts"][0]["name"] == "Bob (saved)", db
        status, groups = api("GET", f"/api/whatsapp/{one}/contacts/db?onlyGroups=true")
        assert status == 200 and [c["remoteJid"] for c in groups["contacts"]] == [g], groups
        status, saved = api("POST", f"/api/instances/{one}/contacts/save", {"number": "5511900001234", "name": "Saved By API", "about": "x"})
        assert status == 200 and saved["remoteJid"] == "5511900001234@s.whatsapp.net", saved
        status, imported = api("POST", f"/api/instances/{two}/contacts/import")
        assert status == 200 and imported["importedCount"] >= 0, imported
        status, known = api("GET", f"/api/whatsapp/{one}/contacts")
        assert status == 200 and {c["id"] for c in known["contacts"]} >= {jid(BOB), jid(CAROL), g}, known
        print("ok: contacts add (checked on WhatsApp), db, save, import")

        # Chats and events.
        status, chats = api("GET", f"/api/instances/{one}/chats")
        assert status == 200 and chats["pagination"]["total"] == 3, chats
        status, events = api("GET", f"/api/instances/{two}/events?types=message_received&limit=500")
        assert status == 200 and any(e["data"]["messageId"] == a for e in events["events"]), events
        status, stats = api("GET", f"/api/stats/instances/{one}")
        usage = stats["usage"]
        assert usage["messagesSent"] >= 10 and usage["messagesReceived"] >= 8 and usage["mediaSent"] >= 7 and usage["totalMediaSize"] > 0, usage
        print("ok: chats, events feed and stats counters")

        # The legacy API sends too.
        status, legacy = api("POST", f"/instances/{one}/sendMessage", {"to": BOB, "message": "legacy hello"})
        assert status == 200 and legacy["success"] and legacy["messageId"], legacy
        wait_for(lambda: api.find(two, jid(ALICE), legacy["messageId"]), "legacy message delivered")

        # send-media from a URL; and the errors.
        payload = samples()[0][4]
        files = start_file_server(payload)
        url = f"http://127.0.0.1:{files.server_address[1]}"
        status, body = api("POST", f"/api/whatsapp/{one}/send-media", {"phone": BOB, "url": url + "/file.jpg", "caption": "by URL"})
        assert status == 200, body
        wait_for(lambda: (api.find(two, jid(ALICE), body["id"]) or {}).get("mediaUrl"), "URL media kept")
        status, body = api("POST", f"/api/whatsapp/{one}/send-media", {"phone": BOB, "url": url + "/missing.jpg"})
        assert status == 502 and "404" in body["message"], (status, body)
        status, body = api.send_file(one, BOB, "big.bin", b"x" * 400000, "application/octet-stream")
        assert status == 413, (status, body)
        status, body = api("POST", f"/api/whatsapp/{one}/send", {"phone": "12ab", "message": "x"})
        assert status == 400 and "phone" in body["message"], body
        status, body = api("POST", f"/api/whatsapp/{one}/send", {"phone": BOB})
        assert status == 400 and "message" in body["message"], body
        status, body = api("POST", "/api/whatsapp/doesnotexist/send", {"phone": BOB, "message": "x"})
        assert status == 404, body
        three = create_instance(api, "not linked")
        wait_for(lambda: api.status(three) == "qr", "three waiting")
        status, body = api("POST", f"/api/whatsapp/{three}/send", {"phone": BOB, "message": "x"})
        assert status == 409 and "qr" in body["message"], (status, body)
        status, body = api("POST", f"/api/whatsapp/{one}/send-file", {"phone": BOB})
        assert status == 415, (status, body)
        files.shutdown()
        print("ok: send-media by URL, and 400/404/409/413/415/502 errors")

        # A user limited to 2 messages a day: the third send is 429 naming maxMessagesSent.
        status, user = api("POST", "/api/users", {"email": "limited@example.com", "password": "limited-pass-1",
                                                  "firstName": "L", "lastName": "U", "maxMessagesSent": 2})
        assert status == 201, (status, user)
        limited = Api(server, user["apiKey"])
        mine = create_instance(limited, "limited")
        link_by_qr(limited, sandbox, mine, CAROL)
        for i in range(2):
            limited.send(mine, BOB, f"allowed {i}")
        status, body = limited("POST", f"/api/whatsapp/{mine}/send", {"phone": BOB, "message": "one too many"})
        assert status == 429 and body["error"] == "limit_exceeded" and "maxMessagesSent" in body["message"], (status, body)
        print("ok: maxMessagesSent refuses the third message of a user limited to 2")
        print("messaging e2e: all checks passed")
    finally:
        if server:
            server.stop()
        sandbox.stop()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
