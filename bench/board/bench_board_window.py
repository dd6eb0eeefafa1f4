#!/usr/bin/env python3
"""Window-level board benchmark (issue 10): the real hirex-desktop beside headless Chromium.

For one tenant (hirex-sandbox --candidates C --pipeline-applications N, the large pipeline is the
job "Graduate Programme 2026"), signed in as an admin (whole tenant, keychain mode):
  1. hirexctl signs in and runs the first sync into a profile, which hirex-desktop then opens
     (the same profile layout, key and stored session), so every measured start is a second
     start from a warm, synced cache, with the board on the large pipeline (the last job shown).
  2. RUNS times, interleaved:
     app       hirex-desktop under Xvfb with QT_LOGGING_RULES=hirex.bench.info=true; its
               FirstPaintProbe reports (CLOCK_MONOTONIC) when the window is shown and when the
               board's cards are first painted, and RSS then and 10 s later. Measured from the
               moment this script starts the process.
     chromium  headless Chromium (--no-sandbox, as root) opening a static HTML page with the
               same cards (every application of the pipeline: candidate, tags, days in stage,
               AI score), the lightest possible web ATS; "painted" is its console message from
               the second requestAnimationFrame after load; memory is PSS summed over its
               processes at paint and 10 s later.
Prints medians and the ratios. Run, reported in bench/README.md, never asserted.
HIREX_BENCH_TRACE=1 also prints the app's hirex.* info lines of each run with their times since
the process started: where the start-up goes (those runs' figures include the logging).

  HIREX_BIN_DIR=build/release/bin bench/board/run-window.sh --candidates 100000 --pipeline 10000
"""

import argparse
import html
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import hashlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
os.environ.setdefault("HIREX_BIN_DIR", os.path.join(ROOT, "build", "release", "bin"))
os.environ.setdefault("HIREX_SANDBOX_START_TIMEOUT", "900")
sys.path.insert(0, os.path.join(ROOT, "tests", "sync"))

from ctlfixture import Ctl  # noqa: E402
import sandboxfixture as sbf  # noqa: E402

LARGE_JOB = "Graduate Programme 2026"
BIN = os.environ["HIREX_BIN_DIR"]


def start_xvfb(root):
    for display in range(90, 120):
        if not os.path.exists("/tmp/.X11-unix/X%d" % display) and not os.path.exists("/tmp/.X%d-lock" % display):
            proc = subprocess.Popen(["Xvfb", ":%d" % display, "-noreset", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                                    stdout=subprocess.DEVNULL, stderr=open(os.path.join(root, "xvfb.log"), "w"))
            for _ in range(100):
                if os.path.exists("/tmp/.X11-unix/X%d" % display):
                    return proc, ":%d" % display
                time.sleep(0.1)
            proc.kill()
    raise SystemExit("no free X display for Xvfb")


def find_large_job(admin):
    for job in admin.list_all("/v1/jobs"):
        if job.get("title") == LARGE_JOB:
            return job
    raise SystemExit("the sandbox has no job %r (start it with --pipeline-applications)" % LARGE_JOB)


def write_settings(config_home, profile_dir, job_id):
    """The app's QSettings (INI): the board opens on the large job, as after a previous session."""
    name = hashlib.sha256(os.path.abspath(profile_dir).encode()).hexdigest()[:16]
    os.makedirs(os.path.join(config_home, "Hirex"), exist_ok=True)
    with open(os.path.join(config_home, "Hirex", "hirex-desktop.conf"), "w", encoding="utf-8") as f:
        f.write("[board]\n%s\\lastJob=%s\n" % (name, job_id))


def cards_html(export, pipeline, path):
    """Every active application of the pipeline as a card in its stage's column, with what the
    cache export holds of it (candidate name, stage, last change); the card's markup has the
    board card's parts (name, tags line, days in stage, an AI chip)."""
    stages = pipeline.get("stages") or []
    columns = {s["id"]: [] for s in stages}
    for a in export["applications"]:
        if a.get("status") == "active":
            columns.setdefault(a.get("stage_id"), []).append(a)
    out = ["<!doctype html><html><head><meta charset='utf-8'><title>Board</title><style>",
           "body{font:13px sans-serif;margin:0;display:flex;gap:8px;padding:8px;background:#f4f4f4}",
           ".col{flex:0 0 230px;background:#e9e9ec;border-radius:6px;padding:6px}",
           ".col h2{font-size:13px;margin:4px}",
           ".card{background:#fff;border-radius:4px;margin:4px 0;padding:6px;box-shadow:0 1px 2px #0003}",
           ".name{font-weight:600}.tags span{background:#dde;border-radius:3px;padding:0 4px;margin-right:3px}",
           ".ai{float:right;border:1px solid #88a;border-radius:8px;padding:0 5px}.days{color:#a33}",
           "</style></head><body>"]
    for s in stages:
        apps = columns.get(s["id"], [])
        out.append("<section class='col'><h2>%s (%d)</h2>" % (html.escape(s.get("name", "")), len(apps)))
        for a in apps:
            name = " ".join(x for x in (a.get("first_name"), a.get("last_name")) if x)
            out.append("<div class='card'><span class='ai'>AI</span><div class='name'>%s</div>"
                       "<div class='tags'><span>%s</span></div><div class='days'>since %s</div></div>" % (
                           html.escape(name), html.escape(a.get("stage_name") or ""),
                           html.escape(str(a.get("updated_at") or "")[:10])))
        out.append("</section>")
    out.append("<script>addEventListener('load',()=>requestAnimationFrame(()=>requestAnimationFrame("
               "()=>console.log('HIREX_PAINTED'))));</script></body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    return sum(len(v) for v in columns.values())


def read_lines_until(proc, pattern, deadline, seen):
    """Reads proc's stderr lines until one matches; returns (monotonic ns at that moment, match)."""
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            return None, None
        line = line.decode("utf-8", "replace")
        seen.append(line)
        m = re.search(pattern, line)
        if m:
            return time.monotonic_ns(), m
    return None, None


def descendants(pid):
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open("/proc/%s/stat" % entry) as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    todo, found = [pid], []
    while todo:
        p = todo.pop()
        found.append(p)
        todo.extend(children.get(p, []))
    return found


def pss_mb(pid):
    total = 0
    for p in descendants(pid):
        try:
            with open("/proc/%d/smaps_rollup" % p) as f:
                m = re.search(r"^Pss:\s+(\d+) kB", f.read(), re.M)
                total += int(m.group(1)) if m else 0
        except OSError:
            pass
    return total / 1024.0


def stop(proc):
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def app_run(sandbox, profile, env):
    seen = []
    started = time.monotonic_ns()
    proc = subprocess.Popen([os.path.join(BIN, "hirex-desktop"), "--server", sandbox.base_url, "--ca-file",
                             sandbox.ca_file, "--profile", profile], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 180
        _, shown = read_lines_until(proc, r"window shown monotonic_ns=(\d+)", deadline, seen)
        _, painted = read_lines_until(proc, r"board painted monotonic_ns=(\d+) rss_kib=(\d+)", deadline, seen)
        _, later = read_lines_until(proc, r"ten seconds later rss_kib=(\d+)", deadline, seen)
        if not (shown and painted and later):
            raise SystemExit("hirex-desktop did not report its first board paint:\n" + "".join(seen[-30:]))
        if os.environ.get("HIREX_BENCH_TRACE"):
            # Where the time between start and paint goes: every hirex.* info line with its time
            # since the process started (this run's figures carry the logging's own cost).
            sys.stdout.write("".join(seen))
        return {"start_to_paint_ms": (int(painted.group(1)) - started) / 1e6,
                "shown_to_paint_ms": (int(painted.group(1)) - int(shown.group(1))) / 1e6,
                "rss_paint_mb": int(painted.group(2)) / 1024.0, "rss_10s_mb": int(later.group(1)) / 1024.0}
    finally:
        stop(proc)


def chromium_run(page, env):
    seen = []
    started = time.monotonic_ns()
    proc = subprocess.Popen(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr",
                             "--v=0", "--window-size=1600,1000", "--user-data-dir=" + tempfile.mkdtemp(prefix="chr-"),
                             "file://" + page], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    try:
        painted_at, m = read_lines_until(proc, r"HIREX_PAINTED", time.monotonic() + 600, seen)
        if not m:
            raise SystemExit("chromium did not report its paint:\n" + "".join(seen[-30:]))
        pss_paint = pss_mb(proc.pid)
        time.sleep(10)
        return {"start_to_paint_ms": (painted_at - started) / 1e6, "pss_paint_mb": pss_paint,
                "pss_10s_mb": pss_mb(proc.pid)}
    finally:
        stop(proc)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--candidates", type=int, default=100000)
    parser.add_argument("--pipeline", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    root = tempfile.mkdtemp(prefix="hirex-bench-window-")
    xvfb, display = start_xvfb(root)
    print("starting sandbox: %d candidates, a pipeline of %d applications..." % (args.candidates, args.pipeline),
          flush=True)
    sandbox = sbf.Sandbox("--pipeline-applications", args.pipeline, candidates=args.candidates, proxy=False)
    sandbox.start()
    try:
        admin = sandbox.session("admin", totp=False)
        job = find_large_job(admin)
        ctl = Ctl(sandbox, root, "board")
        ctl.login(sandbox.account("admin", totp=False))
        ctl.ok("pin", "--all")
        t = time.monotonic()
        ctl.ok("sync", timeout=7200)
        print("first sync by hirexctl: %.1f s" % (time.monotonic() - t), flush=True)
        export = os.path.join(root, "pipeline.json")
        ctl.ok("export", "--format", "json", "--pipeline", job["pipeline_id"], "--out", export)
        with open(export, encoding="utf-8") as f:
            exported = json.load(f)
        page = os.path.join(root, "board.html")
        cards = cards_html(exported, admin.get_json("/v1/pipelines/" + job["pipeline_id"]), page)
        print("board: %d cards; static page %.1f MB" % (cards, os.path.getsize(page) / 1e6), flush=True)

        config = os.path.join(root, "config")
        write_settings(config, ctl.profile, job["id"])
        env = dict(os.environ, DISPLAY=display, XDG_CONFIG_HOME=config, QT_QPA_PLATFORM="xcb",
                   QT_LOGGING_RULES="hirex.bench.info=true")
        if os.environ.get("HIREX_BENCH_TRACE"):
            env.update(QT_LOGGING_RULES="hirex.*.info=true",
                       QT_MESSAGE_PATTERN="%{time process} %{category}: %{message}")
        env.pop("WAYLAND_DISPLAY", None)
        app_runs, chromium_runs = [], []
        for i in range(args.runs):
            a = app_run(sandbox, ctl.profile, env)
            app_runs.append(a)
            print("app      run %d: start->painted %.0f ms, shown->painted %.0f ms, RSS %.0f MB, 10 s later %.0f MB" %
                  (i + 1, a["start_to_paint_ms"], a["shown_to_paint_ms"], a["rss_paint_mb"], a["rss_10s_mb"]),
                  flush=True)
            c = chromium_run(page, env)
            chromium_runs.append(c)
            print("chromium run %d: start->painted %.0f ms, PSS %.0f MB, 10 s later %.0f MB" %
                  (i + 1, c["start_to_paint_ms"], c["pss_paint_mb"], c["pss_10s_mb"]), flush=True)

        def med(runs, key):
            return statistics.median(r[key] for r in runs)

        a_paint, c_paint = med(app_runs, "start_to_paint_ms"), med(chromium_runs, "start_to_paint_ms")
        a_mem = max(med(app_runs, "rss_paint_mb"), med(app_runs, "rss_10s_mb"))
        c_mem = max(med(chromium_runs, "pss_paint_mb"), med(chromium_runs, "pss_10s_mb"))
        print()
        print("cards on the board                   %d (%d candidates in the cache)" % (cards, args.candidates))
        print("app: process start -> painted board  %.0f ms (target <= 600 ms)" % a_paint)
        print("app: window shown -> painted board   %.0f ms (target <= 200 ms)" % med(app_runs, "shown_to_paint_ms"))
        print("app: RSS at paint / 10 s later       %.0f / %.0f MB (target <= 250 MB)" % (
            med(app_runs, "rss_paint_mb"), med(app_runs, "rss_10s_mb")))
        print("chromium: start -> painted           %.0f ms" % c_paint)
        print("chromium: PSS at paint / 10 s later  %.0f / %.0f MB" % (
            med(chromium_runs, "pss_paint_mb"), med(chromium_runs, "pss_10s_mb")))
        print("ratio chromium/app, time             %.1fx" % (c_paint / a_paint))
        print("ratio chromium/app, memory (larger)  %.1fx" % (c_mem / a_mem))
    finally:
        sandbox.stop()
        sandbox.close()
        xvfb.kill()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
