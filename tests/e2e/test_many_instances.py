"""100 instances in one wamulti-server, each linked to its own simulated phone, all exchanging
messages at once: every instance sends to the next one's number and every message arrives."""
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from sandboxed import Api, Sandbox, create_instance, link_by_qr, start_server, wait_for

N = 100


def number(i):
    return f"55119333{i:05d}"


def main(server_bin, sandbox_bin):
    sandbox = Sandbox(sandbox_bin)
    server = None
    try:
        started = time.time()
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda i: sandbox.phone(number(i), f"Phone {i}"), range(N)))
        server, key = start_server(server_bin, sandbox)
        api = Api(server, key)
        ids = [create_instance(api, f"instance {i}") for i in range(N)]
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda i: link_by_qr(api, sandbox, ids[i], number(i)), range(N)))
        linked = time.time()
        status, listing = api("GET", "/api/instances")
        assert sum(1 for i in listing["instances"] if i["status"] == "connected") == N, listing
        print(f"{N} instances linked in {linked - started:.1f} s")

        def send(i):
            return api.send(ids[i], number((i + 1) % N), f"from {i} to {(i + 1) % N}")
        with ThreadPoolExecutor(16) as pool:
            sent = list(pool.map(send, range(N)))

        def arrived(i):
            receiver = (i + 1) % N
            return api.find(ids[receiver], f"{number(i)}@s.whatsapp.net", sent[i])
        wait_for(lambda: all(arrived(i) for i in range(N)), "every message at its receiver", timeout=120, interval=0.5)
        for i in range(N):
            m = arrived(i)
            assert m["content"] == f"from {i} to {(i + 1) % N}", m
        print(f"{N} instances exchanged {N} messages at once in {time.time() - linked:.1f} s")
    finally:
        if server:
            server.stop()
        sandbox.stop()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
