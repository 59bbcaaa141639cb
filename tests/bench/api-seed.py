#!/usr/bin/python3
"""Seed wamulti's activity_log with N rows for one instance (tests/bench/api-bench.sh).

Run with the server stopped. Rows: a handful of actions, details '{}' or a small JSON object,
created_at (ms epoch) spread uniformly over the last 30 days. activity_counts, which the API reads
as the per-(instance, action) totals, is then recomputed for that instance from activity_log, so the
two tables agree (the rows the server wrote itself, e.g. instance_created, are kept and counted).

    api-seed.py <database> <instance-id> [rows]
"""
import json
import random
import sqlite3
import sys
import time

ACTIONS = ["connected", "disconnected", "qr_received", "message_sent", "message_received",
           "instance_updated", "webhook_delivered", "reconnect_requested"]
DETAILS = ["{}",
           json.dumps({"reason": "connection lost"}, separators=(",", ":")),
           json.dumps({"to": "15551234567@s.whatsapp.net", "type": "text"}, separators=(",", ":")),
           json.dumps({"status": 200, "attempt": 1}, separators=(",", ":"))]


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: api-seed.py <database> <instance-id> [rows]")
    db_path, instance = sys.argv[1], sys.argv[2]
    rows = int(sys.argv[3]) if len(sys.argv) > 3 else 1_000_000
    rng = random.Random(20261121)
    now = int(time.time() * 1000)
    span = 30 * 24 * 3600 * 1000
    t0 = time.monotonic()
    db = sqlite3.connect(db_path, isolation_level=None)
    db.execute("PRAGMA busy_timeout=10000")
    if db.execute("SELECT COUNT(*) FROM instances WHERE id=?", (instance,)).fetchone()[0] != 1:
        sys.exit(f"api-seed.py: no instance {instance} in {db_path}")
    db.execute("BEGIN IMMEDIATE")
    # An activity log is appended in time order, so ids rise with created_at (and the index inserts
    # are sequential, which keeps seeding to seconds).
    times = sorted(now - rng.randrange(span) for _ in range(rows))
    db.executemany(
        "INSERT INTO activity_log (instance_id, action, details, created_at) VALUES (?,?,?,?)",
        ((instance, rng.choice(ACTIONS), rng.choice(DETAILS), t) for t in times))
    db.execute("DELETE FROM activity_counts WHERE instance_id=?", (instance,))
    db.execute("INSERT INTO activity_counts (instance_id, action, total)"
               " SELECT instance_id, action, COUNT(*) FROM activity_log WHERE instance_id=? GROUP BY action",
               (instance,))
    db.execute("COMMIT")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    total = db.execute("SELECT SUM(total) FROM activity_counts WHERE instance_id=?", (instance,)).fetchone()[0]
    real = db.execute("SELECT COUNT(*) FROM activity_log WHERE instance_id=?", (instance,)).fetchone()[0]
    db.close()
    if total != real:
        sys.exit(f"api-seed.py: activity_counts says {total}, activity_log holds {real}")
    print(f"seeded {rows} rows for instance {instance} ({real} in total) in {time.monotonic() - t0:.1f} s")


if __name__ == "__main__":
    main()
