"""Durability: a committed mutation survives kill -9, and so does the audit event of every answered
read of candidate personal data; the seed's bulk load leaves every index in place; --reset wipes the
tenant back to the seed; SIGINT and SIGTERM stop the server cleanly."""

import os
import signal
import sqlite3
import unittest

from sbdomain import active_application, changes_after, next_stage
from sandboxfixture import SandboxTestCase


class PersistenceTest(SandboxTestCase):

    def test_kill9_keeps_committed_mutations(self):
        sb = self.sandbox
        s = sb.session("recruiter")
        app = active_application(s)
        target = next_stage(s, app)
        r = s.post("/v1/applications/%s/move" % app["id"], {"stage_id": target}, if_match=app["version"])
        self.assertEqual(r.status, 200, r)
        r = s.post("/v1/candidates/%s/notes" % app["candidate_id"], {"body": "durable \u015f\u00fc", "visibility": "team"})
        self.assertEqual(r.status, 201, r)
        note = r.json()
        sb.kill()  # SIGKILL right after the 201: no chance to flush anything else
        sb.start()
        s = sb.session("recruiter")
        moved = s.get_json("/v1/applications/" + app["id"])
        self.assertEqual(moved["stage_id"], target)
        self.assertEqual(moved["version"], app["version"] + 1)
        notes = s.list_all("/v1/candidates/%s/notes" % app["candidate_id"])
        self.assertIn((note["id"], "durable \u015f\u00fc"), [(n["id"], n["body"]) for n in notes])
        # The change feed survived as well.
        items, _ = changes_after(s, "0")
        self.assertIn(note["id"], [c["id"] for c in items if c["entity"] == "note"])

    def test_kill9_keeps_audit_events_of_answered_reads(self):
        # Reads commit their audit event with synchronous=NORMAL (WAL): not fsynced, but written to
        # the WAL before the response leaves, so a process crash right after the answer keeps it.
        sb = self.sandbox
        s = sb.session("recruiter")
        page = s.get_json("/v1/candidates?limit=5")
        cand = page["items"][4]
        r = s.get("/v1/candidates/" + cand["id"])
        self.assertEqual(r.status, 200, r)
        sb.kill()
        sb.start()
        admin = sb.session("admin")
        events = admin.list_all("/v1/admin/audit-events?actor_id=" + s.user_id, limit=200)
        actions = [(e["action"], e["target_id"]) for e in events]
        self.assertIn(("candidates.read", cand["id"]), actions)
        self.assertIn("candidates.list", [a for a, _ in actions])

    def test_seeded_tenant_keeps_every_index(self):
        # The seed drops the secondary indexes for its bulk load and must build them again.
        db = sqlite3.connect("file:%s?mode=ro" % os.path.join(self.sandbox.data_dir, "hirex.db"), uri=True)
        try:
            names = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
            plan = " ".join(str(row) for row in db.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM objects WHERE candidate_id = 'cand_x'"))
        finally:
            db.close()
        for index in ("objects_type", "objects_job", "objects_candidate", "objects_application", "changes_id",
                      "audit_at"):
            self.assertIn(index, names)
        self.assertIn("objects_candidate", plan)

    def test_reset_wipes_back_to_seed(self):
        sb = self.sandbox
        s = sb.session("recruiter")
        seeded = [c["id"] for c in s.list_all("/v1/candidates", limit=500)]
        cand = seeded[3]
        r = s.post("/v1/candidates/%s/notes" % cand, {"body": "wiped by reset", "visibility": "team"})
        self.assertEqual(r.status, 201, r)
        self.assertEqual(sb.stop(), 0)
        sb.start(extra=["--reset"])
        s = sb.session("recruiter")
        self.assertNotIn("wiped by reset", [n["body"] for n in s.list_all("/v1/candidates/%s/notes" % cand)])
        self.assertEqual([c["id"] for c in s.list_all("/v1/candidates", limit=500)], seeded)

    def test_sigint_stops_cleanly(self):
        sb = self.sandbox
        sb.proc.send_signal(signal.SIGINT)
        self.assertEqual(sb.proc.wait(15), 0, sb.stderr_tail())
        sb._close_pipes()
        sb.start()
        self.assertEqual(sb.direct.request("GET", "/v1/status").status, 200)


if __name__ == "__main__":
    unittest.main()
