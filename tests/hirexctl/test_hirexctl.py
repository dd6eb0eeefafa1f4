"""hirexctl against the real sandbox: stable exit codes, status --json, export (CSV per RFC 4180
with formula injection neutralised, and JSON), logout --wipe."""

import base64
import csv
import hashlib
import io
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "sync"))

from ctlfixture import (CACHE, HIREXCTL, NETWORK, NOT_SIGNED_IN, OK, USAGE, Ctl, SyncTestCase,  # noqa: E402
                        run_tests)

INJECTION = '=HYPERLINK("http://evil.example","x")'
QUOTING = 'said "no", then\nleft'


def keychain_has(ctl, kind):
    """Whether QtKeychain's Secret Service item <kind>/<profile> exists (secret-tool)."""
    profile = hashlib.sha256(os.path.abspath(ctl.profile).encode()).hexdigest()[:16]
    p = subprocess.run(["secret-tool", "lookup", "user", "%s/%s" % (kind, profile), "server", "hirex-desktop"],
                       capture_output=True, timeout=30)
    return p.returncode == 0 and len(p.stdout) > 0


class HirexctlCli(SyncTestCase):

    def test_usage_errors_exit_2(self):
        for args in (["frobnicate"], [], ["export", "--format", "xml", "--out", "x"], ["export", "--format", "csv"],
                     ["--server"], ["resolve", "1", "maybe"], ["sync", "--bogus"]):
            p = subprocess.run([HIREXCTL] + args, capture_output=True, timeout=30)
            self.assertEqual(p.returncode, USAGE, (args, p.stderr))
            self.assertIn(b"Usage: hirexctl", p.stderr)

    def test_quiet_by_default_verbose_on_request(self):
        """A plain command prints no hirex.core debug or info lines; -v brings them back."""
        ctl = self.new_ctl("recruiter")
        env = {k: v for k, v in os.environ.items() if k not in ("QT_LOGGING_RULES", "QT_LOGGING_CONF")}
        plain = subprocess.run(ctl.base_args() + ["sync"], capture_output=True, timeout=120, env=env)
        self.assertEqual(plain.returncode, OK, plain.stderr)
        self.assertNotIn(b"hirex.core", plain.stderr, plain.stderr[-3000:])
        loud = subprocess.run([HIREXCTL, "-v"] + ctl.base_args()[1:] + ["sync"], capture_output=True, timeout=120,
                              env=env)
        self.assertEqual(loud.returncode, OK, loud.stderr)
        self.assertIn(b"hirex.core", loud.stderr)

    def test_no_core_dumps(self):
        """hirexctl holds tokens and the cache key: its core file size limit is 0 (soft and hard)."""
        ctl = self.new_ctl("recruiter")
        proc = ctl.popen("sync", "--watch")
        try:
            limits = ""
            for _ in range(100):
                with open("/proc/%d/limits" % proc.pid) as f:
                    limits = f.read()
                line = [l for l in limits.splitlines() if l.startswith("Max core file size")]
                if line and line[0].split()[4:6] == ["0", "0"]:
                    break
                time.sleep(0.1)
            line = [l for l in limits.splitlines() if l.startswith("Max core file size")]
            self.assertEqual(line[0].split()[4:6], ["0", "0"], limits)
        finally:
            proc.terminate()
            proc.communicate(timeout=60)

    def test_not_signed_in(self):
        ctl = Ctl(self.sandbox, self.root, "fresh")
        rc, doc = ctl.status()
        self.assertEqual(rc, NOT_SIGNED_IN)
        self.assertFalse(doc["signed_in"])
        self.assertFalse(doc["cache"]["exists"])
        rc, out, err = ctl.run("sync")
        self.assertEqual(rc, NOT_SIGNED_IN, err)

    def test_signal_during_login_says_so(self):
        # SIGTERM or SIGINT while hirexctl waits for the browser: a message and 128 + signal,
        # never exit 0 in silence (a script would take that for a sign-in). The URL it printed
        # asks for consent, without which offline_access yields no refresh token (OIDC Core §11).
        for sig in (signal.SIGTERM, signal.SIGINT):
            ctl = Ctl(self.sandbox, self.root, "interrupted-%d" % sig)
            proc = ctl.popen("login", "--no-browser")
            url = None
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and url is None:
                line = proc.stderr.readline().decode("utf-8", "replace")
                if not line:
                    break
                m = re.search(r"(https://\S+/oauth/authorize\?\S+)", line)
                url = m.group(1) if m else None
            self.assertIsNotNone(url, "no authorization URL printed")
            params = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query))
            self.assertIn("offline_access", params["scope"].split())
            self.assertEqual(params.get("prompt"), "consent")
            proc.send_signal(sig)
            out, err = proc.communicate(timeout=60)
            self.assertEqual(proc.returncode, 128 + sig, err)
            self.assertIn(b"sign-in interrupted", err)
            self.assertNotIn(b"Signed in", out)
            rc, doc = ctl.status()
            self.assertEqual(rc, NOT_SIGNED_IN)

    def test_issuer_the_api_does_not_list_is_refused_before_any_token(self):
        # RFC 9728: the sandbox's protected-resource metadata names itself as the only
        # authorization server. Another --issuer is refused before the browser opens, with a
        # message that says why (never "sign in again"), and nothing is stored.
        ctl = Ctl(self.sandbox, self.root, "foreign-issuer")
        foreign = "https://127.0.0.1:9/"
        p = subprocess.run(ctl.base_args() + ["--issuer", foreign, "login", "--no-browser"], capture_output=True,
                           timeout=60, stdin=subprocess.DEVNULL)
        err = p.stderr.decode("utf-8", "replace")
        self.assertNotEqual(p.returncode, OK, err)
        self.assertIn("does not accept sign-ins from https://127.0.0.1:9", err)
        self.assertIn(self.sandbox.base_url.rstrip("/"), err)
        self.assertNotIn("/oauth/authorize", err)
        rc, doc = ctl.status()
        self.assertEqual(rc, NOT_SIGNED_IN)

    def test_loopback_http_switch_has_one_name_and_is_named_where_needed(self):
        # One development switch in both front ends, listed in --help, and named by the error
        # a plain http:// server address gets.
        desktop = os.path.join(os.path.dirname(HIREXCTL), "hirex-desktop")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        for cmd in ([HIREXCTL, "help"], [desktop, "--help"]):
            p = subprocess.run(cmd, capture_output=True, timeout=60, env=env)
            self.assertEqual(p.returncode, 0, p.stderr)
            self.assertIn(b"--insecure-loopback-http", p.stdout + p.stderr, cmd)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            dead = s.getsockname()[1]
        ctl = Ctl(self.sandbox, self.root, "plain-http")
        p = subprocess.run([HIREXCTL, "--server", "http://127.0.0.1:%d" % dead, "--profile", ctl.profile, "login",
                            "--no-browser"], capture_output=True, timeout=60, stdin=subprocess.DEVNULL)
        self.assertNotEqual(p.returncode, OK)
        self.assertIn(b"--insecure-loopback-http", p.stderr)

    def test_network_and_cache_errors(self):
        ctl = self.new_ctl("recruiter")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            dead = s.getsockname()[1]
        p = subprocess.run([HIREXCTL, "--server", "https://127.0.0.1:%d" % dead, "--ca-file", self.sandbox.ca_file,
                            "--profile", ctl.profile, "sync"], capture_output=True, timeout=120)
        self.assertEqual(p.returncode, NETWORK, p.stderr)
        ctl.ok("sync")
        # A damaged cache file is a cache problem (5), never silently recreated.
        with open(os.path.join(ctl.profile, "cache.db"), "r+b") as f:
            f.seek(0)
            f.write(os.urandom(8192))
        rc, doc = ctl.status()
        self.assertEqual(rc, CACHE)
        self.assertFalse(doc["cache"]["open"])
        self.assertTrue(doc["cache"]["error"].startswith("cache_"))

    def test_a_profile_locked_in_the_desktop_app_stays_closed(self):
        ctl = self.new_ctl("recruiter")
        ctl.ok("pin", "--all")
        ctl.ok("sync")
        watch = ctl.popen("sync", "--watch")
        try:
            time.sleep(2)
            self.assertIsNone(watch.poll(), "the watch stopped before the lock")
            # What Hirex Desktop writes when it locks (core/store/LockMarker): no secret in it.
            marker = os.path.join(ctl.profile, "locked")
            with open(marker, "w", encoding="utf-8") as f:
                json.dump({"locked_at": int(time.time()), "subject": ""}, f)
            # A running watch notices and stops reading the cache.
            _, err = watch.communicate(timeout=30)
            self.assertEqual(watch.returncode, CACHE)
            self.assertIn(b"locked in Hirex Desktop", err)
        finally:
            if watch.poll() is None:
                watch.kill()
                watch.wait()
        for command in (("sync",), ("export", "--format", "json", "--out", os.path.join(self.root, "x.json")),
                        ("conflicts",), ("pin", "--all")):
            rc, out, err = ctl.run(*command)
            self.assertEqual(rc, CACHE, command)
            self.assertIn("locked in Hirex Desktop", err, command)
            self.assertEqual(out, "", command)
        self.assertFalse(os.path.exists(os.path.join(self.root, "x.json")))
        rc, doc = ctl.status()
        self.assertEqual(rc, CACHE)
        self.assertTrue(doc["locked"])
        self.assertTrue(doc["signed_in"])
        self.assertFalse(doc["cache"]["open"])
        self.assertNotIn("counts", doc["cache"])
        # Unlocked in the app: everything works again.
        os.remove(marker)
        ctl.ok("sync")
        rc, doc = ctl.status()
        self.assertEqual(rc, OK)
        self.assertFalse(doc["locked"])

    def sandbox_ca_pin(self):
        """base64 SHA-256 of the sandbox CA's SubjectPublicKeyInfo, as `--pin-spki` takes it."""
        pub = subprocess.run(["openssl", "x509", "-in", self.sandbox.ca_file, "-pubkey", "-noout"],
                             capture_output=True, check=True, timeout=30).stdout
        der = subprocess.run(["openssl", "pkey", "-pubin", "-outform", "der"], input=pub,
                             capture_output=True, check=True, timeout=30).stdout
        return base64.b64encode(hashlib.sha256(der).digest()).decode()

    def test_spki_pins(self):
        ctl = self.new_ctl("recruiter")
        ctl.ok("--pin-spki", self.sandbox_ca_pin(), "sync")
        # A repeated option: one matching pin among others is enough.
        ctl.ok("--pin-spki", base64.b64encode(b"\1" * 32).decode(), "--pin-spki", self.sandbox_ca_pin(), "sync")
        rc, out, err = ctl.run("--pin-spki", base64.b64encode(b"\0" * 32).decode(), "sync")
        self.assertEqual(rc, NETWORK, err)
        self.assertIn("--pin-spki", err)
        rc, out, err = ctl.run("--pin-spki", "not-a-pin", "status")
        self.assertEqual(rc, NETWORK, err)
        self.assertIn("pin", err)

    def test_untrusted_certificate_names_ca_file(self):
        profile = os.path.join(self.root, "no-ca")
        p = subprocess.run([HIREXCTL, "--server", self.sandbox.base_url, "--profile", profile, "login",
                            "--no-browser"], capture_output=True, timeout=120, stdin=subprocess.DEVNULL)
        err = p.stderr.decode("utf-8", "replace")
        self.assertEqual(p.returncode, NETWORK, err)
        self.assertIn("--ca-file", err)
        # hirexctl has no Settings page: the message names it only as the desktop app's.
        self.assertNotIn("in Settings", err)
        self.assertIn("desktop app under Settings", err)

    def test_status_export_and_logout_wipe(self):
        ctl = self.new_ctl("recruiter")
        ctl.ok("pin", "--all")
        ctl.ok("sync")
        rc, doc = ctl.status()
        self.assertEqual(rc, OK)
        self.assertTrue(doc["signed_in"])
        self.assertTrue(doc["cache"]["open"])
        self.assertEqual(doc["server"], self.sandbox.base_url)

        # Two rejections whose free text must come out as text: a formula and quoting.
        admin = self.admin()
        local = ctl.dump()
        active = [a for a, d in sorted(local["applications_detail"].items()) if d["status"] == "active"]
        reasons = {}
        for app_id, text in zip(active[:2], (INJECTION, QUOTING)):
            app = admin.get_json("/v1/applications/" + app_id)
            r = admin.post("/v1/applications/%s/reject" % app_id,
                           {"reason_code": "other", "reason_text": text,
                            "human_confirmation": {"confirmed": True, "confirmed_at": "2026-01-01T00:00:00Z",
                                                   "ai_insights_shown": []}},
                           if_match=app["version"])
            self.assertEqual(r.status, 200, repr(r))
            reasons[app_id] = text
        ctl.ok("sync")

        out_csv = os.path.join(self.root, "export.csv")
        ctl.ok("export", "--format", "csv", "--out", out_csv)
        self.assertEqual(os.stat(out_csv).st_mode & 0o077, 0, "export readable by others")
        with open(out_csv, "rb") as f:
            raw = f.read()
        self.assertIn(b"\r\n", raw)  # RFC 4180 line breaks
        rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))
        self.assertEqual(len(rows), len(local["applications"]))
        by_id = {r["application_id"]: r for r in rows}
        self.assertEqual(by_id[active[0]]["rejection_text"], "'" + INJECTION)
        self.assertEqual(by_id[active[1]]["rejection_text"], QUOTING)
        self.assertNotIn(b"\n=HYPERLINK", raw)
        self.assertNotIn(b",=HYPERLINK", raw)

        out_json = os.path.join(self.root, "export.json")
        some_pipeline = by_id[active[0]]["pipeline_id"]
        ctl.ok("export", "--format", "json", "--pipeline", some_pipeline, "--out", out_json)
        with open(out_json, encoding="utf-8") as f:
            doc = json.load(f)
        self.assertEqual(doc["pipeline_id"], some_pipeline)
        self.assertTrue(doc["applications"])
        self.assertTrue(all(a["pipeline_id"] == some_pipeline for a in doc["applications"]))
        expected = sum(1 for d in local["applications_detail"].values() if d["pipeline_id"] == some_pipeline)
        self.assertEqual(len(doc["applications"]), expected)
        self.assertIn(INJECTION, [a["rejection_text"] for a in doc["applications"]])  # JSON keeps it as is

        # logout --wipe: tokens revoked, cache file and its key gone.
        cache = os.path.join(ctl.profile, "cache.db")
        self.assertTrue(os.path.exists(cache))
        self.assertTrue(keychain_has(ctl, "cache-key"))
        self.assertTrue(keychain_has(ctl, "refresh-token"))
        ctl.ok("logout", "--wipe")
        self.assertFalse(os.path.exists(cache))
        self.assertFalse(os.path.exists(cache + "-wal"))
        rc, doc = ctl.status()
        self.assertEqual(rc, NOT_SIGNED_IN)
        self.assertFalse(doc["cache"]["exists"])
        self.assertFalse(keychain_has(ctl, "cache-key"))
        self.assertFalse(keychain_has(ctl, "refresh-token"))
        ctl.probe("dump", expect=3)
        rc, out, err = ctl.run("sync")
        self.assertEqual(rc, NOT_SIGNED_IN)


if __name__ == "__main__":
    run_tests()
