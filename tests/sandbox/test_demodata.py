"""The demo tenant: deterministic per seed, EN/TR/DE names with diacritics, ordered 5-8 stage
pipelines, real CV PDFs, AI insights with provenance, KVKK consents with Turkish notices, and
demo accounts for every role (listed in sandbox/README.md)."""

import os
import subprocess
import unittest

from sandboxfixture import SOURCE_DIR, Sandbox, SandboxTestCase, Session

TURKISH = set("\u015f\u015e\u011f\u011e\u0131\u0130\u00e7\u00c7")  # s-cedilla, g-breve, dotless i, dotted I, c-cedilla
GERMAN = set("\u00e4\u00c4\u00df")  # a-umlaut, sharp s
DISCLAIMER = "AI-generated. Informs, does not decide."


def snapshot(sb):
    acc = sb.account("admin")
    s = Session(sb, acc, sb.sign_in(acc))
    cands = [(c["id"], c["first_name"], c["last_name"], c.get("email")) for c in s.list_all("/v1/candidates", limit=500)]
    jobs = [(j["id"], j["title"], j["pipeline_id"]) for j in s.list_all("/v1/jobs", limit=500)]
    return cands, jobs


class DemoDataTest(SandboxTestCase):

    def test_seed_is_deterministic(self):
        mine = snapshot(self.sandbox)
        for seed, same in ((7, True), (8, False)):
            other = Sandbox(seed=seed, proxy=False)
            try:
                other.start()
                theirs = snapshot(other)
                self.assertEqual(other.stop(), 0)
            finally:
                other.close()
            with self.subTest(seed=seed):
                if same:
                    self.assertEqual(theirs, mine)
                else:
                    self.assertNotEqual(theirs[0], mine[0])

    def test_names_in_three_languages_with_diacritics(self):
        s = self.sandbox.session("recruiter")
        cands = s.list_all("/v1/candidates", limit=500)
        self.assertEqual(len(cands), 300)
        names = " ".join(c["first_name"] + " " + c["last_name"] for c in cands)
        self.assertTrue(TURKISH & set(names), "no Turkish letters in names")
        self.assertTrue(GERMAN & set(names), "no German letters in names")
        self.assertEqual({c["region"] for c in cands}, {"EU", "TR", "US"})
        for c in cands:
            self.assertTrue(c["id"].startswith("cand_"))
            self.assertIn("@", c["email"])
            self.assertIn(c["consent_state"], ("granted", "pending", "withdrawn", "not_required"))
        self.assertTrue(any(c.get("tags") for c in cands))
        self.assertGreater(len({c["source"] for c in cands}), 1)

    def test_pipelines_have_5_to_8_ordered_stages(self):
        s = self.sandbox.session("recruiter")
        jobs = s.list_all("/v1/jobs")
        self.assertGreaterEqual(len(jobs), 3)
        self.assertEqual({j["region"] for j in jobs}, {"EU", "TR", "US"})
        self.assertGreater(len({j["department"] for j in jobs}), 1)
        for j in jobs:
            p = s.get_json("/v1/pipelines/" + j["pipeline_id"])
            self.assertEqual(p["job_id"], j["id"])
            stages = p["stages"]
            self.assertTrue(5 <= len(stages) <= 8, (j["id"], len(stages)))
            positions = [st["position"] for st in stages]
            self.assertEqual(positions, sorted(positions), "stages are returned in order")
            self.assertEqual(len(set(positions)), len(positions))
            for st in stages:
                self.assertIn(st["kind"], ("sourced", "screen", "interview", "offer", "hired", "other"))
                self.assertTrue(st["id"].startswith("stage_"))
        apps = s.list_all("/v1/applications", limit=500)
        self.assertGreater(len({a["stage_id"] for a in apps}), 5, "applications spread over stages")

    def test_cv_is_a_real_pdf_and_parsed_cv_exists(self):
        s = self.sandbox.session("recruiter")
        cand = s.get_json("/v1/candidates?limit=3")["items"][2]
        # Binary bodies go directly: the proxy re-encodes bodies as text.
        r = s.get("/v1/candidates/%s/cv" % cand["id"], direct=True, headers={"Accept": "application/pdf"})
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.content_type, "application/pdf")
        self.assertTrue(r.body.startswith(b"%PDF-"), r.body[:20])
        self.assertIn(b"%%EOF", r.body[-1024:])
        self.assertGreater(len(r.body), 1000)
        r.etag_version()
        parsed = s.get_json("/v1/candidates/%s/parsed-cv" % cand["id"])
        self.assertEqual(parsed["candidate_id"], cand["id"])
        self.assertTrue(parsed["experience"])

    def test_ai_insights_and_evaluations(self):
        s = self.sandbox.session("recruiter")
        apps = s.get_json("/v1/applications?limit=60")["items"]
        kinds = set()
        for a in apps:
            for ins in s.get_json("/v1/applications/%s/ai-insights" % a["id"])["items"]:
                kinds.add(ins["kind"])
                self.assertEqual(ins["disclaimer"], DISCLAIMER)
                self.assertTrue(ins["provenance"]["provider"] and ins["provenance"]["model"])
                if ins["kind"] == "match_score":
                    self.assertTrue(0 <= ins["match_score"]["score"] <= 100)
                    self.assertTrue(ins["match_score"]["criteria"][0]["evidence"])
            if {"match_score", "evaluation_summary", "transcript"} <= kinds:
                break
        self.assertLessEqual({"match_score", "evaluation_summary", "transcript"}, kinds)
        evals = 0
        for a in apps[:30]:
            evals += len(s.get_json("/v1/applications/%s/evaluations" % a["id"])["items"])
        self.assertGreater(evals, 0)

    def test_turkish_candidates_have_kvkk_consent_and_turkish_notice(self):
        s = self.sandbox.session("recruiter")
        tr = [c for c in s.list_all("/v1/candidates", limit=500) if c["region"] == "TR"]
        self.assertTrue(tr)
        # Records are decisions (granted|withdrawn); a 'pending' candidate has none yet.
        with_records = 0
        for c in tr[:40]:
            self.assertNotEqual(c["consent_state"], "not_required", c["id"])
            consents = s.get_json("/v1/candidates/%s/consents" % c["id"])["items"]
            kvkk = [x for x in consents if x["framework"] == "kvkk"]
            if c["consent_state"] in ("granted", "withdrawn"):
                self.assertTrue(kvkk, c["id"])
                self.assertTrue(kvkk[0]["id"].startswith("cons_"))
                latest = max(kvkk, key=lambda x: x["recorded_at"])
                self.assertEqual(latest["status"], c["consent_state"], c["id"])
                self.assertEqual(latest["locale"][:2], "tr")
                with_records += 1
        self.assertGreater(with_records, 10)
        notices = s.get_json("/v1/consent-notices?framework=kvkk&locale=tr")["items"]
        self.assertTrue(notices)
        text = " ".join(str(v) for n in notices for v in n.values())
        self.assertTrue(TURKISH & set(text), "KVKK notice is not Turkish")
        self.assertIn("Ki\u015fisel", text)  # "Kisisel Verilerin Korunmasi" with s-cedilla

    def test_accounts_cover_every_role_and_readme_lists_them(self):
        sb = self.sandbox
        accounts = sb.accounts()
        self.assertLessEqual({"admin", "recruiter", "hiring_manager", "interviewer", "auditor"},
                             {a["role"] for a in accounts})
        self.assertTrue(any(a["totp_secret"] for a in accounts), "some demo users have TOTP")
        users = sb.session("admin").list_all("/v1/admin/users")
        self.assertTrue(any(u["scim_managed"] for u in users))
        self.assertTrue(any(u["two_factor"]["enabled"] for u in users))
        with open(os.path.join(SOURCE_DIR, "sandbox", "README.md"), encoding="utf-8") as f:
            readme = f.read()
        for a in accounts:
            self.assertIn(a["email"], readme)


if __name__ == "__main__":
    unittest.main()


LARGE_JOB = "Graduate Programme 2026"


class LargePipelineTest(unittest.TestCase):
    """--pipeline-applications N: one more job whose pipeline holds N active applications, one
    per candidate, spread over its stages; the ordinary jobs stay as they were."""

    def test_one_job_with_n_active_applications(self):
        plain = Sandbox(seed=7, candidates=300, proxy=False)
        large = Sandbox("--pipeline-applications", 250, seed=7, candidates=300, proxy=False)
        try:
            plain.start()
            plain_jobs = {j["id"]: j["title"] for j in plain.session("recruiter").list_all("/v1/jobs")}
            self.assertEqual(plain.stop(), 0)
            large.start()
            s = large.session("recruiter")
            jobs = {j["id"]: j for j in s.list_all("/v1/jobs")}
            self.assertNotIn(LARGE_JOB, plain_jobs.values())
            big = [j for j in jobs.values() if j["title"] == LARGE_JOB]
            self.assertEqual(len(big), 1)
            big = big[0]
            self.assertEqual(big["status"], "open")
            # The ordinary jobs are seeded first: same ids and titles as without the option.
            self.assertEqual({i: j["title"] for i, j in jobs.items() if i != big["id"]}, plain_jobs)

            stages = [st["id"] for st in s.get_json("/v1/pipelines/" + big["pipeline_id"])["stages"]]
            self.assertEqual(len(stages), 8)
            apps = s.list_all("/v1/applications?job_id=" + big["id"], limit=200)
            self.assertEqual(len(apps), 250)
            self.assertEqual({a["status"] for a in apps}, {"active"})
            self.assertEqual({a["pipeline_id"] for a in apps}, {big["pipeline_id"]})
            self.assertEqual(len({a["candidate_id"] for a in apps}), 250)
            per_stage = {st: sum(1 for a in apps if a["stage_id"] == st) for st in stages}
            # Every column but Hired has cards; none holds most of them.
            self.assertEqual(per_stage[stages[-1]], 0)
            for st in stages[:-1]:
                self.assertGreater(per_stage[st], 10, per_stage)
            self.assertEqual(large.stop(), 0)
        finally:
            plain.close()
            large.close()

    def test_more_than_the_candidates_is_refused(self):
        sb = Sandbox("--pipeline-applications", 301, seed=7, candidates=300, proxy=False)
        try:
            done = subprocess.run(sb.command(), capture_output=True, timeout=60)
            self.assertNotEqual(done.returncode, 0)
            self.assertIn(b"--pipeline-applications cannot exceed --candidates", done.stderr + done.stdout)
        finally:
            sb.close()
