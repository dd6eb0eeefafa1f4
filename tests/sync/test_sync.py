"""core/sync through hirexctl against the real sandbox: first sync, delta sync, tombstone purge,
SSE-triggered update, working set (pinning and eviction), offline edits replayed, conflicts
(keep mine / take theirs), refused changes rolled back, and no write lock held between pages."""

import json
import queue
import subprocess
import threading
import time

from ctlfixture import (ATTENTION, NETWORK, OK, PROBE, SyncTestCase, log, run_tests)


class FirstAndDeltaSync(SyncTestCase):

    def setUp(self):
        self.ctl = self.new_ctl("recruiter")
        self.ctl.ok("pin", "--all")  # compare against everything the recruiter may see

    def assertMatchesServer(self, ctl, session):
        local = ctl.dump()
        for table, path in (("jobs", "/v1/jobs"), ("pipelines", "/v1/pipelines"),
                            ("candidates", "/v1/candidates"), ("applications", "/v1/applications")):
            server = self.server_index(session, path)
            self.assertEqual(local[table], server, "%s differ from the server" % table)
        return local

    def test_first_sync_then_delta(self):
        ctl = self.ctl
        out = ctl.ok("sync")
        self.assertIn("Synchronised", out)
        me = self.sandbox.session("recruiter", totp=False)
        local = self.assertMatchesServer(ctl, me)
        self.assertGreater(len(local["candidates"]), 50)
        self.assertEqual(ctl.probe("integrity").strip(), "ok")

        # Delta: another user moves an application; the next sync brings exactly that.
        admin = self.admin()
        app_id = sorted(local["applications"])[0]
        app = admin.get_json("/v1/applications/" + app_id)
        target = self.other_stage(admin, app)[0]
        moved = self.move_on_server(admin, app_id, target)
        cursor_before = local["cursor"]
        ctl.ok("sync")
        after = ctl.dump()
        self.assertNotEqual(after["cursor"], cursor_before)
        self.assertEqual(after["applications"][app_id], moved["version"])
        self.assertEqual(after["applications_detail"][app_id]["stage_id"], target)
        self.assertMatchesServer(ctl, me)

    def test_status_json_reports_cache(self):
        ctl = self.ctl
        ctl.ok("sync")
        rc, doc = ctl.status()
        self.assertEqual(rc, OK)
        self.assertTrue(doc["signed_in"])
        self.assertTrue(doc["cache"]["first_sync_complete"])
        self.assertGreater(doc["cache"]["counts"]["applications"], 0)
        self.assertEqual(doc["cache"]["outbox"], {"pending": 0, "conflicts": 0, "failed": 0})


class Tombstones(SyncTestCase):

    def test_erased_candidate_leaves_the_decrypted_cache(self):
        ctl = self.new_ctl("recruiter")
        ctl.ok("pin", "--all")
        ctl.ok("sync")
        admin = self.admin()
        local = ctl.dump()
        # A candidate with a distinctive last name (unique among cached candidates) and an email.
        cands = [admin.get_json("/v1/candidates/" + cid) for cid in sorted(local["candidates"])[:40]]
        names = {}
        for c in cands:
            names.setdefault(c["last_name"], []).append(c)
        victim = next(c for c in cands if len(names[c["last_name"]]) == 1 and c.get("email"))
        before = ctl.grep(victim["email"])
        self.assertGreater(before["hits"], 0, before)
        name_hits_before = ctl.grep(victim["last_name"])["fts"]
        self.assertGreater(name_hits_before, 0)
        # The victim's note text is indexed too.
        note_text = "Zyxwv erasure probe note %d" % time.time_ns()
        r = admin.post("/v1/candidates/%s/notes" % victim["id"], {"body": note_text, "visibility": "team"})
        self.assertIn(r.status, (200, 201), repr(r))
        ctl.ok("sync")
        self.assertGreater(ctl.grep("Zyxwv")["hits"], 0)

        r = admin.post("/v1/admin/erasure-requests", {"candidate_id": victim["id"], "reason": "data subject request"})
        self.assertIn(r.status, (200, 201, 202), repr(r))
        ctl.ok("sync")
        after = ctl.dump()
        self.assertNotIn(victim["id"], after["candidates"])
        for app_id, detail in after["applications_detail"].items():
            self.assertNotEqual(detail["candidate_id"], victim["id"])
        for text in (victim["email"], "Zyxwv", victim["id"]):
            found = ctl.grep(text)
            self.assertEqual(found["hits"], 0, (text, found))
            self.assertEqual(found["fts"], 0, (text, found))
        # Another candidate may share the last name: exactly one document left the index.
        self.assertEqual(ctl.grep(victim["last_name"])["fts"], name_hits_before - 1)
        self.assertEqual(ctl.probe("integrity").strip(), "ok")


class LiveUpdates(SyncTestCase):

    def test_sse_triggers_pull_within_two_seconds(self):
        ctl = self.new_ctl("recruiter")
        ctl.ok("pin", "--all")
        ctl.ok("sync")
        app_id = sorted(ctl.dump()["applications"])[1]
        proc = ctl.popen("sync", "--watch")
        lines = queue.Queue()

        def reader():
            for raw in iter(proc.stdout.readline, b""):
                lines.put((time.monotonic(), raw.decode("utf-8", "replace")))

        threading.Thread(target=reader, daemon=True).start()
        try:
            at, line = lines.get(timeout=60)  # the first cycle
            self.assertIn("synced", line)
            time.sleep(1.5)  # let the stream connect and any start-up cycle finish
            while not lines.empty():
                lines.get_nowait()
            admin = self.admin()
            app = admin.get_json("/v1/applications/" + app_id)
            target = self.other_stage(admin, app)[0]
            moved = self.move_on_server(admin, app_id, target)
            started = time.monotonic()
            at, line = lines.get(timeout=10)
            elapsed = at - started
            self.assertIn("synced", line)
            log("SSE-triggered update after %.3f s" % elapsed)
            self.assertLess(elapsed, 2.0)
            self.assertEqual(ctl.dump()["applications"][app_id], moved["version"])
        finally:
            proc.terminate()
            proc.wait(15)
            proc.stdout.close()
            proc.stderr.close()
        self.assertEqual(proc.returncode, 0)


class WorkingSet(SyncTestCase):

    def test_pinning_and_eviction(self):
        ctl = self.new_ctl("recruiter")
        ctl.ok("pin", "--all")
        ctl.ok("sync")
        full = ctl.dump()
        pipelines = sorted({d["pipeline_id"] for d in full["applications_detail"].values()})
        self.assertGreaterEqual(len(pipelines), 2)
        keep = pipelines[0]
        ctl.ok("pin", keep)
        ctl.ok("sync")
        pinned = ctl.dump()
        self.assertTrue(pinned["applications"])
        self.assertEqual({d["pipeline_id"] for d in pinned["applications_detail"].values()}, {keep})
        kept_candidates = {d["candidate_id"] for d in pinned["applications_detail"].values()}
        self.assertEqual(set(pinned["candidates"]), kept_candidates)
        # Jobs and pipelines stay whole.
        self.assertEqual(pinned["jobs"], full["jobs"])
        rc, doc = ctl.status()
        self.assertEqual(doc["cache"]["working_set"], {"mode": "pinned", "pinned_pipelines": [keep]})
        # Pin a second pipeline: it arrives with the next sync; unpin: it leaves at once.
        other = pipelines[1]
        ctl.ok("pin", other)
        ctl.ok("sync")
        both = {d["pipeline_id"] for d in ctl.dump()["applications_detail"].values()}
        self.assertEqual(both, {keep, other})
        ctl.ok("unpin", other)
        self.assertEqual({d["pipeline_id"] for d in ctl.dump()["applications_detail"].values()}, {keep})


class OutboxReplay(SyncTestCase):

    def pick_app(self, ctl, admin, index=0):
        local = ctl.dump()
        active = [a for a, d in sorted(local["applications_detail"].items()) if d["status"] == "active"]
        app = admin.get_json("/v1/applications/" + active[index])
        return app, self.other_stage(admin, app)

    def test_offline_edit_replayed_exactly_once(self):
        ctl = self.new_ctl("recruiter")
        ctl.ok("pin", "--all")
        ctl.ok("sync")
        admin = self.admin()
        app, stages = self.pick_app(ctl, admin, 0)
        sb = self.sandbox
        sb.stop()
        try:
            seq = ctl.ok("change", "move", app["id"], stages[0]).strip()
            self.assertTrue(seq.isdigit())
            # Optimistic: the cache shows the new stage at once.
            self.assertEqual(ctl.dump()["applications_detail"][app["id"]]["stage_id"], stages[0])
            rc, out, err = ctl.run("sync")
            self.assertEqual(rc, NETWORK, err)
            rc, doc = ctl.status()
            self.assertEqual(doc["cache"]["outbox"]["pending"], 1)
        finally:
            sb.start()
        admin = self.admin()
        ctl.ok("sync")  # ctl's --server follows the restarted sandbox's new port
        server = admin.get_json("/v1/applications/" + app["id"])
        self.assertEqual(server["stage_id"], stages[0])
        self.assertEqual(server["version"], app["version"] + 1, "applied exactly once")
        self.assertEqual(ctl.dump()["outbox"], [])
        self.assertEqual(ctl.dump()["applications"][app["id"]], server["version"])

    def test_conflict_keep_mine_and_take_theirs(self):
        ctl = self.new_ctl("recruiter")
        ctl.ok("pin", "--all")
        ctl.ok("sync")
        admin = self.admin()
        mine_app, mine_stages = self.pick_app(ctl, admin, 1)
        theirs_app, theirs_stages = self.pick_app(ctl, admin, 2)
        self.assertGreaterEqual(len(mine_stages), 2)
        ctl.ok("change", "move", mine_app["id"], mine_stages[0])
        ctl.ok("change", "move", theirs_app["id"], theirs_stages[0])
        # Someone else changes both first.
        self.move_on_server(admin, mine_app["id"], mine_stages[1])
        server_theirs = self.move_on_server(admin, theirs_app["id"], theirs_stages[-1])
        rc, out, err = ctl.run("sync")
        self.assertEqual(rc, ATTENTION, out + err)
        listing = json.loads(ctl.ok("conflicts", "--json", expect=ATTENTION))
        conflicts = {c["entity_id"]: c for c in listing["conflicts"]}
        self.assertEqual(set(conflicts), {mine_app["id"], theirs_app["id"]})
        self.assertEqual(conflicts[theirs_app["id"]]["server"]["stage_id"], theirs_stages[-1])
        # Nothing was overwritten silently: the server still has the other user's stages.
        self.assertEqual(admin.get_json("/v1/applications/" + mine_app["id"])["stage_id"], mine_stages[1])
        ctl.ok("resolve", str(conflicts[mine_app["id"]]["id"]), "mine")
        ctl.ok("resolve", str(conflicts[theirs_app["id"]]["id"]), "theirs")
        local = ctl.dump()
        self.assertEqual(local["applications_detail"][theirs_app["id"]]["stage_id"], theirs_stages[-1])
        ctl.ok("sync")
        self.assertEqual(admin.get_json("/v1/applications/" + mine_app["id"])["stage_id"], mine_stages[0])
        self.assertEqual(admin.get_json("/v1/applications/" + theirs_app["id"])["stage_id"], theirs_stages[-1])
        local = ctl.dump()
        self.assertEqual(local["outbox"], [])
        self.assertEqual(local["conflicts_open"], 0)
        self.assertEqual(local["applications_detail"][mine_app["id"]]["stage_id"], mine_stages[0])

    def test_refused_change_is_rolled_back(self):
        ctl = self.new_ctl("recruiter")
        ctl.ok("pin", "--all")
        ctl.ok("sync")
        admin = self.admin()
        app, _ = self.pick_app(ctl, admin, 3)
        ctl.ok("change", "move", app["id"], "stage_doesnotexist")
        self.assertEqual(ctl.dump()["applications_detail"][app["id"]]["stage_id"], "stage_doesnotexist")
        rc, out, err = ctl.run("sync")
        self.assertEqual(rc, ATTENTION, out + err)
        local = ctl.dump()
        self.assertEqual(local["applications_detail"][app["id"]]["stage_id"], app["stage_id"], "rolled back")
        self.assertEqual(local["applications"][app["id"]], app["version"])
        listing = json.loads(ctl.ok("conflicts", "--json", expect=ATTENTION))
        self.assertEqual(len(listing["refused"]), 1)
        self.assertTrue(listing["refused"][0]["message"])
        self.assertEqual(admin.get_json("/v1/applications/" + app["id"])["version"], app["version"])

    def test_tombstone_drops_queued_changes_and_says_so(self):
        # A change waiting on a conflict cannot be sent once its item is erased: it is dropped
        # with the item, and the user is told instead of it vanishing silently.
        ctl = self.new_ctl("recruiter")
        ctl.ok("pin", "--all")
        ctl.ok("sync")
        admin = self.admin()
        app, stages = self.pick_app(ctl, admin, 5)
        self.assertGreaterEqual(len(stages), 2)
        ctl.ok("change", "move", app["id"], stages[0])
        self.move_on_server(admin, app["id"], stages[1])
        rc, out, err = ctl.run("sync")
        self.assertEqual(rc, ATTENTION, out + err)
        self.assertEqual(len(ctl.dump()["outbox"]), 1)
        r = admin.post("/v1/admin/erasure-requests", {"candidate_id": app["candidate_id"], "reason": "data subject request"})
        self.assertIn(r.status, (200, 201, 202), repr(r))
        rc, out, err = ctl.run("sync")
        self.assertEqual(rc, OK, out + err)
        self.assertIn("1 queued change dropped", err)  # the English plural form of the catalogue
        local = ctl.dump()
        self.assertEqual(local["outbox"], [])
        self.assertEqual(local["conflicts_open"], 0)


class LockBetweenPages(SyncTestCase):
    """Pages are committed in batches, but the write lock is not held while the next page is on
    its way: the GUI or `hirexctl change` (other connections) can write in between."""

    SANDBOX_ARGS = ("--latency-ms", "2000")  # every request, so every feed page, takes 2 s
    CANDIDATES = 600  # several feed pages of 500

    def test_write_lock_is_free_while_the_next_page_is_fetched(self):
        ctl = self.new_ctl("recruiter")
        ctl.ok("pin", "--all")
        proc = ctl.spawn_quiet("sync")
        samples = []
        try:
            while proc.poll() is None:
                # A writer that waits up to 1 s gets in unless the lock is held across the 2 s wait.
                p = subprocess.run([PROBE, ctl.profile, "writable", "1000"], capture_output=True, timeout=60)
                if p.returncode in (0, 5):
                    samples.append(tuple(p.stdout.decode().split()))
                time.sleep(0.1)
            self.assertEqual(proc.wait(), OK)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(10)
        final = ctl.dump()["cursor"]
        log("lock samples (state, committed cursor; final %s): %s" % (final, samples))
        # The samples covered the feed while it was being read (a committed cursor short of the
        # final one), and no writer was ever kept out.
        self.assertTrue([cursor for _, cursor in samples if cursor not in ("-", final)], samples)
        self.assertEqual([s for s in samples if s[0] != "free"], [], samples)


if __name__ == "__main__":
    run_tests()
