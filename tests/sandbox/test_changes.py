"""Cursor pagination, the change feed (upserts, tombstones) and the SSE stream."""

import http.client
import json
import queue
import threading
import time
import unittest
import urllib.parse

from sbdomain import changes_after, feed_head
from sandboxfixture import SandboxTestCase

ENTITIES = {"job", "pipeline", "candidate", "application", "evaluation", "ai_insight", "note", "consent", "user",
            "role"}


class PaginationTest(SandboxTestCase):

    def _page_ids(self, s, path, limit):
        ids, cursor, pages = [], None, 0
        while True:
            url = "%s%slimit=%d" % (path, "&" if "?" in path else "?", limit)
            if cursor:
                url += "&cursor=" + urllib.parse.quote(cursor)
            doc = s.get_json(url)
            self.assertLessEqual(len(doc["items"]), limit)
            ids += [i["id"] for i in doc["items"]]
            pages += 1
            cursor = doc["next_cursor"]
            if cursor is None:
                self.assertIn("next_cursor", doc)
                return ids, pages
            self.assertEqual(len(doc["items"]), limit, "a non-final page must be full")

    def test_candidates_cursor_paging_returns_each_item_once(self):
        s = self.sandbox.session("admin")
        ids, pages = self._page_ids(s, "/v1/candidates", 37)
        self.assertEqual(len(ids), len(set(ids)), "duplicates across pages")
        self.assertEqual(len(ids), 300, "--candidates 300")
        self.assertEqual(pages, -(-300 // 37))
        big, _ = self._page_ids(s, "/v1/candidates", 500)
        self.assertEqual(set(big), set(ids))
        default = s.get_json("/v1/candidates")
        self.assertEqual(len(default["items"]), 50, "default limit is 50")

    def test_applications_paging_with_filters(self):
        s = self.sandbox.session("recruiter")
        ids, _ = self._page_ids(s, "/v1/applications", 41)
        self.assertEqual(len(ids), len(set(ids)))
        first = s.get_json("/v1/applications?limit=1")["items"][0]
        by_job, _ = self._page_ids(s, "/v1/applications?job_id=" + first["job_id"], 7)
        self.assertIn(first["id"], by_job)
        all_by_job = [a for a in s.list_all("/v1/applications", limit=500) if a["job_id"] == first["job_id"]]
        self.assertEqual(set(by_job), {a["id"] for a in all_by_job})
        by_stage = s.list_all("/v1/applications?stage_id=" + first["stage_id"])
        self.assertTrue(all(a["stage_id"] == first["stage_id"] for a in by_stage))

    def test_search_finds_candidate(self):
        s = self.sandbox.session("recruiter")
        c = s.get_json("/v1/candidates?limit=20")["items"][13]
        found = s.list_all("/v1/candidates?q=" + urllib.parse.quote(c["last_name"]))
        self.assertIn(c["id"], [x["id"] for x in found])
        self.assertLess(len(found), 300)

    def test_limit_and_cursor_validation(self):
        s = self.sandbox.session("recruiter")
        for q in ("limit=0", "limit=501", "limit=abc"):
            with self.subTest(q=q):
                r = s.get("/v1/candidates?" + q, lenient=True)
                self.assertIn(r.status, (400, 422), r)
                self.assertEqual(r.content_type, "application/problem+json")
        r = s.get("/v1/candidates?cursor=%21%21not-a-cursor", lenient=True)
        self.assertIn(r.status, (400, 422), r)
        self.assertEqual(r.content_type, "application/problem+json")


class ChangeFeedTest(SandboxTestCase):

    def test_feed_from_zero_pages_every_seq_once(self):
        s = self.sandbox.session("admin")
        seqs, cursor, pages, seen_entities = [], "0", 0, set()
        while True:
            doc = s.get_json("/v1/changes?limit=113&cursor=" + urllib.parse.quote(cursor))
            for it in doc["items"]:
                seqs.append(it["seq"])
                seen_entities.add(it["entity"])
                self.assertIn(it["entity"], ENTITIES)
                self.assertIn(it["op"], ("upsert", "tombstone"))
                if it["op"] == "upsert":
                    self.assertEqual(it["data"]["id"], it["id"])
                    self.assertEqual(it["data"]["version"], it["version"])
            pages += 1
            cursor = doc["next_cursor"] or cursor
            if not doc["has_more"]:
                break
        self.assertGreater(pages, 1)
        self.assertEqual(seqs, sorted(seqs))
        self.assertEqual(len(seqs), len(set(seqs)))
        self.assertLessEqual({"job", "pipeline", "candidate", "application"}, seen_entities)
        again = s.get_json("/v1/changes?limit=500&cursor=" + urllib.parse.quote(cursor))
        self.assertEqual(again["items"], [], "caught up: nothing new")
        self.assertFalse(again["has_more"])

    def test_feed_data_matches_reads_and_hides_fields(self):
        # Feed pages are written without re-serialising stored objects when the caller sees them
        # unchanged; they must still equal what a read returns, and hidden fields stay absent.
        sb = self.sandbox
        rec = sb.session("recruiter")
        cands = [c for c in changes_after(rec, "0")[0] if c["entity"] == "candidate" and c["op"] == "upsert"]
        self.assertTrue(cands)
        for c in cands[:3]:
            self.assertEqual(c["data"], rec.get_json("/v1/candidates/" + c["id"]))
            self.assertIn("email", c["data"])
        self.assertTrue(any("phone" in c["data"] for c in cands))
        # A note with quotes, a backslash and non-ASCII text takes the escaping path.
        r = rec.post("/v1/candidates/%s/notes" % cands[0]["id"],
                     {"body": "say \"hi\" \\ \u00e7\u0131\n\ttab", "visibility": "team"})
        self.assertEqual(r.status, 201, r)
        notes = [c for c in changes_after(rec, "0")[0] if c["id"] == r.json()["id"]]
        self.assertEqual(notes[0]["data"]["body"], "say \"hi\" \\ \u00e7\u0131\n\ttab")
        for role, hidden in (("hiring_manager", {"phone"}), ("interviewer", {"phone", "email"})):
            s = sb.session(role)
            seen = [c for c in changes_after(s, "0")[0] if c["entity"] == "candidate" and c["op"] == "upsert"]
            self.assertTrue(seen, role)
            for c in seen:
                self.assertFalse(hidden & set(c["data"]), (role, c["id"]))
                self.assertIn("first_name", c["data"])

    def test_mutation_appears_as_upsert(self):
        s = self.sandbox.session("recruiter")
        cursor = feed_head(s)
        cand = s.get_json("/v1/candidates?limit=5")["items"][4]
        r = s.post("/v1/candidates/%s/notes" % cand["id"], {"body": "feed note", "visibility": "team"})
        self.assertEqual(r.status, 201, r)
        note = r.json()
        items, new_cursor = changes_after(s, cursor)
        mine = [c for c in items if c["id"] == note["id"]]
        self.assertEqual(len(mine), 1, items)
        self.assertEqual(mine[0]["op"], "upsert")
        self.assertEqual(mine[0]["entity"], "note")
        self.assertEqual(mine[0]["data"]["body"], "feed note")
        self.assertNotIn("reason", mine[0])
        self.assertNotEqual(new_cursor, cursor)

    def test_erasure_emits_tombstones(self):
        sb = self.sandbox
        admin = sb.session("admin")
        rec = sb.session("recruiter")
        cursor = feed_head(rec)
        app = rec.get_json("/v1/applications?limit=30")["items"][17]
        cand_id = app["candidate_id"]
        apps = [a["id"] for a in admin.list_all("/v1/applications", limit=500) if a["candidate_id"] == cand_id]
        r = admin.post("/v1/admin/erasure-requests", {"candidate_id": cand_id, "reason": "GDPR Art. 17 request"})
        self.assertIn(r.status, (200, 201), r)
        self.assertTrue(r.json()["id"].startswith("era_"))
        items, _ = changes_after(rec, cursor)
        tomb = {(c["entity"], c["id"]): c for c in items if c["op"] == "tombstone"}
        self.assertIn(("candidate", cand_id), tomb, items)
        self.assertEqual(tomb[("candidate", cand_id)]["reason"], "erased")
        self.assertNotIn("data", tomb[("candidate", cand_id)])
        for a in apps:
            self.assertIn(("application", a), tomb)
            self.assertEqual(tomb[("application", a)]["reason"], "erased")
        # No upsert for the erased candidate appears after its tombstone.
        seq = tomb[("candidate", cand_id)]["seq"]
        self.assertFalse([c for c in items if c["id"] == cand_id and c["op"] == "upsert" and c["seq"] > seq])


class SseTest(SandboxTestCase):

    def _open_stream(self, token):
        sb = self.sandbox
        conn = http.client.HTTPSConnection(sb.host, sb.port, context=sb.ssl_context, timeout=10)
        conn.request("GET", "/v1/changes/stream", headers={"Authorization": "Bearer " + token,
                                                           "Accept": "text/event-stream"})
        return conn, conn.getresponse()

    def test_stream_announces_change_within_a_second(self):
        sb = self.sandbox
        s = sb.session("recruiter")
        conn, resp = self._open_stream(s.token)
        try:
            self.assertEqual(resp.status, 200)
            self.assertEqual(resp.getheader("Content-Type", "").split(";")[0].strip(), "text/event-stream")
            events = queue.Queue()

            def reader():
                event = {}
                try:
                    while True:
                        line = resp.readline()
                        if not line:
                            events.put(None)
                            return
                        line = line.decode("utf-8").rstrip("\r\n")
                        if line == "":
                            if event:
                                event["at"] = time.monotonic()
                                events.put(event)
                            event = {}
                        elif line.startswith(":"):
                            continue
                        else:
                            k, _, v = line.partition(":")
                            event[k] = event.get(k, "") + v.lstrip(" ")
                except Exception as e:  # socket closed at the end of the test
                    events.put(e)

            threading.Thread(target=reader, daemon=True).start()
            time.sleep(0.3)
            cursor_before = feed_head(s)
            cand = s.get_json("/v1/candidates?limit=7")["items"][6]
            r = s.post("/v1/candidates/%s/notes" % cand["id"], {"body": "sse note", "visibility": "team"})
            self.assertEqual(r.status, 201, r)
            done = time.monotonic()
            deadline = done + 1.0
            got = None
            while time.monotonic() < deadline:
                try:
                    ev = events.get(timeout=max(0.01, deadline - time.monotonic()))
                except queue.Empty:
                    break
                self.assertIsInstance(ev, dict, "stream ended or failed: %r" % (ev,))
                if ev.get("event") == "changes":
                    got = ev
                    if ev["at"] >= done - 0.5:
                        break
            self.assertIsNotNone(got, "no 'changes' event within 1 s of the mutation")
            latest = json.loads(got["data"])["cursor"]
            self.assertIsInstance(latest, str)
            items, _ = changes_after(s, cursor_before)
            self.assertIn(r.json()["id"], [c["id"] for c in items])
        finally:
            conn.close()

    def test_stream_requires_auth(self):
        sb = self.sandbox
        r = sb.direct.request("GET", "/v1/changes/stream", headers={"Accept": "text/event-stream"})
        self.assertProblem(r, 401, "unauthorized")


if __name__ == "__main__":
    unittest.main()
