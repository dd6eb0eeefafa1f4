"""Test fixture for hirexctl and core/sync against the real hirex-sandbox.

Reuses tests/sandbox/sandboxfixture.py (sandbox process, demo accounts, OAuth login pages) and
drives the real hirexctl binary; hirex-cacheprobe reads the encrypted cache with the keychain key.
Runs inside a private D-Bus session with an unlocked gnome-keyring (see run-in-keyring.sh).
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "sandbox"))

import sandboxfixture as sbf  # noqa: E402

BIN_DIR = sbf.BIN_DIR
HIREXCTL = os.path.join(BIN_DIR, "hirexctl")
PROBE = os.path.join(BIN_DIR, "hirex-cacheprobe")

# Stable exit codes (app/hirexctl/ExitCode.h, app/hirexctl/README.md).
OK, FAILURE, USAGE, NOT_SIGNED_IN, NETWORK, CACHE, ATTENTION = 0, 1, 2, 3, 4, 5, 6


def log(*parts):
    print("[synctest]", *parts, file=sys.stderr, flush=True)


class Ctl:
    """One hirexctl profile (its own folder, and so its own keychain entries)."""

    def __init__(self, sandbox, root, name="p"):
        self.sandbox = sandbox
        self.profile = os.path.join(root, name)
        os.makedirs(self.profile, exist_ok=True)

    def base_args(self):
        return [HIREXCTL, "--server", self.sandbox.base_url, "--ca-file", self.sandbox.ca_file,
                "--profile", self.profile]

    def run(self, *args, timeout=120, env=None):
        cmd = self.base_args() + list(args)
        e = dict(os.environ)
        e.update(env or {})
        p = subprocess.run(cmd, capture_output=True, timeout=timeout, env=e)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")

    def ok(self, *args, expect=OK, **kw):
        rc, out, err = self.run(*args, **kw)
        if rc != expect:
            raise AssertionError("hirexctl %s: exit %s (expected %s)\nstdout: %s\nstderr: %s" % (
                " ".join(args), rc, expect, out[-3000:], err[-3000:]))
        return out

    def popen(self, *args):
        return subprocess.Popen(self.base_args() + list(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                stdin=subprocess.DEVNULL)

    def spawn_quiet(self, *args):
        return subprocess.Popen(self.base_args() + list(args), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                stdin=subprocess.DEVNULL)

    def login(self, account):
        """hirexctl login --no-browser, with this test acting as the browser."""
        proc = self.popen("login", "--no-browser")
        url = None
        deadline = time.monotonic() + 60
        lines = []
        while time.monotonic() < deadline:
            line = proc.stderr.readline().decode("utf-8", "replace")
            if not line:
                break
            lines.append(line)
            m = re.search(r"(https://\S+/oauth/authorize\?\S+)", line)
            if m:
                url = m.group(1)
                break
        if url is None:
            proc.kill()
            raise AssertionError("no authorization URL from hirexctl login: %r" % lines)
        query = urllib.parse.urlsplit(url).query
        params = dict(urllib.parse.parse_qsl(query))
        r = self.sandbox.login_flow(account, params)
        if r.status not in (302, 303):
            proc.kill()
            raise AssertionError("login form did not redirect: %r" % r)
        location = r.header("Location")
        # The redirect goes to hirexctl's loopback listener, like a browser would follow it.
        with urllib.request.urlopen(location, timeout=30) as resp:
            resp.read()
        out, err = proc.communicate(timeout=60)
        if proc.returncode != OK:
            raise AssertionError("hirexctl login exit %s: %s %s" % (proc.returncode, out, err))
        return proc.returncode

    def probe(self, *args, expect=0):
        p = subprocess.run([PROBE, self.profile] + list(args), capture_output=True, timeout=60)
        if p.returncode != expect:
            raise AssertionError("cacheprobe %s: exit %s: %s %s" % (args, p.returncode, p.stdout[-2000:],
                                                                  p.stderr[-2000:]))
        return p.stdout.decode("utf-8")

    def dump(self):
        return json.loads(self.probe("dump"))

    def grep(self, text):
        return json.loads(self.probe("grep", text))

    def status(self):
        rc, out, err = self.run("status", "--json")
        return rc, json.loads(out) if out.strip().startswith("{") else None


class SyncTestCase(unittest.TestCase):
    """One sandbox (no Prism: the client is under test here) per class."""

    SANDBOX_ARGS = ()
    CANDIDATES = 300

    @classmethod
    def setUpClass(cls):
        cls.root = tempfile.mkdtemp(prefix="hirex-synctest-")
        cls.sandbox = sbf.Sandbox(*cls.SANDBOX_ARGS, candidates=cls.CANDIDATES, proxy=False)
        try:
            cls.sandbox.start()
        except BaseException:
            log("sandbox stderr:", cls.sandbox.stderr_tail())
            cls.sandbox.close()
            raise

    @classmethod
    def tearDownClass(cls):
        try:
            cls.sandbox.stop()
        finally:
            cls.sandbox.close()
            if os.environ.get("HIREX_KEEP_TMP") != "1":
                shutil.rmtree(cls.root, ignore_errors=True)

    def new_ctl(self, role="recruiter", name=None, login=True, **account_kw):
        ctl = Ctl(self.sandbox, self.root, name or ("%s-%s-%d" % (self.id().split(".")[-1], role, time.monotonic_ns())))
        if login:
            ctl.login(self.sandbox.account(role, totp=False, **account_kw))
        return ctl

    def admin(self):
        return self.sandbox.session("admin", totp=False)

    def server_index(self, session, path):
        return {item["id"]: item["version"] for item in session.list_all(path, limit=500)}

    def move_on_server(self, session, app_id, stage_id):
        app = session.get_json("/v1/applications/" + app_id)
        r = session.post("/v1/applications/%s/move" % app_id, {"stage_id": stage_id}, if_match=app["version"])
        self.assertIn(r.status, (200, 201), repr(r))
        return r.json()

    def other_stage(self, session, app):
        pipe = session.get_json("/v1/pipelines/" + app["pipeline_id"])
        stages = [s["id"] for s in sorted(pipe["stages"], key=lambda s: s["position"])
                  if s["id"] != app["stage_id"] and s.get("kind") != "hired"]
        self.assertTrue(stages, "pipeline with one stage")
        return stages


def run_tests():
    unittest.main(module="__main__", verbosity=2)
