"""ETag / If-Match (428, 412) and Idempotency-Key replay with exactly one side effect."""

import secrets
import time
import unittest

from sbdomain import active_application, changes_after, feed_head, next_stage, parse_time
from sandboxfixture import SandboxTestCase


class ConcurrencyTest(SandboxTestCase):

    def test_etag_on_get_matches_version(self):
        s = self.sandbox.session("recruiter")
        app = active_application(s, nth=0)
        for path in ("/v1/applications/" + app["id"], "/v1/jobs/" + app["job_id"],
                     "/v1/pipelines/" + app["pipeline_id"], "/v1/candidates/" + app["candidate_id"]):
            with self.subTest(path=path):
                r = s.get(path)
                self.assertEqual(r.status, 200, r)
                doc = r.json()
                self.assertEqual(r.etag_version(), doc["version"])
                self.assertGreaterEqual(doc["version"], 1)
                self.assertRegex(doc["updated_at"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")

    def test_move_requires_if_match_and_rejects_stale(self):
        s = self.sandbox.session("recruiter")
        app = active_application(s, nth=1)
        target = next_stage(s, app)
        # Missing If-Match: sent directly, because Prism would refuse a request without a
        # required header before the sandbox sees it.
        r = s.post("/v1/applications/%s/move" % app["id"], {"stage_id": target}, lenient=True)
        self.assertProblem(r, 428, "precondition_required")
        r = s.post("/v1/applications/%s/move" % app["id"], {"stage_id": target}, if_match=app["version"] + 7)
        doc = self.assertProblem(r, 412, "precondition_failed")
        self.assertEqual(doc["current_version"], app["version"])
        r = s.post("/v1/applications/%s/move" % app["id"], {"stage_id": target}, if_match='W/"%d"' % app["version"],
                   lenient=True)
        self.assertIn(r.status, (412, 200), r)
        if r.status == 200:
            self.fail("weak ETag must not satisfy a strong If-Match comparison")
        r = s.post("/v1/applications/%s/move" % app["id"], {"stage_id": target}, if_match=app["version"])
        self.assertEqual(r.status, 200, r)
        moved = r.json()
        self.assertEqual(moved["stage_id"], target)
        self.assertEqual(moved["version"], app["version"] + 1)
        self.assertEqual(r.etag_version(), moved["version"])
        entered = parse_time(moved["stage_entered_at"]).timestamp()
        self.assertLess(abs(entered - time.time()), 5, "stage_entered_at must be reset to now")
        # The old version is now stale.
        r = s.post("/v1/applications/%s/move" % app["id"], {"stage_id": app["stage_id"]}, if_match=app["version"])
        self.assertProblem(r, 412, "precondition_failed")

    def test_note_patch_and_delete_need_if_match(self):
        s = self.sandbox.session("recruiter")
        cand = s.get_json("/v1/candidates?limit=1")["items"][0]
        r = s.post("/v1/candidates/%s/notes" % cand["id"], {"body": "etag note", "visibility": "team"})
        self.assertEqual(r.status, 201, r)
        note = r.json()
        self.assertTrue(note["id"].startswith("note_"))
        self.assertEqual(note["version"], 1)
        self.assertProblem(s.patch("/v1/notes/" + note["id"], {"body": "x"}, lenient=True), 428,
                           "precondition_required")
        self.assertProblem(s.delete("/v1/notes/" + note["id"], lenient=True), 428, "precondition_required")
        r = s.patch("/v1/notes/" + note["id"], {"body": "edited"}, if_match=1)
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.json()["version"], 2)
        self.assertProblem(s.delete("/v1/notes/" + note["id"], if_match=1), 412, "precondition_failed")
        r = s.delete("/v1/notes/" + note["id"], if_match=2)
        self.assertIn(r.status, (200, 204), r)
        self.assertEqual(s.get("/v1/candidates/%s/notes" % cand["id"]).status, 200)
        notes = s.get_json("/v1/candidates/%s/notes" % cand["id"])["items"]
        self.assertNotIn(note["id"], [n["id"] for n in notes])

    def test_idempotent_create_replays_first_response_with_one_side_effect(self):
        sb = self.sandbox
        s = sb.session("recruiter")
        admin = sb.session("admin")
        cand = s.get_json("/v1/candidates?limit=3")["items"][2]
        cursor = feed_head(s)
        key = "sbtest-" + secrets.token_hex(8)
        body = {"body": "idempotent note " + key, "visibility": "team"}
        first = s.post("/v1/candidates/%s/notes" % cand["id"], body, idem=key)
        self.assertEqual(first.status, 201, first)
        second = s.post("/v1/candidates/%s/notes" % cand["id"], body, idem=key)
        self.assertEqual(second.status, first.status)
        self.assertEqual(second.json(), first.json())
        self.assertEqual((second.header("Idempotent-Replayed") or "").lower(), "true")
        self.assertIsNone(first.header("Idempotent-Replayed"))
        self.assertEqual(second.header("ETag"), first.header("ETag"))
        note_id = first.json()["id"]
        notes = [n for n in s.get_json("/v1/candidates/%s/notes" % cand["id"])["items"] if n["body"] == body["body"]]
        self.assertEqual(len(notes), 1, notes)
        items, _ = changes_after(s, cursor)
        self.assertEqual(len([c for c in items if c["entity"] == "note" and c["id"] == note_id]), 1, items)
        audits = admin.get_json("/v1/admin/audit-events?target_id=%s&limit=100" % note_id)["items"]
        self.assertEqual(len(audits), 1, audits)
        # Same key, different body: 422 idempotency_key_reused, nothing created.
        r = s.post("/v1/candidates/%s/notes" % cand["id"], dict(body, body="different"), idem=key)
        self.assertProblem(r, 422, "idempotency_key_reused")
        self.assertFalse(any(n["body"] == "different"
                             for n in s.get_json("/v1/candidates/%s/notes" % cand["id"])["items"]))
        # The key is per user: another user with the same key gets their own fresh result.
        other = sb.session("admin")
        r = other.post("/v1/candidates/%s/notes" % cand["id"], body, idem=key)
        self.assertEqual(r.status, 201, r)
        self.assertIsNone(r.header("Idempotent-Replayed"))
        self.assertNotEqual(r.json()["id"], note_id)

    def test_idempotent_move_replay_beats_stale_if_match(self):
        s = self.sandbox.session("recruiter")
        app = active_application(s, nth=2)
        target = next_stage(s, app)
        key = "sbtest-move-" + secrets.token_hex(6)
        first = s.post("/v1/applications/%s/move" % app["id"], {"stage_id": target}, if_match=app["version"], idem=key)
        self.assertEqual(first.status, 200, first)
        replay = s.post("/v1/applications/%s/move" % app["id"], {"stage_id": target}, if_match=app["version"],
                        idem=key)
        self.assertEqual(replay.status, 200, replay)
        self.assertEqual(replay.json(), first.json())
        self.assertEqual((replay.header("Idempotent-Replayed") or "").lower(), "true")
        self.assertEqual(s.get_json("/v1/applications/" + app["id"])["version"], app["version"] + 1)

    def test_idempotency_key_length_checked(self):
        s = self.sandbox.session("recruiter")
        cand = s.get_json("/v1/candidates?limit=1")["items"][0]
        r = s.post("/v1/candidates/%s/notes" % cand["id"], {"body": "k", "visibility": "team"}, idem="k" * 129,
                   lenient=True)
        self.assertIn(r.status, (400, 422), r)
        self.assertEqual(r.content_type, "application/problem+json")


if __name__ == "__main__":
    unittest.main()
