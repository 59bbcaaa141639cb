"""kill -9 survival: every write the API acknowledged is there after a SIGKILL and a restart,
including secrets sealed under the master key (API keys, webhook secrets)."""
import sys
import threading
import time

from wamulti_e2e import Server, admin_key, request


def main(binary):
    server = Server(binary).start()
    key = admin_key(server.url)

    # Acknowledged control-plane writes of several kinds.
    status, user = request(server.url, "POST", "/api/users",
                           {"email": "durable@example.com", "password": "durable-pass-1"}, key=key)
    assert status == 201, user
    user_key = user["apiKey"]
    status, inst = request(server.url, "POST", "/api/instances",
                           {"name": "Durable", "webhookUrl": "https://example.com/h", "webhookEnabled": True,
                            "webhookSecret": "durable-webhook-secret", "maxRetries": 7}, key=user_key)
    assert status == 201, inst
    status, _ = request(server.url, "PUT", f"/api/instances/{inst['id']}", {"description": "updated"}, key=user_key)
    assert status == 200

    # A burst of creates from 4 threads, killed in the middle.
    acked, lock, stop = [], threading.Lock(), threading.Event()

    def burst(n):
        i = 0
        while not stop.is_set():
            try:
                status, body = request(server.url, "POST", "/api/instances", {"name": f"burst-{n}-{i}"}, key=key, timeout=3)
            except OSError:
                return
            if status == 201:
                with lock:
                    acked.append(body["id"])
            i += 1

    threads = [threading.Thread(target=burst, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    time.sleep(1.5)
    server.kill9()
    stop.set()
    for t in threads:
        t.join()
    assert len(acked) > 20, f"only {len(acked)} creates were acknowledged before the kill"

    server.start()  # same data dir, new process
    key2 = admin_key(server.url)
    assert key2 == key, "the admin API key changed across the restart"
    status, listing = request(server.url, "GET", "/api/instances", key=key)
    assert status == 200
    present = {i["id"] for i in listing["instances"]}
    missing = [i for i in acked if i not in present]
    assert not missing, f"{len(missing)} acknowledged instances lost: {missing[:5]}"
    extra = present - set(acked) - {inst["id"]}
    assert len(extra) <= 4, f"more unacknowledged instances than requests in flight: {len(extra)}"

    status, got = request(server.url, "GET", f"/api/instances/{inst['id']}", key=user_key)
    assert status == 200, got
    assert got["description"] == "updated"
    assert got["webhookSettings"]["maxRetries"] == 7
    assert got["webhookSettings"]["secret"] == "****cret", got["webhookSettings"]
    assert server.stop() == 0, "graceful shutdown after restart failed"
    print(f"kill -9: {len(acked)} acknowledged creates, all present after restart; "
          f"{len(extra)} unacknowledged in-flight creates also committed")


if __name__ == "__main__":
    main(sys.argv[1])
