#!/usr/bin/env python3
"""First-sync benchmark: hirexctl against the floor, on the same pages, interleaved.

Starts hirex-sandbox with --candidates N (default 100000) on loopback, signs in a recruiter through
hirexctl, then, alternating, RUNS times each:
  client    `/usr/bin/time -v hirexctl sync` into an empty encrypted cache (every entity of the
            feed, FTS index, secure_delete, SQLCipher with 4 KB pages, crash-safe batches)
  floor     bench_sync_floor: the same /v1/changes pages over one keep-alive HTTPS connection
            (the next page requested before the last is written), bulk-loaded in one transaction
            into SQLCipher with the cache's own schema, indexes and FTS (no fsync, a 512 MB page
            cache so the transaction never spills); a fresh token per run
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


def floor_run(sandbox, token, workdir):
    """The floor (bench_sync_floor): the same pages over one keep-alive HTTPS connection,
    bulk-loaded in one transaction into SQLCipher with the cache's own schema, indexes and FTS."""
    db = os.path.join(workdir, "floor.db")
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    env = dict(os.environ, BENCH_TOKEN=token)
    wall, rss, out = time_v([os.path.join(os.environ["HIREX_BIN_DIR"], "bench_sync_floor"), sandbox.base_url,
                             sandbox.ca_file, db, str(LIMIT)], env=env)
    doc = json.loads(out.strip().splitlines()[-1])
    return wall, rss, doc

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
        client, floor = [], []
        for i in range(RUNS):
            wall, rss, cands, size = client_run(ctl)
            client.append((wall, rss, cands))
            print("client run %d: %.2f s, peak RSS %.1f MB, %d candidates, cache %.1f MB" %
                  (i + 1, wall, rss, cands, size / 1e6), flush=True)
            # A token of its own per run: one token serving every run met the rate limit.
            token = sandbox.session("recruiter", fresh=True, totp=False).token
            f_wall, f_rss, doc = floor_run(sandbox, token, root)
            floor.append((f_wall, f_rss, doc["candidates"]))
            print("floor  run %d: %.2f s (waiting for pages %.2f s of it, %d pages), peak RSS %.1f MB, %d candidates" %
                  (i + 1, f_wall, doc["fetch_seconds"], doc["pages"], f_rss, doc["candidates"]), flush=True)
        c_time = statistics.median(w for w, _, _ in client)
        f_time = statistics.median(w for w, _, _ in floor)
        c_rss = max(r for _, r, _ in client)
        cands = client[-1][2]
        if any(c != cands for _, _, c in client + floor):
            raise SystemExit("candidate counts differ: client %r, floor %r" % (
                [c for _, _, c in client], [c for _, _, c in floor]))
        print()
        print("candidates                 %d" % cands)
        print("client median              %.2f s  (%.0f candidates/s)" % (c_time, cands / c_time))
        print("floor median               %.2f s  (%.0f candidates/s)" % (f_time, cands / f_time))
        print("ratio client/floor         %.2fx (target <= 1.5x)" % (c_time / f_time))
        print("client peak RSS            %.1f MB (target < 300 MB); floor %.1f MB" % (
            c_rss, max(r for _, r, _ in floor)))
    finally:
        sandbox.stop()
        sandbox.close()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
