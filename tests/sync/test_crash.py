"""Crash test: kill -9 hirexctl 20 times at random moments, during first sync (10) and during
outbox replay (10), under the sandbox's fault injection (503s before effects, connections dropped
after commits). Afterwards the cache passes its integrity check, matches the server exactly (ids and
versions), and every queued change took effect exactly once on the server."""

import os
import random
import signal
import time

from ctlfixture import NETWORK, NOT_SIGNED_IN, OK, SyncTestCase, log, run_tests

FAULTS = ("--fail-rate", "0.1", "--drop-rate", "0.1", "--latency-ms", "3")
KILLS_PER_PHASE = 10


class CrashTest(SyncTestCase):
    CANDIDATES = 300

    def restart(self, faults):
        sb = self.sandbox
        sb.stop()
        sb.extra_args = list(FAULTS) if faults else []
        sb.start()

    def sync_until_done(self, ctl, account, attempts=12):
        for _ in range(attempts):
            rc, out, err = ctl.run("sync")
            if rc == OK:
                return
            if rc == NOT_SIGNED_IN:
                # A kill between the server rotating the refresh token and the keychain storing the
                # new one ends the session (reuse detection). Signing in again must keep the queue.
                log("session lost to a kill; signing in again")
                self.relogins += 1
                ctl.login(account)
                continue
            self.assertEqual(rc, NETWORK, err)
            time.sleep(0.2)
        self.fail("sync did not complete under faults")

    def timed_sync(self, ctl, account):
        started = time.monotonic()
        self.sync_until_done(ctl, account)
        return time.monotonic() - started

    def kill_runs(self, ctl, account, low, high, label, before_each=None, state=None):
        kills = runs = 0
        seen = []
        while kills < KILLS_PER_PHASE and runs < KILLS_PER_PHASE * 4:
            runs += 1
            if before_each:
                before_each()
            proc = ctl.spawn_quiet("sync")
            started = time.monotonic()
            kill_at = started + self.rng.uniform(low, high)
            while proc.poll() is None and time.monotonic() < kill_at:
                time.sleep(0.01)
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait(10)
                kills += 1
                if state:
                    seen.append(state())
            else:
                # It finished first: this machine is faster now; aim the next kills earlier.
                high = max(0.2, (time.monotonic() - started) * 0.9)
                low = min(low, high * 0.6)
                if proc.returncode == NOT_SIGNED_IN:
                    self.relogins += 1
                    ctl.login(account)
        log("%s: %d kills in %d runs; state after each kill: %s" % (label, kills, runs, seen))
        self.assertEqual(kills, KILLS_PER_PHASE)

    def test_kill_minus_nine_twenty_times(self):
        self.rng = random.Random(int(os.environ.get("HIREX_CRASH_SEED", str(time.time_ns()))))
        self.relogins = 0
        started = time.monotonic()
        account = self.sandbox.account("recruiter", totp=False)
        ctl = self.new_ctl("recruiter", name="crash", login=False)
        ctl.login(account)
        ctl.ok("pin", "--all")
        self.restart(faults=True)

        # Calibrate the kill window on this machine: a full first sync, and a run with nothing to do.
        full = self.timed_sync(ctl, account)
        idle = self.timed_sync(ctl, account)
        log("first sync %.2f s, idle sync %.2f s" % (full, idle))
        ctl.ok("pin", "--all")

        # Phase 1: first sync, killed at random; "pin --all" restarts the full sync each time.
        self.kill_runs(ctl, account, idle * 0.7, full * 0.95, "first sync", before_each=lambda: ctl.ok("pin", "--all"),
                       state=lambda: "cursor %s" % (ctl.dump()["cursor"] or "none"))
        self.sync_until_done(ctl, account)

        # Queue changes: moves (some twice: chained If-Match), rejections and notes.
        local = ctl.dump()
        self.restart(faults=False)
        admin = self.admin()
        active = [a for a, d in sorted(local["applications_detail"].items()) if d["status"] == "active"]
        self.assertGreaterEqual(len(active), 30)
        expected = {}
        admin_versions = {}
        notes = {}
        for i, app_id in enumerate(active[:20]):
            app = admin.get_json("/v1/applications/" + app_id)
            stages = self.other_stage(admin, app)
            moves = [stages[0]] if i % 2 or len(stages) < 2 else [stages[0], stages[1]]
            for stage in moves:
                ctl.ok("change", "move", app_id, stage)
            expected[app_id] = (app["version"] + len(moves), moves[-1], "active")
            admin_versions[app_id] = app["version"]
        for app_id in active[20:25]:
            app = admin.get_json("/v1/applications/" + app_id)
            ctl.ok("change", "reject", app_id, "experience", "crash test")
            expected[app_id] = (app["version"] + 1, app["stage_id"], "rejected")
            admin_versions[app_id] = app["version"]
        for i, app_id in enumerate(active[25:30]):
            cand = local["applications_detail"][app_id]["candidate_id"]
            text = "crash-note-%d-%d" % (i, self.rng.randrange(1 << 30))
            ctl.ok("change", "note", cand, text)
            notes[text] = cand
        queued = sum(v[0] for v in expected.values()) - sum(admin_versions.values()) + len(notes)
        self.assertEqual(len(ctl.dump()["outbox"]), queued)
        self.restart(faults=True)

        # Phase 2: outbox replay, killed at random.
        self.kill_runs(ctl, account, idle * 0.8, idle + 1.0, "outbox replay",
                       state=lambda: "%d queued" % len(ctl.dump()["outbox"]))
        self.sync_until_done(ctl, account)
        self.restart(faults=False)
        ctl.ok("sync")

        # The cache is sound and equals the server.
        self.assertEqual(ctl.probe("integrity").strip(), "ok")
        me = self.sandbox.session("recruiter", totp=False)
        local = ctl.dump()
        self.assertEqual(local["outbox"], [])
        self.assertEqual(local["conflicts_open"], 0)
        for table, path in (("jobs", "/v1/jobs"), ("pipelines", "/v1/pipelines"),
                            ("candidates", "/v1/candidates"), ("applications", "/v1/applications")):
            self.assertEqual(local[table], self.server_index(me, path), table)
        # Every change took effect exactly once.
        for app_id, (version, stage, status) in expected.items():
            server = admin.get_json("/v1/applications/" + app_id)
            self.assertEqual((server["version"], server["stage_id"], server["status"]), (version, stage, status),
                             app_id)
        for text, cand in notes.items():
            bodies = [n["body"] for n in admin.list_all("/v1/candidates/%s/notes" % cand)]
            self.assertEqual(bodies.count(text), 1, (text, bodies))
        log("crash test done in %.1f s, %d re-sign-ins" % (time.monotonic() - started, self.relogins))


if __name__ == "__main__":
    run_tests()
