#!/usr/bin/env python3
"""First-sync benchmark: hirexctl against a baseline of curl + the sqlite3 tool on the same pages.

Starts hirex-sandbox with --candidates N (default 100000) on loopback, signs in a recruiter through
hirexctl, then, alternating, RUNS times each:
  client    `/usr/bin/time -v hirexctl sync` into an empty encrypted cache (every entity of the
            feed, FTS index, secure_delete, SQLCipher with 4 KB pages)
  baseline  the same /v1/changes pages fetched by curl one after the other (cursor from each page),
            then bulk-inserted with the sqlite3 tool (json_each + readfile, one transaction)
and prints medians, candidates/s, the time ratio and peak RSS. Targets: ratio <= 1.5, RSS < 300 MB.

Environment: HIREX_BIN_DIR (default build/dev/bin), BENCH_CANDIDATES, BENCH_RUNS.
Run inside a D-Bus session with an unlocked keyring (bench/sync/run.sh does that).
"""

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
os.environ.setdefault("HIREX_BIN_DIR", os.path.join(ROOT, "build", "dev", "bin"))
os.environ.setdefault("HIREX_SANDBOX_START_TIMEOUT", "900")
sys.path.insert(0, os.path.join(ROOT, "tests", "sync"))

from ctlfixture import Ctl  # noqa: E402
import sandboxfixture as sbf  # noqa: E402

CANDIDATES = int(os.environ.get("BENCH_CANDIDATES", "100000"))
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
LIMIT = 500


def time_v(cmd, env=None):
    """Runs cmd under /usr/bin/time -v; returns (wall seconds, max RSS in MB, stdout)."""
    started = time.monotonic()
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, capture_output=True, env=env)
    wall = time.monotonic() - started
    if p.returncode != 0:
        raise SystemExit("failed: %s\n%s" % (cmd, p.stderr.decode()[-3000:]))
    rss = int(re.search(rb"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1)) / 1024.0
    return wall, rss, p.stdout.decode()


def client_run(ctl):
    for suffix in ("", "-wal", "-shm"):
        path = os.path.join(ctl.profile, "cache.db" + suffix)
        if os.path.exists(path):
            os.remove(path)
    ctl.ok("pin", "--all")  # creates the empty cache with the stored key; keep everything
    wall, rss, _ = time_v(ctl.base_args() + ["sync"])
    rc, doc = ctl.status()
    return wall, rss, doc["cache"]["counts"]["candidates"], os.path.getsize(os.path.join(ctl.profile, "cache.db"))


def baseline_run(sandbox, token, workdir):
    pages = os.path.join(workdir, "pages")
    shutil.rmtree(pages, ignore_errors=True)
    os.makedirs(pages)
    started = time.monotonic()
    cursor, n = "0", 0
    while True:
        path = os.path.join(pages, "%05d.json" % n)
        url = "%s/v1/changes?cursor=%s&limit=%d" % (sandbox.base_url, urllib.parse.quote(cursor), LIMIT)
        subprocess.run(["curl", "-sS", "--fail", "--cacert", sandbox.ca_file, "-H", "Authorization: Bearer " + token,
                        "-o", path, url], check=True)
        with open(path, "rb") as f:
            doc = json.load(f)
        n += 1
        if not doc["has_more"]:
            break
        cursor = doc["next_cursor"]
    fetched = time.monotonic() - started
    db = os.path.join(workdir, "baseline.db")
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    script = ["PRAGMA journal_mode=WAL;",
              "CREATE TABLE items(entity TEXT, id TEXT PRIMARY KEY, version INTEGER, data TEXT);", "BEGIN;"]
    for i in range(n):
        script.append("INSERT OR REPLACE INTO items SELECT json_extract(value, '$.entity'), json_extract(value, '$.id'),"
                      " json_extract(value, '$.version'), json_extract(value, '$.data') FROM json_each(readfile('%s'),"
                      " '$.items');" % os.path.join(pages, "%05d.json" % i))
    script.append("COMMIT;")
    t = time.monotonic()
    subprocess.run(["sqlite3", db], input="\n".join(script).encode(), check=True)
    inserted = time.monotonic() - t
    count = int(subprocess.run(["sqlite3", db, "SELECT count(*) FROM items WHERE entity = 'candidate'"],
                               capture_output=True, check=True).stdout)
    return fetched + inserted, fetched, inserted, n, count


def main():
    root = tempfile.mkdtemp(prefix="hirex-bench-sync-")
    print("starting sandbox with %d candidates (generation may take a while)..." % CANDIDATES, flush=True)
    t = time.monotonic()
    sandbox = sbf.Sandbox(candidates=CANDIDATES, proxy=False)
    sandbox.start()
    print("sandbox ready in %.1f s" % (time.monotonic() - t), flush=True)
    try:
        ctl = Ctl(sandbox, root, "bench")
        ctl.login(sandbox.account("recruiter", totp=False))
        token = sandbox.session("recruiter", totp=False).token
        client, base = [], []
        for i in range(RUNS):
            wall, rss, cands, size = client_run(ctl)
            client.append((wall, rss, cands))
            print("client   run %d: %.2f s, peak RSS %.1f MB, %d candidates, cache %.1f MB" %
                  (i + 1, wall, rss, cands, size / 1e6), flush=True)
            total, fetched, inserted, pages, count = baseline_run(sandbox, token, root)
            base.append((total, count))
            print("baseline run %d: %.2f s (curl %.2f s for %d pages + sqlite3 %.2f s), %d candidates" %
                  (i + 1, total, fetched, pages, inserted, count), flush=True)
        c_time = statistics.median(w for w, _, _ in client)
        b_time = statistics.median(t for t, _ in base)
        c_rss = max(r for _, r, _ in client)
        cands = client[-1][2]
        print()
        print("candidates                 %d" % cands)
        print("client   median            %.2f s  (%.0f candidates/s)" % (c_time, cands / c_time))
        print("baseline median            %.2f s  (%.0f candidates/s)" % (b_time, cands / b_time))
        print("ratio client/baseline      %.2fx (target <= 1.5x)" % (c_time / b_time))
        print("client peak RSS            %.1f MB (target < 300 MB)" % c_rss)
    finally:
        sandbox.stop()
        sandbox.close()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
