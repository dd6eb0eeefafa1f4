"""Access control: support-access grants (<= 24 h, expiry on the test clock, revoke), the IP
allowlist (enforcement and recovery with --clear-allowlist) and device revocation."""

import unittest

from sbdomain import ClockMixin, parse_time
from sandboxfixture import SandboxTestCase, Session


class SupportAccessDeviceTest(ClockMixin, SandboxTestCase):

    def tearDown(self):
        self.set_clock(0)

    def _grant(self, admin, hours, member="support@hirex.example"):
        r = admin.post("/v1/admin/support-access",
                       {"support_member": member, "reason": "ticket 42", "duration_hours": hours})
        self.assertEqual(r.status, 201, r)
        return r

    def test_grant_longer_than_24h_refused(self):
        admin = self.sandbox.session("admin")
        for hours in (25, 1000, 0, -3):
            with self.subTest(hours=hours):
                r = admin.post(
                    "/v1/admin/support-access",
                    {"support_member": "support@hirex.example", "reason": "too long", "duration_hours": hours},
                    lenient=True)
                self.assertProblem(r, 422, "validation_failed")
        g = self._grant(admin, 24).json()
        self.assertTrue(g["id"].startswith("sup_"))
        self.assertEqual(g["status"], "active")
        self.assertEqual(g["granted_by"], admin.user_id)
        span = parse_time(g["expires_at"]) - parse_time(g["granted_at"])
        self.assertEqual(span.total_seconds(), 24 * 3600)

    def test_grant_expires_on_test_clock(self):
        admin = self.sandbox.session("admin")
        short = self._grant(admin, 1).json()
        long = self._grant(admin, 24).json()
        admin = self.set_clock(2 * 3600)
        grants = {g["id"]: g for g in admin.list_all("/v1/admin/support-access")}
        self.assertEqual(grants[short["id"]]["status"], "expired")
        self.assertEqual(grants[long["id"]]["status"], "active")
        admin = self.set_clock(25 * 3600)
        grants = {g["id"]: g for g in admin.list_all("/v1/admin/support-access")}
        self.assertEqual(grants[long["id"]]["status"], "expired")

    def test_revoke_grant(self):
        admin = self.sandbox.session("admin")
        g = self._grant(admin, 8).json()
        self.assertProblem(admin.post("/v1/admin/support-access/%s/revoke" % g["id"], lenient=True), 428,
                           "precondition_required")
        r = admin.post("/v1/admin/support-access/%s/revoke" % g["id"], if_match=g["version"])
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.json()["status"], "revoked")
        self.assertEqual(r.json()["version"], g["version"] + 1)
        self.assertProblem(admin.post("/v1/admin/support-access/%s/revoke" % g["id"], if_match=g["version"]),
                           412, "precondition_failed")
        listed = {x["id"]: x for x in admin.list_all("/v1/admin/support-access")}
        self.assertEqual(listed[g["id"]]["status"], "revoked")
        self.assertProblem(self.sandbox.session("recruiter").post(
            "/v1/admin/support-access", {"support_member": "x@y.z", "reason": "r", "duration_hours": 1}),
            403, "forbidden")

    def test_device_registration_and_revocation(self):
        sb = self.sandbox
        admin = sb.session("admin")
        acc = sb.account("recruiter")
        s = Session(sb, acc, sb.sign_in(acc))
        r = s.post("/v1/devices", {"name": "Test laptop", "platform": "linux", "app_version": "0.1.0"})
        self.assertEqual(r.status, 201, r)
        dev = r.json()
        self.assertTrue(dev["id"].startswith("dev_"))
        self.assertEqual(dev["status"], "active")
        self.assertFalse(dev["wipe_requested"])
        s.device_id = dev["id"]
        self.assertEqual(s.get("/v1/me").status, 200)
        listed = {d["id"]: d for d in admin.list_all("/v1/admin/devices")}
        self.assertIn(dev["id"], listed)
        self.assertProblem(admin.post("/v1/admin/devices/%s/revoke" % dev["id"], {"wipe": True}, lenient=True),
                           428, "precondition_required")
        r = admin.post("/v1/admin/devices/%s/revoke" % dev["id"], {"wipe": True}, if_match=listed[dev["id"]]["version"])
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.json()["status"], "revoked")
        self.assertTrue(r.json()["wipe_requested"])
        r = s.get("/v1/me")
        self.assertProblem(r, 401, "device_revoked")
        r = s.get("/v1/candidates?limit=1")
        self.assertProblem(r, 401, "device_revoked")
        self.assertProblem(sb.session("recruiter").get("/v1/admin/devices"), 403, "forbidden")


class IpAllowlistTest(SandboxTestCase):

    def test_allowlist_enforced_and_recoverable(self):
        sb = self.sandbox
        admin = sb.session("admin")
        rec = sb.session("recruiter")
        r = admin.get("/v1/admin/ip-allowlist")
        self.assertEqual(r.status, 200, r)
        cur = r.json()
        self.assertFalse(cur["enabled"])
        self.assertEqual(r.etag_version(), cur["version"])
        for bad in ("10.0.0.0/33", "not-an-ip", "300.1.1.1/8"):
            with self.subTest(cidr=bad):
                r = admin.put("/v1/admin/ip-allowlist", {"enabled": True, "cidrs": [bad]}, if_match=cur["version"],
                              lenient=True)
                self.assertProblem(r, 422, "validation_failed")
        self.assertProblem(admin.put("/v1/admin/ip-allowlist", {"enabled": True, "cidrs": ["127.0.0.0/8"]},
                                     lenient=True), 428, "precondition_required")
        # Allowlist that includes loopback: everything keeps working.
        r = admin.put("/v1/admin/ip-allowlist", {"enabled": True, "cidrs": ["127.0.0.0/8", "::1/128"]},
                      if_match=cur["version"])
        self.assertEqual(r.status, 200, r)
        cur = r.json()
        self.assertTrue(cur["enabled"])
        self.assertEqual(rec.get("/v1/me").status, 200)
        # Allowlist that excludes loopback: every /v1 and /oauth request is refused.
        r = admin.put("/v1/admin/ip-allowlist", {"enabled": True, "cidrs": ["10.0.0.0/8"]}, if_match=cur["version"])
        self.assertEqual(r.status, 200, r)
        self.assertProblem(rec.get("/v1/me"), 403, "ip_not_allowed")
        self.assertProblem(admin.get("/v1/admin/ip-allowlist"), 403, "ip_not_allowed")
        self.assertProblem(rec.get("/v1/candidates?limit=1", direct=True), 403, "ip_not_allowed")
        r = sb.refresh(rec.tokens.refresh_token)
        self.assertEqual(r.status, 403, r)
        r = sb.direct.request("GET", "/oauth/authorize?client_id=hirex-desktop")
        self.assertEqual(r.status, 403, r)
        # Recovery: restart with --clear-allowlist (documented in sandbox/README.md).
        self.assertEqual(sb.stop(), 0)
        sb.start(extra=["--clear-allowlist"])
        admin = sb.session("admin")
        r = admin.get("/v1/admin/ip-allowlist")
        self.assertEqual(r.status, 200, r)
        self.assertFalse(r.json()["enabled"])
        self.assertEqual(sb.session("recruiter").get("/v1/me").status, 200)


if __name__ == "__main__":
    unittest.main()
