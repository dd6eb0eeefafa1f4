#!/usr/bin/python3
"""What a screen-reader user gets from the board: the real hirex-desktop read through AT-SPI.

Runs inside a dbus-run-session of its own (see CMakeLists.txt): starts the accessibility bus, an
Xvfb display, a throw-away keyring, a small hirex-sandbox tenant and hirex-desktop signed in to
it the way scripts/demo does (scripts/lib/demo-browser fills the sign-in page), with
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1. Then, through pyatspi (Debian's /usr/bin/python3):

  - every interactive object on screen has a role and a non-empty accessible name;
  - each board column's accessible name carries its stage and its count, as its header shows;
  - each card's accessible name carries what a sighted user sees on it: the candidate's name,
    days in stage, tags, the AI match score marked as AI, consent and retention warnings,
    checked against the server's own data (the API, as the recruiter who signed in);
  - the board works with the keyboard alone (xdotool): /, arrows and Tab move the focus, and
    AT-SPI's focused object follows.

No fixed sleeps: every wait polls with a generous deadline (a loaded 2-core machine).
"""
import datetime
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_DIR = os.environ.get("HIREX_SOURCE_DIR") or os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
BIN_DIR = os.environ.get("HIREX_BIN_DIR") or os.path.join(SOURCE_DIR, "build", "dev", "bin")
sys.path.insert(0, os.path.join(SOURCE_DIR, "tests", "sandbox"))

import sandboxfixture  # noqa: E402  (the sandbox process and an API session, standard library only)

DEMO_USER = "lena.recruiter@demo.hirex.example"
WAIT = float(os.environ.get("HIREX_A11Y_WAIT", "45"))  # seconds for the board to appear

# Roles a user acts on: each needs a name a screen reader can say.
INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text", "password text",
    "entry", "spin button", "slider", "list", "list item", "table", "table cell", "tree", "tree table",
    "tree item", "menu", "menu item", "check menu item", "radio menu item", "page tab", "link",
}


def log(*parts):
    print("[a11y]", *parts, file=sys.stderr, flush=True)


class Failures:
    def __init__(self):
        self.items = []

    def check(self, ok, message):
        if not ok:
            self.items.append(message)
            log("FAIL", message)
        return ok


def poll(what, fn, timeout=WAIT, interval=0.2, gone=None):
    """fn() until it returns something true; its value, or an AssertionError after `timeout`, or at
    once when gone() says what was waited for can no longer come (its process ended)."""
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        reason = gone() if gone else None
        if reason:
            raise AssertionError("gave up waiting for %s: %s" % (what, reason))
        try:
            value = fn()
            if value:
                return value
        except Exception as error:  # the tree changes under us while the app builds it
            last_error = error
        time.sleep(interval)
    raise AssertionError("timed out after %ss waiting for %s (last error: %r)" % (timeout, what, last_error))


class Environment:
    """Xvfb, the accessibility bus, a keyring and a scratch home; all ended on close()."""

    def __init__(self):
        self.root = tempfile.mkdtemp(prefix="hirex-a11y-")
        self.procs = []
        self.xvfb = None
        for name in ("home", "data", "config", "cache", "run"):
            os.makedirs(os.path.join(self.root, name))
        os.chmod(os.path.join(self.root, "run"), 0o700)
        env = os.environ
        env.update(HOME=os.path.join(self.root, "home"), XDG_DATA_HOME=os.path.join(self.root, "data"),
                   XDG_CONFIG_HOME=os.path.join(self.root, "config"),
                   XDG_CACHE_HOME=os.path.join(self.root, "cache"), XDG_RUNTIME_DIR=os.path.join(self.root, "run"))
        for name in ("AT_SPI_BUS_ADDRESS", "WAYLAND_DISPLAY", "QT_ACCESSIBILITY", "NO_AT_BRIDGE"):
            env.pop(name, None)

    def start_display(self):
        """An Xvfb that answers a client. `-noreset`: by default Xvfb resets when its last client
        disconnects, and a client connecting during that reset is refused (11 of 1,000
        back-to-back connections here; 0 with -noreset). That is how the app, started right after
        the accessibility bus's launcher or a check had disconnected, found no server on :0 in CI."""
        read_fd, write_fd = os.pipe()
        self.xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-noreset", "-screen", "0", "1400x900x24",
                                      "-nolisten", "tcp"], pass_fds=(write_fd,), stdout=subprocess.DEVNULL,
                                     stderr=open(os.path.join(self.root, "xvfb.log"), "wb"))
        self.procs.append(self.xvfb)
        os.close(write_fd)
        number = b""
        with os.fdopen(read_fd, "rb") as pipe:
            while not number.endswith(b"\n"):
                chunk = pipe.read(1)
                if not chunk:
                    raise AssertionError("Xvfb did not start; xvfb.log:\n" + self.tail("xvfb.log"))
                number += chunk
        os.environ["DISPLAY"] = ":" + number.decode().strip()
        log("display", os.environ["DISPLAY"])
        if not self.display_answers():
            raise AssertionError("Xvfb on %s does not answer (%s); xvfb.log:\n%s"
                                 % (os.environ["DISPLAY"], self.display_gone() or "it still runs",
                                    self.tail("xvfb.log")))

    def display_answers(self, timeout=20):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.xvfb.poll() is not None:
                return False
            if subprocess.run(["xdotool", "getdisplaygeometry"], capture_output=True, timeout=10).returncode == 0:
                return True
            time.sleep(0.2)
        return False

    def display_gone(self):
        """Why the display cannot serve any more, or None."""
        if self.xvfb is not None and self.xvfb.poll() is not None:
            return "Xvfb exited with %s; xvfb.log:\n%s" % (self.xvfb.returncode, self.tail("xvfb.log"))
        return None

    def start_keyring(self):
        out = subprocess.run(["gnome-keyring-daemon", "--unlock", "--components=secrets"], input=b"hirex-a11y",
                             capture_output=True, timeout=60, check=True).stdout.decode()
        for line in out.splitlines():
            key, _, value = line.partition("=")
            if key and value:
                os.environ[key] = value

    def start_accessibility_bus(self):
        launcher = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.procs.append(launcher)
        poll("the accessibility bus", lambda: subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
             "org.a11y.Bus.GetAddress"], capture_output=True, timeout=10).returncode == 0)

    def spawn(self, args, log_name, env=None):
        proc = subprocess.Popen(args, stdout=open(os.path.join(self.root, log_name), "wb"), stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, env=env)
        self.procs.append(proc)
        return proc

    def tail(self, log_name, n=3000):
        try:
            with open(os.path.join(self.root, log_name), "rb") as f:
                return f.read()[-n:].decode("utf-8", "replace")
        except OSError:
            return ""

    def close(self):
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(15)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(10)
        if os.environ.get("HIREX_KEEP_TMP") == "1":
            log("keeping", self.root)
        else:
            shutil.rmtree(self.root, ignore_errors=True)


# -- the accessibility tree ------------------------------------------------------------------------
def role(acc):
    return acc.getRoleName()


def children(acc):
    return [acc.getChildAtIndex(i) for i in range(acc.childCount)]


def showing(acc):
    import pyatspi
    return acc.getState().contains(pyatspi.STATE_SHOWING)


def walk_showing(acc):
    """acc and every showing object below it (hidden subtrees are not on screen)."""
    yield acc
    for child in children(acc):
        if child is not None and showing(child):
            yield from walk_showing(child)


def find_app(pid):
    import pyatspi
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and app.get_process_id() == pid:
            return app
    return None


HEADER = re.compile(r"^(.*) · (\d+)(?: of (\d+))?$")  # "Stage · count" or "Stage · shown of count"


def board_columns(app):
    """[(header label, list)] of the board's columns: a list whose sibling is a 'Stage · N' label."""
    columns = []
    for acc in walk_showing(app):
        if role(acc) != "list":
            continue
        parent = acc.parent
        labels = [c for c in children(parent) if role(c) == "label" and HEADER.match(c.name or "")]
        if labels:
            columns.append((labels[0], acc))
    return columns


# -- the server's view of the same cards -------------------------------------------------------------
class Truth:
    """The recruiter's jobs, stages, candidates and AI scores, read through the API."""

    def __init__(self, session):
        self.session = session
        self.jobs = session.list_all("/v1/jobs")
        self._candidates = {}
        self._pipelines = {}

    def job_titled(self, title):
        return next((j for j in self.jobs if j.get("title") == title), None)

    def stages(self, job):
        pid = job["pipeline_id"]
        if pid not in self._pipelines:
            self._pipelines[pid] = self.session.get_json("/v1/pipelines/" + pid)
        return self._pipelines[pid]["stages"]

    def applications(self, job, stage):
        return self.session.list_all("/v1/applications?job_id=%s&stage_id=%s&status=active" % (job["id"], stage["id"]))

    def candidate(self, cid):
        if cid not in self._candidates:
            self._candidates[cid] = self.session.get_json("/v1/candidates/" + cid)
        return self._candidates[cid]

    def match_score(self, application_id):
        doc = self.session.get_json("/v1/applications/%s/ai-insights" % application_id)
        for insight in doc.get("items", []):
            if insight.get("kind") == "match_score":
                return find_score(insight)
        return None


def find_score(doc):
    if isinstance(doc, dict):
        if isinstance(doc.get("score"), int) and "criteria" in doc:
            return doc["score"]
        for value in doc.values():
            found = find_score(value)
            if found is not None:
                return found
    return None


def parse_time(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def check_card(failures, card_name, application, candidate, score, now):
    where = "card %r" % card_name
    full = ("%s %s" % (candidate.get("first_name") or "", candidate.get("last_name") or "")).strip()
    failures.check(full and card_name.startswith(full), "%s does not start with the candidate's name %r" % (where, full))
    for tag in candidate.get("tags") or []:
        failures.check(tag in card_name, "%s does not say the tag %r" % (where, tag))
    days = (now - parse_time(application["stage_entered_at"])).days
    said = re.search(r"(\d+) days? in stage", card_name)
    failures.check(said and abs(int(said.group(1)) - days) <= 1,
                   "%s does not say its %d day(s) in stage" % (where, days))
    if score is not None:
        failures.check(re.search(r"AI match score %d \(AI-generated" % score, card_name),
                       "%s does not say the AI match score %d marked as AI" % (where, score))
    else:
        failures.check("AI match score" not in card_name, "%s says an AI score the server does not have" % where)
    consent = candidate.get("consent_state")
    if consent in ("withdrawn", "pending"):
        failures.check("Consent %s" % consent in card_name, "%s does not warn: consent %s" % (where, consent))
    if candidate.get("retention_until"):
        left = parse_time(candidate["retention_until"]) - now
        if left.total_seconds() <= 0:
            failures.check("Retention period ended" in card_name, "%s does not warn: retention ended" % where)
        elif left.days <= 30:
            failures.check("Retention ends in" in card_name, "%s does not warn: retention ends soon" % where)


# -- the keyboard ------------------------------------------------------------------------------------
class Focus:
    """AT-SPI's focused object, as the focus events report it."""

    def __init__(self):
        import pyatspi
        from gi.repository import GLib
        self.app = None
        self.context = GLib.MainContext.default()
        self.current = None
        self.events = 0
        pyatspi.Registry.registerEventListener(self._on_event, "object:state-changed:focused")

    def _on_event(self, event):
        if event.detail1:
            self.current = event.source
            self.events += 1

    def focused_in_tree(self):
        import pyatspi
        # A focused view says so, and so does its current item: the item is the focus. Qt marks a
        # view's current item focused even while the view is not: such an item does not count. A
        # widget whose focus proxy has the focus (a scroll area's viewport) reads focused too: the
        # proxy is the focus.
        items = ("list item", "table cell", "tree item")
        found = None
        for acc in walk_showing(self.app):
            if not acc.getState().contains(pyatspi.STATE_FOCUSED):
                continue
            parent_focused = acc.parent.getState().contains(pyatspi.STATE_FOCUSED)
            if role(acc) in items and not parent_focused:
                continue
            if role(acc) not in items and parent_focused:
                continue
            found = acc
        return found

    def pump(self):
        while self.context.iteration(False):
            pass

    def after(self, keys, what, accept, timeout=20):
        """Sends `keys` with xdotool and waits until the focused object satisfies accept()."""
        subprocess.run(["xdotool", "key", "--clearmodifiers"] + keys, check=True, timeout=30)

        def matched():
            self.pump()
            if self.current is not None and accept(self.current):
                return self.current
            focused = self.focused_in_tree()
            return focused if focused is not None and accept(focused) else None
        try:
            return poll("the focus on %s after %s" % (what, " ".join(keys)), matched, timeout=timeout, interval=0.1)
        except AssertionError as error:
            focused = self.focused_in_tree()
            raise AssertionError("%s; focused: %s in %s" % (error, describe(focused) if focused else None,
                                                            describe(focused.parent) if focused else None))


def check_named(failures, app, when):
    """Every showing interactive object has a name, and nothing focusable lacks a role."""
    import pyatspi
    checked = 0
    for acc in walk_showing(app):
        r = role(acc)
        if r in ("unknown", "invalid") and acc.getState().contains(pyatspi.STATE_FOCUSABLE):
            failures.check(False, "%s: a focusable object has no role: %s under %s" % (when, describe(acc),
                                                                                       describe(acc.parent)))
        if r in INTERACTIVE:
            checked += 1
            failures.check((acc.name or "").strip(), "%s: %s under %s has no accessible name" % (
                when, describe(acc), describe(acc.parent)))
    return checked


def describe(acc):
    return "[%s] %r" % (role(acc), acc.name)


def main():
    failures = Failures()
    env = Environment()
    sandbox = None
    try:
        env.start_display()
        env.start_keyring()
        env.start_accessibility_bus()
        sandbox = sandboxfixture.Sandbox(proxy=False, candidates=200, seed=42)
        sandbox.start()
        log("sandbox", sandbox.base_url)
        account = next(a for a in sandbox.accounts() if a["email"] == DEMO_USER)
        truth = Truth(sandboxfixture.Session(sandbox, account, sandbox.sign_in(account)))

        # Qt opens the sign-in page with xdg-open, which would prefer an installed browser over
        # $BROWSER: as in scripts/demo, an xdg-open first on the PATH is the demo's stand-in.
        browser = os.path.join(SOURCE_DIR, "scripts", "lib", "demo-browser")
        shim = os.path.join(env.root, "bin")
        os.makedirs(shim)
        os.symlink(browser, os.path.join(shim, "xdg-open"))
        app_env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", BROWSER=browser,
                       PATH=shim + os.pathsep + os.environ.get("PATH", ""),
                       HIREX_DEMO_DATA=sandbox.data_dir, HIREX_DEMO_USER=DEMO_USER,
                       HIREX_DEMO_SANDBOX_BIN=sandboxfixture.SANDBOX_BIN, LANG="C.UTF-8", LC_ALL="C.UTF-8",
                       LANGUAGE="", QT_LOGGING_RULES="hirex.*.info=true")
        desktop = env.spawn([os.path.join(BIN_DIR, "hirex-desktop"), "--server", sandbox.base_url, "--ca-file",
                             sandbox.ca_file, "--sign-in", "--idle-lock-minutes", "0"], "desktop.log", app_env)

        import pyatspi  # after the bus exists
        focus = Focus()
        try:
            app = poll("hirex-desktop on the accessibility bus", lambda: find_app(desktop.pid),
                       gone=lambda: env.display_gone() or (
                           desktop.poll() is not None and "hirex-desktop exited with %s" % desktop.returncode))
            focus.app = app
            # The board is there once its columns are, and the first sync has filled them.
            columns = poll("the board's columns with cards", lambda: (
                lambda cols: cols if cols and any(lst.childCount for _, lst in cols) else None)(board_columns(app)))
        except AssertionError:
            log("desktop log:\n" + env.tail("desktop.log"))
            raise
        log("board with %d columns" % len(columns))
        now = datetime.datetime.now(datetime.timezone.utc)

        # 1. Every interactive object on screen has a role and a name.
        checked = check_named(failures, app, "on the board")
        # The menus are interactive too, though closed: their items are read when opened.
        menubar = next((a for a in walk_showing(app) if role(a) == "menu bar"), None)
        if failures.check(menubar is not None, "the window has no menu bar"):
            for menu in children(menubar):
                for item in [menu] + [i for popup in children(menu) for i in children(popup)]:
                    if role(item) != "separator":
                        checked += 1
                        failures.check((item.name or "").strip(), "menu %s has an item without a name" % describe(menu))
        log("%d interactive objects checked" % checked)

        # 2. A column's name carries its stage and its count, as its header shows them.
        combo = next(a for a in walk_showing(app) if role(a) == "combo box")
        job = truth.job_titled(combo.name)
        failures.check(job is not None, "the job picker's name %r is not a job's title" % combo.name)
        stages = {s["name"]: s for s in truth.stages(job)} if job else {}
        for header, lst in columns:
            m = HEADER.match(header.name)
            if not failures.check(m, "column header %r is not 'Stage · count'" % header.name):
                continue
            stage_name, count = m.group(1), int(m.group(3) or m.group(2))
            failures.check(stage_name in lst.name and str(count) in lst.name,
                           "column %r: its accessible name %r lacks the stage or the count" % (header.name, lst.name))
            stage = stages.get(stage_name)
            if not failures.check(stage is not None, "column %r is no stage of the job's pipeline" % stage_name):
                continue
            apps = truth.applications(job, stage)
            failures.check(len(apps) == count, "column %r counts %d, the server has %d" % (stage_name, count,
                                                                                           len(apps)))
            # 3. The cards say what is painted on them.
            by_name = {}
            for a in apps:
                c = truth.candidate(a["candidate_id"])
                by_name["%s %s" % (c.get("first_name"), c.get("last_name"))] = (a, c)
            for card in children(lst)[:12]:
                if role(card) != "list item":
                    continue
                match = next(((a, c) for n, (a, c) in by_name.items() if card.name.startswith(n)), None)
                if failures.check(match, "card %r is none of the stage's candidates" % card.name):
                    check_card(failures, card.name, match[0], match[1], truth.match_score(match[0]["id"]), now)
        cards = [card for _, lst in columns for card in children(lst)]
        failures.check(any("AI match score" in c.name for c in cards), "no card on the board shows an AI score")

        # 4. The keyboard alone: / to search, Down into the first column, arrows, Tab and back.
        window = poll("the window on the X display", lambda: subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--pid", str(desktop.pid)], capture_output=True,
            text=True).stdout.split())[0]
        # Bare Xvfb has no window manager to activate the window: a click on a column's header (a
        # label, which takes no focus) gives it the keyboard, as a user's first click would.
        extents = columns[0][0].queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        subprocess.run(["xdotool", "windowfocus", "--sync", window, "mousemove", "--sync",
                        str(extents.x + extents.width // 2), str(extents.y + extents.height // 2), "click", "1"],
                       check=True, timeout=30)
        start = poll("a focused object in the window", focus.focused_in_tree)
        log("focus after the click:", describe(start))
        failures.check((start.name or "").strip(), "the click gave the focus to an object without a name: %s in %s"
                       % (describe(start), describe(start.parent)))
        # The first column with two cards (the walk goes up and down in it), else the first.
        first_list = next((lst for _, lst in columns if lst.childCount >= 2), columns[0][1])
        search = focus.after(["slash"], "the search field", lambda a: role(a) == "text"
                             and a.name == "Search candidates")
        log("focus:", describe(search))
        # Typing shows the field's clear button: it is a button like any other.
        subprocess.run(["xdotool", "type", "--delay", "50", "zz"], check=True, timeout=30)
        poll("the search text", lambda: search.queryText().getText(0, -1) == "zz")
        poll("the search's clear button", lambda: any(role(c) == "push button" and showing(c)
                                                      for c in children(search)))
        check_named(failures, app, "while searching")
        focus.after(["Escape"], "the search field, cleared", lambda a: role(a) == "text"
                    and a.name == "Search candidates" and a.queryText().getText(0, -1) == "")
        ordered = [l for _, l in columns]

        def card_in(lst, index=None):
            def accept(acc):
                if role(acc) != "list item" or acc.parent != lst:
                    return False
                return index is None or acc.getIndexInParent() == index
            return accept

        def in_column(lst):
            # On a card of the column; on the column itself only when it has none.
            return lambda acc: acc.parent == lst if lst.childCount else acc == lst

        card0 = focus.after(["Down"], "the first card of the first column", card_in(ordered[0], 0))
        log("focus:", describe(card0))
        index = ordered.index(first_list)
        for step in range(1, index + 1):  # Right to that column (an empty column is the list itself)
            focus.after(["Right"], "column %d" % step, in_column(ordered[step]))
        card = focus.after(["Down"], "the second card", card_in(first_list, 1))
        log("focus:", describe(card))
        card = focus.after(["Up"], "the first card again", card_in(first_list, 0))
        if index + 1 < len(ordered):
            nxt = ordered[index + 1]
            card = focus.after(["Right"], "the next column", in_column(nxt))
            log("focus:", describe(card))
            back = focus.after(["Left"], "a card in the column before", lambda a: role(a) == "list item"
                               and a.parent == first_list)
            log("focus:", describe(back))
        # Tab leaves the cards for another named control; Shift+Tab comes back to them.
        left = focus.after(["Tab"], "another control", lambda a: not (role(a) == "list item"
                                                                    and a.parent == first_list))
        log("focus after Tab:", describe(left))
        failures.check((left.name or "").strip(), "Tab moved the focus to an object without a name: %s"
                       % describe(left))
        back = focus.after(["shift+Tab"], "the cards again", lambda a: role(a) in ("list item", "list")
                           and (a == first_list or a.parent == first_list))
        log("focus after Shift+Tab:", describe(back))
        # Each of those keys moved the focus: a screen reader hears of it through focus events.
        failures.check(focus.events >= 5, "only %d focus events for the keyboard walk" % focus.events)
    finally:
        if sandbox is not None:
            sandbox.close()
        env.close()
    if failures.items:
        log("%d failure(s)" % len(failures.items))
        return 1
    log("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
