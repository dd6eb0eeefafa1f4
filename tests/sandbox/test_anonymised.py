"""Anonymised screening: a tenant that screens blind (--anonymised-screening) withholds every
identifying candidate field from callers without candidates.reveal, in the resources and in the
change feed, and names each candidate by a stable anonymised_label instead (candidates and
applications). An admin (who holds candidates.reveal) still sees the person. Every response is
checked against api/openapi.yaml by the Prism proxy."""

import re
import unittest
import urllib.parse

from sandboxfixture import SandboxTestCase

IDENTITY = ("first_name", "last_name", "email", "phone", "location")
LABEL = re.compile(r"^Candidate [0-9A-HJKMNP-TV-Z]{6}$")


def feed(session, entity):
    items, cursor = [], "0"
    while True:
        doc = session.get_json("/v1/changes?limit=500&cursor=" + urllib.parse.quote(cursor))
        items += [it for it in doc["items"] if it["entity"] == entity and it["op"] == "upsert"]
        cursor = doc["next_cursor"] or cursor
        if not doc["has_more"]:
            return items


class AnonymisedScreeningTest(SandboxTestCase):
    SANDBOX_ARGS = ("--anonymised-screening",)
    SANDBOX_KW = {"candidates": 60}

    def test_the_tenant_says_it_screens_blind_and_who_may_reveal(self):
        rec = self.sandbox.session("recruiter").me()
        self.assertTrue(rec["tenant"]["settings"]["anonymised_screening"])
        self.assertNotIn("candidates.reveal", rec["permissions"])
        self.assertIn("candidates.read_pii", rec["permissions"])
        self.assertIn("candidates.reveal", self.sandbox.session("admin").me()["permissions"])

    def test_candidates_come_without_identity_and_with_a_stable_label(self):
        rec = self.sandbox.session("recruiter")
        admin = self.sandbox.session("admin")
        listed = rec.list_all("/v1/candidates")
        self.assertEqual(len(listed), 60)
        people = {c["id"]: c for c in admin.list_all("/v1/candidates")}
        labels = set()
        for c in listed:
            for field in IDENTITY:
                self.assertNotIn(field, c, (c["id"], field))
            self.assertRegex(c["anonymised_label"], LABEL)
            # Nothing of the person in the label.
            person = people[c["id"]]
            self.assertNotIn(person["last_name"].upper(), c["anonymised_label"].upper())
            self.assertNotIn("anonymised_label", person)
            self.assertIn("first_name", person)
            labels.add(c["anonymised_label"])
        self.assertEqual(len(labels), len(listed), "labels tell candidates apart")
        one = listed[0]
        again = rec.get_json("/v1/candidates/" + one["id"])
        self.assertEqual(again["anonymised_label"], one["anonymised_label"])
        for field in IDENTITY:
            self.assertNotIn(field, again)

    def test_applications_carry_their_candidates_label(self):
        rec = self.sandbox.session("recruiter")
        labels = {c["id"]: c["anonymised_label"] for c in rec.list_all("/v1/candidates")}
        apps = rec.list_all("/v1/applications")
        self.assertTrue(apps)
        for a in apps:
            self.assertEqual(a["anonymised_label"], labels[a["candidate_id"]], a["id"])
        for a in self.sandbox.session("admin").list_all("/v1/applications")[:20]:
            self.assertNotIn("anonymised_label", a)

    def test_the_change_feed_withholds_identity_too(self):
        rec = self.sandbox.session("recruiter")
        labels = {c["id"]: c["anonymised_label"] for c in rec.list_all("/v1/candidates")}
        items = feed(rec, "candidate")
        self.assertEqual(len(items), 60)
        for it in items:
            for field in IDENTITY:
                self.assertNotIn(field, it["data"])
            self.assertEqual(it["data"]["anonymised_label"], labels[it["id"]])
        for it in feed(rec, "application")[:50]:
            self.assertEqual(it["data"]["anonymised_label"], labels[it["data"]["candidate_id"]])
        admin_items = feed(self.sandbox.session("admin"), "candidate")
        self.assertTrue(all("first_name" in it["data"] for it in admin_items))

    def test_a_name_does_not_find_the_person_behind_a_label(self):
        rec = self.sandbox.session("recruiter")
        admin = self.sandbox.session("admin")
        person = admin.list_all("/v1/candidates")[0]
        word = person["last_name"]
        self.assertTrue(admin.get_json("/v1/candidates?" + urllib.parse.urlencode({"q": word}))["items"])
        found = rec.get_json("/v1/candidates?" + urllib.parse.urlencode({"q": word}))["items"]
        tagged = [c for c in found if word.lower() not in " ".join(c["tags"] + c["skills"]).lower()]
        self.assertEqual(tagged, [], "a name found someone by name")
        skill = person["skills"][0]
        hits = rec.get_json("/v1/candidates?" + urllib.parse.urlencode({"q": skill}))["items"]
        self.assertIn(person["id"], {c["id"] for c in hits})


class OpenScreeningTest(SandboxTestCase):
    SANDBOX_KW = {"candidates": 20}

    def test_a_tenant_that_does_not_screen_blind_sends_no_label(self):
        rec = self.sandbox.session("recruiter")
        self.assertFalse(rec.me()["tenant"]["settings"]["anonymised_screening"])
        for c in rec.list_all("/v1/candidates"):
            self.assertIn("first_name", c)
            self.assertNotIn("anonymised_label", c)


if __name__ == "__main__":
    unittest.main()
