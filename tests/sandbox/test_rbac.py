"""RBAC and visibility: role scopes, hidden fields absent (not null), forbidden actions as 403
problem+json, per-user permission overrides, SCIM-managed users read-only."""

import unittest

from sbdomain import active_application, next_stage
from sandboxfixture import SandboxTestCase

CONFIRM = {"confirmed": True, "confirmed_at": "2026-01-01T00:00:00Z", "ai_insights_shown": []}


class RbacTest(SandboxTestCase):

    def test_me_describes_role_scope_and_hidden_fields(self):
        sb = self.sandbox
        expect = {"admin": ("all", set()), "recruiter": ("all", set()),
                  "hiring_manager": ("own_jobs", {"candidate.phone"}),
                  "interviewer": ("assigned", {"candidate.phone", "candidate.email"})}
        for role, (scope, hidden) in expect.items():
            with self.subTest(role=role):
                me = sb.session(role).me()
                self.assertEqual(me["visibility"]["scope"], scope)
                self.assertEqual(set(me["visibility"]["hidden_fields"]), hidden)
        admin = set(sb.session("admin").me()["permissions"])
        self.assertLessEqual({"admin.roles", "admin.users", "admin.audit", "admin.erasure", "candidates.read_pii"},
                             admin)
        rec = set(sb.session("recruiter").me()["permissions"])
        self.assertIn("applications.move", rec)
        self.assertFalse(any(p.startswith("admin.") for p in rec), rec)
        aud = set(sb.session("auditor").me()["permissions"])
        self.assertIn("admin.audit", aud)
        self.assertNotIn("applications.move", aud)
        self.assertNotIn("notes.write", aud)

    def test_hiring_manager_sees_only_own_jobs_and_their_applications(self):
        sb = self.sandbox
        hm = sb.session("hiring_manager")
        admin = sb.session("admin")
        uid = hm.user_id
        jobs = hm.list_all("/v1/jobs")
        self.assertTrue(jobs, "a hiring manager owns at least one demo job")
        for j in jobs:
            self.assertIn(uid, j["hiring_manager_ids"], j["id"])
        all_jobs = admin.list_all("/v1/jobs")
        self.assertGreater(len(all_jobs), len(jobs))
        own = {j["id"] for j in jobs}
        apps = hm.list_all("/v1/applications")
        self.assertTrue(apps)
        self.assertTrue(all(a["job_id"] in own for a in apps), "foreign application leaked")
        foreign = active_application(admin, lambda a: a["job_id"] not in own)
        r = hm.get("/v1/applications/" + foreign["id"])
        self.assertIn(r.status, (403, 404), r)
        self.assertEqual(r.content_type, "application/problem+json")
        foreign_job = next(j for j in all_jobs if j["id"] not in own)
        r = hm.get("/v1/jobs/" + foreign_job["id"])
        self.assertIn(r.status, (403, 404), r)
        # Filtering by a foreign job gives nothing rather than leaking.
        self.assertEqual(hm.get_json("/v1/applications?job_id=" + foreign_job["id"])["items"], [])

    def test_hidden_fields_are_absent_not_null(self):
        sb = self.sandbox
        rec = sb.session("recruiter").get_json("/v1/candidates?limit=100")["items"]
        self.assertTrue(any("phone" in c for c in rec) and all("email" in c for c in rec))
        hm = sb.session("hiring_manager")
        cands = hm.get_json("/v1/candidates?limit=100")["items"]
        self.assertTrue(cands)
        for c in cands:
            self.assertNotIn("phone", c, c["id"])
            self.assertIn("email", c, c["id"])
        one = hm.get_json("/v1/candidates/" + cands[0]["id"])
        self.assertNotIn("phone", one)
        iv = sb.session("interviewer")
        cands = iv.get_json("/v1/candidates?limit=100")["items"]
        self.assertTrue(cands)
        for c in cands:
            self.assertNotIn("phone", c, c["id"])
            self.assertNotIn("email", c, c["id"])
            self.assertIn("first_name", c)
        # The change feed applies the same filter to the data it carries.
        feed = iv.get_json("/v1/changes?cursor=0&limit=500")["items"]
        for ch in feed:
            if ch["entity"] == "candidate" and ch["op"] == "upsert":
                self.assertNotIn("email", ch["data"])
                self.assertNotIn("phone", ch["data"])

    def test_interviewer_sees_only_assigned_applications(self):
        sb = self.sandbox
        iv = sb.session("interviewer")
        uid = iv.user_id
        apps = iv.list_all("/v1/applications")
        self.assertTrue(apps, "the demo interviewer is assigned to some applications")
        for a in apps:
            self.assertIn(uid, a["assigned_reviewer_ids"], a["id"])
        total = len(sb.session("admin").list_all("/v1/applications", limit=500))
        self.assertLess(len(apps), total)
        visible = {a["candidate_id"] for a in apps}
        for c in iv.list_all("/v1/candidates"):
            self.assertIn(c["id"], visible, "interviewer sees a candidate they are not assigned to")

    def test_forbidden_actions_are_403_problem(self):
        sb = self.sandbox
        admin = sb.session("admin")
        iv = sb.session("interviewer")
        app = active_application(iv)
        stage = next_stage(admin, app)
        r = iv.post("/v1/applications/%s/move" % app["id"], {"stage_id": stage}, if_match=app["version"])
        self.assertProblem(r, 403, "forbidden")
        r = iv.post("/v1/applications/%s/reject" % app["id"],
                    {"reason_code": "skills", "reason_text": "x", "human_confirmation": CONFIRM},
                    if_match=app["version"])
        self.assertProblem(r, 403, "forbidden")
        self.assertEqual(admin.get_json("/v1/applications/" + app["id"])["version"], app["version"],
                         "a refused action must not change the application")
        aud = sb.session("auditor")
        r = aud.post("/v1/candidates/%s/notes" % app["candidate_id"], {"body": "no", "visibility": "team"})
        self.assertProblem(r, 403, "forbidden")
        self.assertEqual(aud.get("/v1/admin/audit-events?limit=5").status, 200)
        for role, path in (("recruiter", "/v1/admin/users"), ("recruiter", "/v1/admin/audit-events"),
                           ("hiring_manager", "/v1/admin/roles"), ("interviewer", "/v1/admin/test-clock"),
                           ("auditor", "/v1/admin/users")):
            with self.subTest(role=role, path=path):
                self.assertProblem(sb.session(role).get(path), 403, "forbidden")
        r = sb.session("recruiter").post("/v1/admin/export")
        self.assertProblem(r, 403, "forbidden")

    def _user(self, admin, email):
        return next(u for u in admin.list_all("/v1/admin/users") if u["email"] == email)

    def _set_overrides(self, admin, email, grant, revoke):
        u = self._user(admin, email)
        r = admin.patch("/v1/admin/users/" + u["id"], {"permission_overrides": {"grant": grant, "revoke": revoke}},
                        if_match=u["version"])
        self.assertEqual(r.status, 200, r)
        doc = r.json()
        self.assertEqual(sorted(doc["permission_overrides"]["grant"]), sorted(grant))
        self.assertEqual(sorted(doc["permission_overrides"]["revoke"]), sorted(revoke))
        self.assertEqual(doc["version"], u["version"] + 1)
        self.assertEqual(r.etag_version(), doc["version"])

    def test_permission_overrides_take_effect(self):
        sb = self.sandbox
        admin = sb.session("admin")
        iv = sb.session("interviewer")
        rec = sb.session("recruiter")
        self.assertProblem(iv.get("/v1/admin/audit-events?limit=1"), 403, "forbidden")
        try:
            self._set_overrides(admin, iv.email, ["admin.audit"], [])
            self.assertEqual(iv.get("/v1/admin/audit-events?limit=1").status, 200)
            iv._me = None
            self.assertIn("admin.audit", iv.me()["permissions"])
        finally:
            self._set_overrides(admin, iv.email, [], [])
        self.assertProblem(iv.get("/v1/admin/audit-events?limit=1"), 403, "forbidden")
        cand = rec.get_json("/v1/candidates?limit=1")["items"][0]
        try:
            self._set_overrides(admin, rec.email, [], ["notes.write"])
            r = rec.post("/v1/candidates/%s/notes" % cand["id"], {"body": "blocked", "visibility": "team"})
            self.assertProblem(r, 403, "forbidden")
            rec._me = None
            self.assertNotIn("notes.write", rec.me()["permissions"])
        finally:
            self._set_overrides(admin, rec.email, [], [])
        r = rec.post("/v1/candidates/%s/notes" % cand["id"], {"body": "allowed again", "visibility": "team"})
        self.assertEqual(r.status, 201, r)

    def test_role_profile_change_applies(self):
        sb = self.sandbox
        admin = sb.session("admin")
        roles = admin.list_all("/v1/admin/roles")
        self.assertLessEqual({"admin", "recruiter", "hiring_manager", "interviewer", "auditor"},
                             {r["name"] for r in roles})
        self.assertTrue(all(r["builtin"] for r in roles if r["name"] == "admin"))
        r = admin.post("/v1/admin/roles", {"name": "sbtest-readonly", "description": "t",
                                           "permissions": ["jobs.read"],
                                           "visibility": {"scope": "all", "hidden_fields": []}})
        self.assertEqual(r.status, 201, r)
        role = r.json()
        self.assertTrue(role["id"].startswith("role_"))
        self.assertFalse(role["builtin"])
        r = admin.put("/v1/admin/roles/" + role["id"], dict(role, permissions=["jobs.read", "candidates.read"]),
                      if_match=role["version"])
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.json()["version"], role["version"] + 1)
        r = admin.delete("/v1/admin/roles/" + role["id"], if_match=role["version"] + 1)
        self.assertIn(r.status, (200, 204), r)
        self.assertEqual(admin.get("/v1/admin/roles/" + role["id"]).status, 404)
        builtin = next(x for x in roles if x["name"] == "recruiter")
        r = admin.delete("/v1/admin/roles/" + builtin["id"], if_match=builtin["version"])
        self.assertIn(r.status, (403, 409, 422), r)

    def test_scim_managed_users_role_is_read_only(self):
        sb = self.sandbox
        admin = sb.session("admin")
        users = admin.list_all("/v1/admin/users")
        scim = [u for u in users if u["scim_managed"]]
        self.assertTrue(scim, "the demo tenant has SCIM-managed users")
        u = scim[0]
        other_role = next(x["id"] for x in admin.list_all("/v1/admin/roles") if x["id"] != u["role_id"])
        r = admin.patch("/v1/admin/users/" + u["id"], {"role_id": other_role}, if_match=u["version"])
        doc = self.assertProblem(r, 409)
        self.assertIn(doc["code"], ("scim_managed", "conflict"))
        r = admin.patch("/v1/admin/users/" + u["id"], {"status": "disabled"}, if_match=u["version"])
        self.assertProblem(r, 409)
        self.assertEqual(admin.get_json("/v1/admin/users/" + u["id"])["role_id"], u["role_id"])


if __name__ == "__main__":
    unittest.main()
