"""Nothing is lost and nothing is doubled across a kill -9: a simulated phone sends a burst of
1,000 messages to a linked instance; wamulti-server is killed with SIGKILL in the middle of it;
the sandbox keeps what was not acknowledged; after a restart on the same data directory every one
of the 1,000 messages is in the history exactly once."""
import sys
import threading
import time

from sandboxed import Api, Sandbox, create_instance, link_by_qr, start_server, wait_for

ALICE, BOB = "5511944440001", "5511944440002"
COUNT = 1000


def main(server_bin, sandbox_bin):
    sandbox = Sandbox(sandbox_bin)
    server = None
    try:
        sandbox.phone(ALICE, "Alice")
        sandbox.phone(BOB, "Bob")
        server, key = start_server(server_bin, sandbox)
        api = Api(server, key)
        iid = create_instance(api, "burst target")
        link_by_qr(api, sandbox, iid, ALICE)
        data_dir = server.data_dir

        sent = []
        def burst():
            for i in range(COUNT):
                sent.append(sandbox.phone_sends(BOB, {"to": ALICE, "text": f"burst {i}"}))
        sender = threading.Thread(target=burst)
        sender.start()
        # Kill while messages are arriving and being committed.
        wait_for(lambda: len(sent) >= COUNT // 3, "a third of the burst", timeout=120)
        stored_before = len(api.history(iid, f"{BOB}@s.whatsapp.net", limit=1000))
        server.kill9()
        print(f"killed -9 after {len(sent)} sent, {stored_before} stored")
        sender.join()
        assert len(sent) == COUNT and len(set(sent)) == COUNT

        server, key = start_server(server_bin, sandbox, data_dir=data_dir)
        api = Api(server, key)
        wait_for(lambda: api.status(iid) == "connected", "logged in again after the restart", timeout=60)

        def all_there():
            messages = api.history(iid, f"{BOB}@s.whatsapp.net", limit=1000)
            return len(messages) >= COUNT and messages
        messages = wait_for(all_there, "all 1,000 messages in the history", timeout=120)
        time.sleep(1)  # anything redelivered twice would land now
        status, page = api("GET", f"/api/instances/{iid}/chats/{BOB}@s.whatsapp.net/messages?limit=1000&skip=0")
        ids = [m["messageId"] for m in page["messages"]]
        assert page["pagination"]["total"] == COUNT, page["pagination"]
        assert len(ids) == COUNT and set(ids) == set(sent), (len(ids), len(set(ids) & set(sent)))
        texts = {m["content"] for m in page["messages"]}
        assert texts == {f"burst {i}" for i in range(COUNT)}
        wait_for(lambda: sandbox.stats()["offlineQueueDepth"] == 0, "the sandbox's queue drained (all acknowledged)")
        print(f"kill -9 burst: {COUNT} sent, {stored_before} stored before the kill, {COUNT} stored once after the restart")
    finally:
        if server:
            server.stop()
        sandbox.stop()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
