"""Retention rules with the test clock (run-now and the scheduled job), GDPR erasure everywhere,
and the audit trail (events for mutations and PII reads, filters, CSV/JSON export)."""

import csv
import io
import time
import unittest
import urllib.parse
from datetime import datetime, timezone

from sbdomain import ClockMixin, NINE_YEARS, changes_after, feed_head, parse_time
from sandboxfixture import SandboxTestCase

class RetentionTest(ClockMixin, SandboxTestCase):

    def tearDown(self):
        self.set_clock(0)

    def test_delete_rule_with_test_clock_and_run_now(self):
        admin = self.sandbox.session("admin")
        cands = admin.list_all("/v1/candidates", limit=500)
        us = [c for c in cands if c["region"] == "US"]
        others = [c for c in cands if c["region"] != "US"]
        self.assertTrue(us and others, "demo tenant has US and non-US candidates")
        rule = self.create_rule(admin, name="US five years", scope={"regions": ["US"], "pipeline_ids": [],
                                                                   "candidate_statuses": []})
        r = admin.post("/v1/admin/retention/run")
        self.assertEqual(r.status, 200, r)
        self.assertEqual(len(admin.list_all("/v1/candidates", limit=500)), len(cands),
                         "nothing is older than five years yet")
        cursor = feed_head(admin)
        admin = self.set_clock(NINE_YEARS)
        r = admin.post("/v1/admin/retention/run")
        self.assertEqual(r.status, 200, r)
        result = r.json()
        self.assertGreaterEqual(result["affected"], len(us))
        self.assertGreaterEqual(result["tombstones"], len(us))
        left = {c["id"] for c in admin.list_all("/v1/candidates", limit=500)}
        self.assertFalse(left & {c["id"] for c in us}, "US candidates remain after retention")
        self.assertEqual(left, {c["id"] for c in others}, "retention touched other regions")
        self.assertProblem(admin.get("/v1/candidates/" + us[0]["id"]), 404, "not_found")
        items, _ = changes_after(admin, cursor)
        tomb = {c["id"]: c for c in items if c["op"] == "tombstone" and c["entity"] == "candidate"}
        for c in us:
            self.assertIn(c["id"], tomb)
            self.assertEqual(tomb[c["id"]]["reason"], "retention")
        r = admin.delete("/v1/admin/retention-rules/" + rule["id"], if_match=rule["version"])
        self.assertIn(r.status, (200, 204), r)

    def test_anonymise_rule_removes_personal_data(self):
        admin = self.sandbox.session("admin")
        tr = [c for c in admin.list_all("/v1/candidates", limit=500) if c["region"] == "TR"]
        self.assertTrue(tr)
        before = {c["id"]: c for c in tr}
        rule = self.create_rule(admin, name="TR anonymise", action="anonymise",
                                scope={"regions": ["TR"], "pipeline_ids": [], "candidate_statuses": []})
        cursor = feed_head(admin)
        admin = self.set_clock(NINE_YEARS)
        r = admin.post("/v1/admin/retention/run")
        self.assertEqual(r.status, 200, r)
        self.assertGreaterEqual(r.json()["affected"], len(tr))
        items, _ = changes_after(admin, cursor)
        changed = {c["id"]: c for c in items if c["entity"] == "candidate"}
        for cid, orig in before.items():
            self.assertIn(cid, changed, "no change-feed entry for an anonymised candidate")
            ch = changed[cid]
            if ch["op"] == "tombstone":
                self.assertEqual(ch["reason"], "retention")
            r = admin.get("/v1/candidates/" + cid)
            if r.status == 404:
                continue
            self.assertEqual(r.status, 200, r)
            now = r.json()
            for field in ("email", "phone", "last_name"):
                if field in orig:
                    self.assertNotEqual(now.get(field), orig[field], "%s kept after anonymisation" % field)
            found = admin.get_json("/v1/candidates?q=" + urllib.parse.quote(orig["email"]))["items"]
            self.assertNotIn(cid, [c["id"] for c in found])
        r = admin.get("/v1/admin/retention-rules/" + rule["id"])
        self.assertEqual(r.status, 200)

    def test_rule_validation(self):
        admin = self.sandbox.session("admin")
        for bad in ({"period_days": -1}, {"action": "shred"}, {"period_days": "ten"}):
            body = {"name": "bad", "scope": {"regions": ["EU"], "pipeline_ids": [], "candidate_statuses": []},
                    "period_days": 30, "action": "delete", "enabled": True}
            body.update(bad)
            with self.subTest(bad=bad):
                r = admin.post("/v1/admin/retention-rules", body, lenient=True)
                self.assertProblem(r, 422, "validation_failed")
        self.assertProblem(self.sandbox.session("recruiter").get("/v1/admin/retention-rules"), 403, "forbidden")


class ScheduledRetentionTest(ClockMixin, SandboxTestCase):
    SANDBOX_ARGS = ("--retention-interval", "1")

    def test_scheduled_job_applies_rules(self):
        admin = self.sandbox.session("admin")
        eu = [c["id"] for c in admin.list_all("/v1/candidates", limit=500) if c["region"] == "EU"]
        self.assertTrue(eu)
        self.create_rule(admin, name="EU scheduled",
                         scope={"regions": ["EU"], "pipeline_ids": [], "candidate_statuses": []})
        admin = self.set_clock(NINE_YEARS)
        deadline = time.monotonic() + 8
        while time.monotonic() < deadline:
            left = {c["id"] for c in admin.list_all("/v1/candidates", limit=500)}
            if not left & set(eu):
                break
            time.sleep(0.5)
        self.assertFalse(left & set(eu), "the scheduled retention job did not run")


class ErasureAuditTest(SandboxTestCase):

    def test_erasure_removes_candidate_everywhere(self):
        sb = self.sandbox
        admin = sb.session("admin")
        rec = sb.session("recruiter")
        app = rec.get_json("/v1/applications?limit=20")["items"][11]
        cid = app["candidate_id"]
        cand = rec.get_json("/v1/candidates/" + cid)
        r = rec.post("/v1/candidates/%s/notes" % cid, {"body": "to be erased", "visibility": "team"})
        self.assertEqual(r.status, 201, r)
        note_id = r.json()["id"]
        cursor = feed_head(rec)
        r = admin.post("/v1/admin/erasure-requests", {"candidate_id": cid, "reason": "data subject request"})
        self.assertIn(r.status, (200, 201), r)
        era = r.json()
        self.assertEqual(era["candidate_id"], cid)
        listed = admin.list_all("/v1/admin/erasure-requests")
        self.assertIn(era["id"], [e["id"] for e in listed])
        for path in ("/v1/candidates/" + cid, "/v1/candidates/%s/cv" % cid, "/v1/candidates/%s/notes" % cid,
                     "/v1/candidates/%s/consents" % cid, "/v1/candidates/%s/parsed-cv" % cid,
                     "/v1/candidates/%s/activity" % cid, "/v1/applications/" + app["id"],
                     "/v1/applications/%s/evaluations" % app["id"]):
            with self.subTest(path=path):
                r = rec.get(path, direct=path.endswith("/cv"))
                self.assertEqual(r.status, 404, r)
                self.assertEqual(r.content_type, "application/problem+json")
        self.assertNotIn(cid, [c["id"] for c in rec.list_all("/v1/candidates", limit=500)])
        self.assertNotIn(app["id"], [a["id"] for a in rec.list_all("/v1/applications", limit=500)])
        found = rec.get_json("/v1/candidates?q=" + urllib.parse.quote(cand["email"]))["items"]
        self.assertEqual([c for c in found if c["id"] == cid], [])
        items, _ = changes_after(rec, cursor)
        tomb = [c for c in items if c["op"] == "tombstone" and c["id"] in (cid, app["id"], note_id)]
        self.assertEqual({c["id"] for c in tomb}, {cid, app["id"], note_id})
        self.assertTrue(all(c["reason"] == "erased" for c in tomb))
        export = admin.post("/v1/admin/export")
        self.assertEqual(export.status, 200, export)
        self.assertEqual(export.content_type, "application/json")
        self.assertNotIn(cand["email"], export.text)
        self.assertNotIn(cid, export.text)
        self.assertProblem(admin.post("/v1/admin/erasure-requests", {"candidate_id": cid, "reason": "again"}), 404,
                           "not_found")

    def _events(self, admin, query):
        return admin.list_all("/v1/admin/audit-events?" + query, limit=200)

    def test_audit_records_pii_reads_and_mutations(self):
        sb = self.sandbox
        admin = sb.session("admin")
        rec = sb.session("recruiter")
        start = datetime.now(timezone.utc).replace(microsecond=0)
        cand = rec.get_json("/v1/candidates?limit=9")["items"][8]
        rec.get_json("/v1/candidates/" + cand["id"])
        r = rec.post("/v1/candidates/%s/notes" % cand["id"], {"body": "audited", "visibility": "private"})
        self.assertEqual(r.status, 201, r)
        note_id = r.json()["id"]
        events = self._events(admin, "actor_id=" + rec.user_id)
        for e in events:
            self.assertEqual(e["actor_id"], rec.user_id)
        reads = [e for e in events if e["target_id"] == cand["id"]]
        self.assertTrue(reads, "no audit event for reading candidate personal data")
        writes = [e for e in events if e["target_id"] == note_id]
        self.assertEqual(len(writes), 1, writes)
        for e in reads + writes:
            self.assertTrue(e["id"].startswith("aud_"))
            self.assertEqual(e["actor_email"], rec.email)
            self.assertEqual(e["source_ip"], "127.0.0.1")
            self.assertTrue(e["action"])
            self.assertTrue(e["target_type"])
            at = parse_time(e["at"])
            self.assertGreaterEqual(at.timestamp(), start.timestamp() - 2)
            self.assertLessEqual(at.timestamp(), time.time() + 2)
        self.assertEqual(writes[0]["target_type"], "note")
        self.assertEqual(reads[0]["target_type"], "candidate")
        # Filters: action, target, time window.
        action = writes[0]["action"]
        by_action = self._events(admin, "action=" + urllib.parse.quote(action))
        self.assertTrue(by_action)
        self.assertTrue(all(e["action"] == action for e in by_action))
        by_target = self._events(admin, "target_type=note&target_id=" + note_id)
        self.assertEqual([e["id"] for e in by_target], [writes[0]["id"]])
        future = "2999-01-01T00:00:00Z"
        self.assertEqual(self._events(admin, "from=" + future), [])
        self.assertEqual(self._events(admin, "actor_id=%s&to=2000-01-01T00:00:00Z" % rec.user_id), [])
        # The demo tenant ships an audit history.
        self.assertGreater(len(admin.get_json("/v1/admin/audit-events?limit=100")["items"]), 5)

    def test_audit_export_csv_and_json(self):
        sb = self.sandbox
        admin = sb.session("admin")
        rec = sb.session("recruiter")
        cand = rec.get_json("/v1/candidates?limit=4")["items"][3]
        for _ in range(3):
            rec.get_json("/v1/candidates/" + cand["id"])
        q = "target_id=" + cand["id"]
        listed = self._events(admin, q)
        self.assertGreaterEqual(len(listed), 3)
        r = admin.get("/v1/admin/audit-events/export?format=csv&" + q)
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.content_type, "text/csv")
        rows = list(csv.DictReader(io.StringIO(r.text)))
        self.assertLessEqual({"id", "at", "actor_id", "source_ip", "action", "target_type", "target_id"},
                             set(rows[0].keys()) if rows else set())
        self.assertEqual({x["id"] for x in rows} & {e["id"] for e in listed}, {e["id"] for e in listed})
        self.assertTrue(all(x["target_id"] == cand["id"] for x in rows))
        r = admin.get("/v1/admin/audit-events/export?format=json&" + q)
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.content_type, "application/json")
        doc = r.json()
        items = doc["items"] if isinstance(doc, dict) else doc
        self.assertGreaterEqual({e["id"] for e in items}, {e["id"] for e in listed})
        self.assertTrue(all(e["target_id"] == cand["id"] for e in items))
        r = admin.get("/v1/admin/audit-events/export?format=xml", lenient=True)
        self.assertIn(r.status, (400, 422), r)
        self.assertProblem(rec.get("/v1/admin/audit-events/export?format=csv"), 403, "forbidden")


if __name__ == "__main__":
    unittest.main()
