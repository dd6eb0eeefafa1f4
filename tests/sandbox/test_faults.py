"""Injected faults (--fail-rate, --drop-rate, --latency-ms), rate limiting and bad input: every bad
request gets a 4xx problem+json, never a 5xx, and the server stays alive (incl. a seeded fuzz loop)."""

import http.client
import json
import random
import secrets
import unittest
import urllib.parse

from sbdomain import active_application
from sandboxfixture import DROP_ERRORS, SandboxTestCase, Session


def note_bodies(session, cand_id):
    return [n["body"] for n in session.list_all("/v1/candidates/%s/notes" % cand_id)]


class FailRateTest(SandboxTestCase):
    SANDBOX_ARGS = ("--fail-rate", "0.5")

    def _sign_in(self, role):
        sb = self.sandbox
        acc = sb.account(role)
        return Session(sb, acc, sb.sign_in(acc, retries=30))

    def _retry(self, fn, attempts=40):
        for _ in range(attempts):
            r = fn()
            if r.status != 503:
                return r
        self.fail("always 503")

    def test_injected_503_has_retry_after_and_no_side_effect(self):
        s = self._sign_in("recruiter")
        cand = self._retry(lambda: s.get("/v1/candidates?limit=1")).json()["items"][0]
        before = len(self._retry(lambda: s.get("/v1/candidates/%s/notes?limit=500" % cand["id"])).json()["items"])
        created, failed = [], 0
        for i in range(40):
            body = {"body": "fault %d %s" % (i, secrets.token_hex(3)), "visibility": "team"}
            r = s.post("/v1/candidates/%s/notes" % cand["id"], body)
            if r.status == 503:
                failed += 1
                doc = self.assertProblem(r, 503, "service_unavailable")
                self.assertTrue(r.header("Retry-After", "").strip().isdigit(), r.header("Retry-After"))
                self.assertTrue(doc["title"])
            else:
                self.assertEqual(r.status, 201, r)
                created.append(body["body"])
        self.assertGreater(failed, 6, "about half the requests should fail")
        self.assertGreater(len(created), 6)
        items = self._retry(lambda: s.get("/v1/candidates/%s/notes?limit=500" % cand["id"])).json()["items"]
        self.assertEqual(len(items), before + len(created), "a 503 must not have a side effect")
        self.assertEqual({n["body"] for n in items if n["body"].startswith("fault ")}, set(created))


class DropRateTest(SandboxTestCase):
    SANDBOX_ARGS = ("--drop-rate", "0.4")
    SANDBOX_KW = {"proxy": False}  # a dropped connection cannot go through a proxy

    def _call(self, fn, attempts=60):
        drops = 0
        for _ in range(attempts):
            try:
                return fn(), drops
            except DROP_ERRORS:
                drops += 1
        self.fail("every attempt was dropped")

    def test_idempotent_retry_after_drop_has_exactly_one_effect(self):
        sb = self.sandbox
        acc = sb.account("recruiter")
        s = Session(sb, acc, sb.sign_in(acc, retries=60))
        cand = self._call(lambda: s.get_json("/v1/candidates?limit=1"))[0]["items"][0]
        total_drops = 0
        bodies = []
        for i in range(12):
            key = "drop-%d-%s" % (i, secrets.token_hex(6))
            body = {"body": "drop note %d %s" % (i, key), "visibility": "team"}
            r, drops = self._call(lambda: s.post("/v1/candidates/%s/notes" % cand["id"], body, idem=key))
            total_drops += drops
            self.assertEqual(r.status, 201, r)
            bodies.append(body["body"])
        self.assertGreater(total_drops, 0, "--drop-rate 0.4 dropped nothing in 12+ requests")
        notes, _ = self._call(lambda: note_bodies(s, cand["id"]))
        for b in bodies:
            self.assertEqual(notes.count(b), 1, "exactly one effect per Idempotency-Key: %s" % b)


class LatencyTest(SandboxTestCase):
    SANDBOX_ARGS = ("--latency-ms", "400")
    SANDBOX_KW = {"proxy": False}

    def test_latency_added(self):
        times = []
        for _ in range(3):
            r = self.sandbox.direct.request("GET", "/v1/status")
            self.assertEqual(r.status, 200)
            times.append(r.elapsed)
        self.assertGreaterEqual(min(times), 0.38, times)


class RateLimitTest(SandboxTestCase):
    SANDBOX_ARGS = ("--rate-limit", "20")

    def test_429_with_retry_after(self):
        s = self.sandbox.session("recruiter")
        seen = None
        for _ in range(40):
            r = s.get("/v1/jobs?limit=1")
            if r.status == 429:
                seen = r
                break
            self.assertEqual(r.status, 200, r)
        self.assertIsNotNone(seen, "--rate-limit 20 never answered 429")
        self.assertProblem(seen, 429, "rate_limited")
        self.assertTrue(seen.header("Retry-After", "").strip().isdigit())
        self.assertGreaterEqual(int(seen.header("Retry-After")), 1)


class BadInputTest(SandboxTestCase):
    SANDBOX_ARGS = ("--rate-limit", "100000")

    def setUp(self):
        self.s = self.sandbox.session("recruiter")
        self.app = active_application(self.s)

    def tearDown(self):
        self.assertTrue(self.sandbox.alive(), "sandbox died: " + self.sandbox.stderr_tail())
        self.assertEqual(self.sandbox.direct.request("GET", "/v1/status").status, 200)

    def move(self, raw, content_type="application/json", if_match=True, direct=False):
        # Prism cannot forward a body it cannot parse, so malformed JSON goes directly.
        return self.s.request("POST", "/v1/applications/%s/move" % self.app["id"], raw=raw,
                              content_type=content_type, if_match=self.app["version"] if if_match else None,
                              direct=direct, lenient=not direct)

    def test_malformed_json_is_400(self):
        for raw in (b"{", b"{\"stage_id\": }", b"\xff\xfe\x00garbage", b"[1,2", b"nul"):
            with self.subTest(raw=raw):
                self.assertProblem(self.move(raw, direct=True), 400, "bad_request")

    def test_wrong_types_and_missing_fields_are_422(self):
        for body in ({"stage_id": 123}, {"stage_id": None}, {}, {"stage_id": ["x"]}, [], "stage"):
            with self.subTest(body=body):
                # Prism forwards a JSON string body without its quotes, so scalars go directly.
                doc = self.assertProblem(self.move(json.dumps(body).encode(), direct=isinstance(body, str)), 422,
                                         "validation_failed")
                self.assertIsInstance(doc.get("errors"), list)
                if isinstance(body, dict):
                    self.assertIn("stage_id", [e.get("field") for e in doc["errors"]])
        cand = self.s.get_json("/v1/candidates?limit=1")["items"][0]
        r = self.s.post("/v1/candidates/%s/notes" % cand["id"], {"body": "x", "visibility": "public"}, lenient=True)
        self.assertProblem(r, 422, "validation_failed")
        r = self.s.post("/v1/applications/%s/reject" % self.app["id"],
                        {"reason_code": "skills", "reason_text": "no", "human_confirmation": {"confirmed": False}},
                        if_match=self.app["version"], lenient=True)
        self.assertProblem(r, 422, "validation_failed")
        r = self.s.post("/v1/applications/%s/reject" % self.app["id"], {"reason_code": "skills", "reason_text": "n"},
                        if_match=self.app["version"], lenient=True)
        self.assertProblem(r, 422, "validation_failed")
        # Unknown fields are ignored, not rejected: stage_id to another pipeline's stage is 422 though.
        r = self.move(json.dumps({"stage_id": "stage_does_not_exist", "extra": 1}).encode())
        self.assertIn(r.status, (404, 422), r)
        self.assertEqual(r.content_type, "application/problem+json")

    def test_unknown_ids_are_404(self):
        for path in ("/v1/candidates/cand_nope", "/v1/applications/app_nope", "/v1/jobs/job_nope",
                     "/v1/pipelines/pipe_nope", "/v1/candidates/cand_nope/cv", "/v1/candidates/%2e%2e",
                     "/v1/applications/app_nope/evaluations", "/v1/nothing-here"):
            with self.subTest(path=path):
                self.assertProblem(self.s.get(path, direct=True), 404, "not_found")
        r = self.s.request("POST", "/v1/applications/app_nope/move", json_body={"stage_id": "stage_x"}, if_match=1,
                           direct=True)
        self.assertProblem(r, 404, "not_found")
        self.assertProblem(self.s.request("DELETE", "/v1/jobs", direct=True), 405, "method_not_allowed")

    def test_405_lists_allowed_methods(self):
        r = self.s.request("DELETE", "/v1/jobs", direct=True)
        self.assertProblem(r, 405, "method_not_allowed")
        allow = {m.strip() for m in (r.header("Allow") or "").split(",") if m.strip()}
        self.assertEqual(allow, {"GET", "HEAD"}, r.header("Allow"))
        r = self.s.request("PUT", "/v1/notes/note_nope", json_body={"body": "x"}, direct=True)
        self.assertProblem(r, 405, "method_not_allowed")
        self.assertEqual({m.strip() for m in (r.header("Allow") or "").split(",")}, {"PATCH", "DELETE"})

    def test_empty_patch_is_422(self):
        # UserPatch and NotePatch have minProperties: 1.
        admin = self.sandbox.session("admin")
        u = admin.list_all("/v1/admin/users")[0]
        for body in ({}, None):
            with self.subTest(body=body):
                r = admin.request("PATCH", "/v1/admin/users/" + u["id"], json_body=body, if_match=u["version"],
                                  lenient=True)
                doc = self.assertProblem(r, 422, "validation_failed")
                self.assertIn("body", [e.get("field") for e in doc["errors"]])
        self.assertEqual(admin.get_json("/v1/admin/users/" + u["id"])["version"], u["version"])
        cand = self.s.get_json("/v1/candidates?limit=1")["items"][0]
        note = self.s.post("/v1/candidates/%s/notes" % cand["id"], {"body": "n", "visibility": "team"}).json()
        r = self.s.patch("/v1/notes/" + note["id"], {}, if_match=note.get("version"), lenient=True)
        self.assertProblem(r, 422, "validation_failed")

    def test_instance_is_percent_encoded_path(self):
        r = self.s.get("/v1/candidates/%7Bnope%7D%20x", direct=True)
        doc = self.assertProblem(r, 404, "not_found")
        self.assertEqual(doc["instance"], "/v1/candidates/%7Bnope%7D%20x")
        r = self.s.request("POST", "/v1/applications/%7Bid%7D/move", json_body={"stage_id": "s"}, if_match=1,
                           direct=True)
        self.assertEqual(self.assertProblem(r, 404)["instance"], "/v1/applications/%7Bid%7D/move")

    def test_oversized_body_is_413(self):
        sb = self.sandbox
        body = b'{"stage_id":"' + b"a" * (1024 * 1024 + 10) + b'"}'
        conn = sb.direct.connection(timeout=30)
        try:
            conn.putrequest("POST", "/v1/applications/%s/move" % self.app["id"])
            for k, v in (("Authorization", "Bearer " + self.s.token), ("Content-Type", "application/json"),
                         ("If-Match", '"%d"' % self.app["version"]), ("Content-Length", str(len(body)))):
                conn.putheader(k, v)
            conn.endheaders()
            try:
                for i in range(0, len(body), 65536):
                    conn.send(body[i:i + 65536])
            except (BrokenPipeError, ConnectionResetError):
                pass  # the server may answer and close before reading it all
            resp = conn.getresponse()
            data = resp.read()
        finally:
            conn.close()
        self.assertEqual(resp.status, 413, data[:300])
        self.assertEqual(resp.getheader("Content-Type", "").split(";")[0], "application/problem+json")
        self.assertEqual(json.loads(data)["code"], "payload_too_large")

    def test_wrong_content_type_is_415(self):
        for ctype in ("text/plain", "application/x-www-form-urlencoded", "application/xml"):
            with self.subTest(ctype=ctype):
                r = self.move(json.dumps({"stage_id": "x"}).encode(), content_type=ctype)
                self.assertProblem(r, 415, "unsupported_media_type")

    def test_seeded_fuzz_never_5xx(self):
        sb = self.sandbox
        rng = random.Random(7)
        admin = sb.session("admin")
        cand = self.s.get_json("/v1/candidates?limit=1")["items"][0]
        ids = [self.app["id"], self.app["job_id"], cand["id"], "cand_x", "", "%00", "..", "a" * 3000,
               "\u015f\u00fc\u00df", "1e309", "-1", "null"]
        templates = ["/v1/applications/{}", "/v1/applications/{}/move", "/v1/applications/{}/reject",
                     "/v1/applications/{}/hire", "/v1/applications/{}/evaluations", "/v1/candidates/{}",
                     "/v1/candidates/{}/notes", "/v1/candidates/{}/consents", "/v1/notes/{}", "/v1/evaluations/{}",
                     "/v1/evaluations/{}/submit", "/v1/ai-insights/{}/feedback", "/v1/jobs/{}/ai-insights",
                     "/v1/admin/users/{}", "/v1/admin/roles/{}", "/v1/admin/retention-rules/{}",
                     "/v1/admin/ip-allowlist", "/v1/admin/test-clock", "/v1/changes?cursor={}",
                     "/v1/candidates?limit={}&q={}", "/v1/admin/audit-events?from={}", "/v1/{}", "/oauth/token",
                     "/oauth/revoke", "/oauth/authorize?{}", "/v1/devices", "/v1/admin/devices/{}/revoke"]
        bodies = [b"", b"{", b"null", b"[]", b"{}", b'{"stage_id": {"$gt": ""}}', b'{"a":' * 2000,
                  b'{"reason_code": 1e999}', b'"\\ud800"', b"\x00\x01\x02", b'{"body": "' + b"\xc3" + b'"}',
                  json.dumps({"offset_seconds": 2 ** 80}).encode(), json.dumps({"cidrs": [None] * 50}).encode(),
                  json.dumps({"attributes": [{"rating": 99}], "overall": "maybe"}).encode(),
                  b"grant_type=refresh_token&refresh_token=%ff%fe"]
        methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"]
        ctypes = ["application/json", "application/x-www-form-urlencoded", "text/plain", None,
                  "application/json; charset=latin1"]
        bad = []
        for i in range(220):
            tpl = rng.choice(templates)
            path = tpl.replace("{}", urllib.parse.quote(rng.choice(ids), safe="%"), 1).replace(
                "{}", urllib.parse.quote(rng.choice(ids)))
            method = rng.choice(methods)
            raw = rng.choice(bodies) if method not in ("GET", "HEAD") else None
            headers = {}
            if rng.random() < 0.5:
                headers["If-Match"] = rng.choice(['"1"', '"abc"', "*", '"99999999999999999999"', "W/\"1\""])
            if rng.random() < 0.3:
                headers["Idempotency-Key"] = rng.choice(["k", "k" * 200, "\u00e9", " "])
            who = admin if rng.random() < 0.6 else self.s
            try:
                r = who.request(method, path, raw=raw, content_type=rng.choice(ctypes), headers=headers,
                                direct=True, timeout=20)
            except http.client.InvalidURL:
                continue
            except DROP_ERRORS as e:
                bad.append((method, path, "connection error %r" % e))
                continue
            if r.status >= 500:
                bad.append((method, path, r.status, r.body[:200]))
            elif r.status >= 400 and path.startswith("/v1/") and method != "HEAD":
                if r.content_type != "application/problem+json":
                    bad.append((method, path, r.status, "not problem+json: " + r.content_type))
            if not sb.alive():
                self.fail("sandbox died on %s %s: %s" % (method, path, sb.stderr_tail()))
        self.assertEqual(bad, [])


if __name__ == "__main__":
    unittest.main()
