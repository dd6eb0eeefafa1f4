"""Domain helpers shared by the hirex-sandbox black-box tests (data lookups, change feed, test clock)."""

import urllib.parse
from datetime import datetime

# -- small domain helpers shared by the test modules ---------------------------------------------
def first_item(session, path, pred=lambda i: True, limit=100):
    doc = session.get_json(path + ("&" if "?" in path else "?") + "limit=%d" % limit)
    for item in doc["items"]:
        if pred(item):
            return item
    raise AssertionError("no matching item in %s" % path)


def active_application(session, pred=lambda a: True, nth=0):
    """The nth matching active application; tests sharing a sandbox use different nth values
    so that they do not touch the same application."""
    doc = session.get_json("/v1/applications?status=active&limit=200")
    matching = [a for a in doc["items"] if a["status"] == "active" and pred(a)]
    if len(matching) <= nth:
        raise AssertionError("fewer than %d matching active applications" % (nth + 1))
    return matching[nth]


def next_stage(session, app):
    pipe = session.get_json("/v1/pipelines/" + app["pipeline_id"])
    stages = sorted(pipe["stages"], key=lambda s: s["position"])
    ids = [s["id"] for s in stages]
    i = ids.index(app["stage_id"])
    return ids[i + 1] if i + 1 < len(ids) - 1 else ids[max(i - 1, 0)]


def changes_after(session, cursor, **kw):
    """All change-feed items after cursor and the new cursor."""
    items = []
    while True:
        doc = session.get_json("/v1/changes?limit=500&cursor=" + urllib.parse.quote(cursor or "0"), **kw)
        items += doc["items"]
        if doc.get("next_cursor"):
            cursor = doc["next_cursor"]
        if not doc.get("has_more"):
            return items, cursor


def feed_head(session):
    return changes_after(session, "0")[1]


# The contract caps the test clock at +-10 years (TestClockInput).
NINE_YEARS = 9 * 365 * 86400


def parse_time(text):
    return datetime.strptime(text.replace("Z", "+0000").split(".")[0].replace("+0000", "") + "+0000",
                             "%Y-%m-%dT%H:%M:%S%z")


class ClockMixin:
    def set_clock(self, offset):
        """Moves the test clock, then signs in again (tokens expire on the test clock too)."""
        sb = self.sandbox
        admin = sb.session("admin")
        cur = admin.get("/v1/admin/test-clock")
        if cur.status == 401:
            admin = sb.session("admin", fresh=True)
            cur = admin.get("/v1/admin/test-clock")
        self.assertEqual(cur.status, 200, cur)
        kw = {"if_match": cur.header("ETag")} if cur.header("ETag") else {}
        r = admin.put("/v1/admin/test-clock", {"offset_seconds": offset}, **kw)
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.json()["offset_seconds"], offset)
        return sb.session("admin", fresh=True)

    def create_rule(self, admin, **fields):
        body = {"name": "sbtest rule", "scope": {"regions": [], "pipeline_ids": [], "candidate_statuses": []},
                "period_days": 1825, "action": "delete", "enabled": True}
        body.update(fields)
        r = admin.post("/v1/admin/retention-rules", body)
        self.assertEqual(r.status, 201, r)
        rule = r.json()
        self.assertTrue(rule["id"].startswith("ret_"))
        self.assertEqual(rule["period_days"], body["period_days"])
        return rule
