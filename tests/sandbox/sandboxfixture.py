"""Black-box fixture for hirex-sandbox: starts the real server process, talks HTTPS to it with a
client that trusts only the sandbox's own CA, signs in through the real OAuth pages, and routes API
calls through Stoplight Prism (validating proxy, --errors) so that responses are checked against
api/openapi.yaml.

Standard library only (Debian's /usr/bin/python3). Environment:
  HIREX_BIN_DIR     directory holding hirex-sandbox (set by ctest)
  HIREX_SOURCE_DIR  repository root (set by ctest)
  HIREX_KEEP_TMP=1  keep the temporary data dirs (for debugging a failure)
"""

import base64
import hashlib
import hmac
import html.parser
import http.client
import json
import os
import queue
import secrets
import shutil
import signal
import socket
import ssl
import struct
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_DIR = os.environ.get("HIREX_SOURCE_DIR") or os.path.dirname(os.path.dirname(HERE))
BIN_DIR = os.environ.get("HIREX_BIN_DIR") or os.path.join(SOURCE_DIR, "build", "sbtests", "bin")
SANDBOX_BIN = os.path.join(BIN_DIR, "hirex-sandbox")
SPEC = os.path.join(SOURCE_DIR, "api", "openapi.yaml")
NODE_DIR = os.path.join(SOURCE_DIR, "tools", "node")
PRISM_BIN = os.path.join(NODE_DIR, "node_modules", ".bin", "prism")

CLIENT_ID = "hirex-desktop"
SCOPE = "openid profile email offline_access hirex"
START_TIMEOUT = float(os.environ.get("HIREX_SANDBOX_START_TIMEOUT", "90"))
PRISM_PREFIX = "https://stoplight.io/prism/errors#"
ROLES = ("admin", "recruiter", "hiring_manager", "interviewer", "auditor")

# Connection-level failures a client sees when the server drops a connection.
DROP_ERRORS = (ConnectionError, http.client.RemoteDisconnected, http.client.BadStatusLine,
               http.client.IncompleteRead, ssl.SSLError, socket.timeout, TimeoutError, OSError)


def query_string(params):
    """A query string the way the desktop client (QUrlQuery) builds it: spaces as %20."""
    return urllib.parse.urlencode(params, quote_via=urllib.parse.quote)


def log(*parts):
    print("[sbtest]", *parts, file=sys.stderr, flush=True)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def pkce_pair():
    verifier = b64url(secrets.token_bytes(32))
    challenge = b64url(hashlib.sha256(verifier.encode("ascii")).digest())
    return verifier, challenge


def totp(secret_b32, at=None, step=30, digits=6):
    """RFC 6238 TOTP (HMAC-SHA1) from a base32 secret."""
    key = secret_b32.replace(" ", "").upper()
    key += "=" * (-len(key) % 8)
    counter = int((time.time() if at is None else at) // step)
    digest = hmac.new(base64.b32decode(key), struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    code = (struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % (10 ** digits)
    return str(code).zfill(digits)


def compact_json(obj):
    # Prism re-serialises JSON bodies with JSON.stringify before forwarding them but keeps our
    # Content-Length, so bodies must already be in that exact compact form.
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


class ContractViolation(AssertionError):
    """Prism reported that a request or response does not match api/openapi.yaml."""


class Response:
    def __init__(self, status, reason, headers, body, elapsed, via):
        self.status = status
        self.reason = reason
        self.headers = headers
        self.body = body
        self.elapsed = elapsed
        self.via = via

    def header(self, name, default=None):
        return self.headers.get(name, default)

    @property
    def content_type(self):
        return (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()

    @property
    def text(self):
        return self.body.decode("utf-8", errors="replace")

    def json(self):
        try:
            return json.loads(self.body.decode("utf-8"))
        except ValueError as e:
            raise AssertionError("response is not JSON (%s %s): %r" % (self.status, self.content_type,
                                                                       self.body[:300])) from e

    def etag_version(self):
        etag = self.header("ETag")
        if etag is None or len(etag) < 3 or etag[0] != '"' or etag[-1] != '"':
            raise AssertionError("missing or non-strong ETag: %r" % (etag,))
        return int(etag[1:-1])

    def __repr__(self):
        return "<Response %s %s via %s: %r>" % (self.status, self.content_type, self.via, self.body[:400])


class HttpClient:
    """One new connection per request (keeps drop/fault tests simple and independent)."""

    def __init__(self, host, port, ssl_context=None, timeout=30.0, name="direct"):
        self.host = host
        self.port = port
        self.ssl_context = ssl_context
        self.timeout = timeout
        self.name = name

    def connection(self, timeout=None):
        t = self.timeout if timeout is None else timeout
        if self.ssl_context is not None:
            return http.client.HTTPSConnection(self.host, self.port, context=self.ssl_context, timeout=t)
        return http.client.HTTPConnection(self.host, self.port, timeout=t)

    def request(self, method, path, body=None, headers=None, timeout=None):
        hdrs = {"Accept": "application/json, application/problem+json, */*"}
        hdrs.update(headers or {})
        if isinstance(body, str):
            body = body.encode("utf-8")
        conn = self.connection(timeout)
        started = time.monotonic()
        try:
            conn.request(method, path, body=body, headers=hdrs)
            resp = conn.getresponse()
            data = resp.read()
            return Response(resp.status, resp.reason, resp.headers, data, time.monotonic() - started, self.name)
        finally:
            conn.close()


class ValidatingClient(HttpClient):
    """HttpClient in front of Prism: turns every contract violation into a test failure."""

    def request(self, method, path, body=None, headers=None, timeout=None):
        resp = super().request(method, path, body, headers, timeout)
        problems = []
        raw = resp.header("sl-violations")
        if raw:
            try:
                violations = json.loads(raw)
            except ValueError:
                violations = [{"severity": "Error", "message": raw}]
            problems += [v for v in violations if str(v.get("severity", "Error")) == "Error"]
        if resp.content_type == "application/problem+json":
            try:
                doc = json.loads(resp.body.decode("utf-8"))
            except ValueError:
                doc = {}
            if isinstance(doc, dict) and str(doc.get("type", "")).startswith(PRISM_PREFIX):
                problems.append({"prism_error": doc})
        if problems:
            raise ContractViolation("contract violation for %s %s -> %s:\n%s" % (
                method, path, resp.status, json.dumps(problems, indent=1, ensure_ascii=False)[:4000]))
        return resp


class PrismProxy:
    """validate_request=False gives a proxy for deliberately invalid requests: Prism forwards
    them and still validates the sandbox's response (security checks stay on)."""

    def __init__(self, upstream, ca_file, validate_request=True):
        self.validate_request = validate_request
        self.upstream = upstream
        self.ca_file = ca_file
        self.port = None
        self.proc = None
        self.log_path = None

    def start(self, log_dir):
        if not os.path.exists(SPEC):
            raise ContractViolation("api/openapi.yaml does not exist yet: cannot validate responses")
        if not os.path.exists(PRISM_BIN):
            subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=NODE_DIR, check=True)
        self.port = free_port()
        env = dict(os.environ, NODE_EXTRA_CA_CERTS=self.ca_file, NO_COLOR="1", FORCE_COLOR="0")
        self.log_path = os.path.join(log_dir, "prism-%s.log" % ("strict" if self.validate_request else "lenient"))
        logf = open(self.log_path, "wb")
        self.proc = subprocess.Popen(
            [PRISM_BIN, "proxy", SPEC, self.upstream, "--errors", "--port", str(self.port),
             "--host", "127.0.0.1", "-v", "warn"] + ([] if self.validate_request else ["--validate-request", "false"]),
            stdout=logf, stderr=subprocess.STDOUT, env=env, start_new_session=True)
        logf.close()
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError("prism exited with %s:\n%s" % (self.proc.returncode, self.log_tail()))
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.2)
        raise AssertionError("prism did not listen within %ss:\n%s" % (START_TIMEOUT, self.log_tail()))

    def log_tail(self, n=4000):
        try:
            with open(self.log_path, "rb") as f:
                return f.read()[-n:].decode("utf-8", "replace")
        except OSError:
            return ""

    def client(self):
        return ValidatingClient("127.0.0.1", self.port, None, name="prism")

    def stop(self):
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)


class _FormParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms = []
        self.cur = None
        self.text = []

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v if v is not None else "") for k, v in attrs}
        if tag == "form":
            self.cur = {"action": a.get("action", ""), "method": a.get("method", "get").lower(),
                        "inputs": [], "submits": []}
            self.forms.append(self.cur)
        elif self.cur is not None and tag in ("input", "button", "select", "textarea"):
            typ = a.get("type", "submit" if tag == "button" else "text").lower()
            if typ in ("submit", "image"):
                self.cur["submits"].append((a.get("name"), a.get("value", "")))
            elif a.get("name"):
                if typ in ("checkbox", "radio") and "checked" not in a:
                    return
                self.cur["inputs"].append({"name": a["name"], "type": typ, "value": a.get("value", "")})

    def handle_endtag(self, tag):
        if tag == "form":
            self.cur = None

    def handle_data(self, data):
        self.text.append(data)


def parse_forms(html_text):
    p = _FormParser()
    p.feed(html_text)
    return p.forms, " ".join(" ".join(p.text).split())


def field_role(field):
    name, typ = field["name"].lower(), field["type"]
    if typ == "hidden":
        return None
    if typ == "password" or name in ("password", "passwd", "pass"):
        return "password"
    if typ == "email" or name in ("email", "username", "login", "user", "login_hint"):
        return "email"
    if name in ("totp", "otp", "code", "totp_code", "one_time_code") or "totp" in name:
        return "totp"
    return None


class SignInError(AssertionError):
    pass


class Tokens:
    def __init__(self, doc):
        self.doc = doc
        self.access_token = doc["access_token"]
        self.refresh_token = doc.get("refresh_token")
        self.expires_in = doc.get("expires_in")


class Session:
    """An authenticated caller. Calls go through the validating proxy unless direct=True."""

    def __init__(self, sandbox, account, tokens, device_id=None):
        self.sandbox = sandbox
        self.account = account
        self.tokens = tokens
        self.device_id = device_id
        self._me = None

    @property
    def token(self):
        return self.tokens.access_token

    @property
    def email(self):
        return self.account["email"]

    def me(self):
        if self._me is None:
            r = self.get("/v1/me")
            if r.status != 200:
                raise AssertionError("GET /v1/me failed: %r" % r)
            self._me = r.json()
        return self._me

    @property
    def user_id(self):
        return self.me()["user"]["id"]

    def request(self, method, path, json_body=None, headers=None, if_match=None, idem=None,
                direct=False, raw=None, content_type=None, timeout=None, lenient=False):
        """direct=True bypasses Prism (TLS, SSE, drops, bodies Prism cannot parse);
        lenient=True sends a deliberately invalid request through the response-validating proxy."""
        hdrs = {"Authorization": "Bearer " + self.token}
        if self.device_id:
            hdrs["X-Hirex-Device"] = self.device_id
        body = raw
        if json_body is not None:
            body = compact_json(json_body)
            hdrs["Content-Type"] = "application/json"
        if content_type is not None:
            hdrs["Content-Type"] = content_type
        if if_match is not None:
            hdrs["If-Match"] = '"%d"' % if_match if isinstance(if_match, int) else if_match
        if idem is not None:
            hdrs["Idempotency-Key"] = idem
        hdrs.update(headers or {})
        client = self.sandbox.direct if direct else (self.sandbox.lenient_api() if lenient else self.sandbox.api)
        return client.request(method, path, body=body, headers=hdrs, timeout=timeout)

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, path, body=None, **kw):
        return self.request("POST", path, json_body=body, **kw)

    def put(self, path, body=None, **kw):
        return self.request("PUT", path, json_body=body, **kw)

    def patch(self, path, body=None, **kw):
        return self.request("PATCH", path, json_body=body, **kw)

    def delete(self, path, **kw):
        return self.request("DELETE", path, **kw)

    def ok(self, method, path, body=None, expect=(200, 201), **kw):
        r = self.request(method, path, json_body=body, **kw)
        if r.status not in (expect if isinstance(expect, tuple) else (expect,)):
            raise AssertionError("%s %s as %s: expected %s, got %r" % (method, path, self.account.get("role"),
                                                                       expect, r))
        return r

    def get_json(self, path, **kw):
        return self.ok("GET", path, expect=200, **kw).json()

    def list_all(self, path, limit=200, **kw):
        """Follows next_cursor to the end; returns all items."""
        items, cursor, pages = [], None, 0
        while True:
            sep = "&" if "?" in path else "?"
            url = path + sep + "limit=%d" % limit + ("&cursor=" + urllib.parse.quote(cursor) if cursor else "")
            doc = self.get_json(url, **kw)
            items += doc["items"]
            cursor = doc.get("next_cursor")
            pages += 1
            if not cursor:
                return items
            if pages > 10000:
                raise AssertionError("pagination does not terminate on " + path)


class Sandbox:
    """One hirex-sandbox process with its own temporary data dir."""

    def __init__(self, *extra_args, seed=7, candidates=300, proxy=True, data_dir=None):
        self.extra_args = [str(a) for a in extra_args]
        self.seed = seed
        self.candidates = candidates
        self.use_proxy = proxy
        self.root = tempfile.mkdtemp(prefix="hirex-sbtest-")
        self.data_dir = data_dir or os.path.join(self.root, "data")
        self.proc = None
        self.prism = None
        self.lenient_prism = None
        self.base_url = None
        self._accounts = None
        self._sessions = {}
        self._stdout_lines = queue.Queue()
        self.starts = 0

    # -- process lifecycle -------------------------------------------------------------------
    def command(self, extra=()):
        return [SANDBOX_BIN, "--data-dir", self.data_dir, "--port", "0", "--seed", str(self.seed),
                "--candidates", str(self.candidates)] + self.extra_args + list(extra)

    def start(self, extra=()):
        if not os.path.exists(SANDBOX_BIN):
            raise AssertionError("sandbox binary not built: " + SANDBOX_BIN)
        self.starts += 1
        self.stderr_path = os.path.join(self.root, "sandbox-%d.stderr" % self.starts)
        errf = open(self.stderr_path, "wb")
        self.proc = subprocess.Popen(self.command(extra), stdout=subprocess.PIPE, stderr=errf,
                                     stdin=subprocess.DEVNULL)
        errf.close()
        lines = queue.Queue()
        self._stdout_lines = lines

        def pump(stream, q):
            for raw in iter(stream.readline, b""):
                q.put(raw.decode("utf-8", "replace").rstrip("\r\n"))
            q.put(None)

        threading.Thread(target=pump, args=(self.proc.stdout, lines), daemon=True).start()
        deadline = time.monotonic() + START_TIMEOUT
        seen = []
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                self.kill()
                raise AssertionError("no READY line within %ss; stdout=%r stderr=%s" % (
                    START_TIMEOUT, seen, self.stderr_tail()))
            try:
                line = lines.get(timeout=left)
            except queue.Empty:
                continue
            if line is None:
                self.proc.wait(10)
                raise AssertionError("sandbox exited (%s) before READY; stdout=%r stderr=%s" % (
                    self.proc.returncode, seen, self.stderr_tail()))
            seen.append(line)
            if line.startswith("READY "):
                self.base_url = line[len("READY "):].strip()
                break
        u = urllib.parse.urlsplit(self.base_url)
        if u.scheme != "https":
            raise AssertionError("READY url is not https: " + self.base_url)
        self.host, self.port = u.hostname, u.port
        self.ca_file = os.path.join(self.data_dir, "tls", "ca.pem")
        self.ssl_context = make_ssl_context(self.ca_file)
        self.direct = HttpClient(self.host, self.port, self.ssl_context, name="direct")
        self._sessions = {}
        if self.use_proxy:
            if self.prism is None or self.prism.upstream != self.base_url:
                if self.prism:
                    self.prism.stop()
                self.prism = PrismProxy(self.base_url, self.ca_file)
                self.prism.start(self.root)
            self.api = self.prism.client()
        else:
            self.api = self.direct
        return self

    def lenient_api(self):
        if not self.use_proxy:
            return self.direct
        if self.lenient_prism is None or self.lenient_prism.upstream != self.base_url:
            if self.lenient_prism:
                self.lenient_prism.stop()
            self.lenient_prism = PrismProxy(self.base_url, self.ca_file, validate_request=False)
            self.lenient_prism.start(self.root)
        return self.lenient_prism.client()

    def stderr_tail(self, n=3000):
        try:
            with open(self.stderr_path, "rb") as f:
                return f.read()[-n:].decode("utf-8", "replace")
        except (OSError, AttributeError):
            return ""

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def stop(self, timeout=15):
        """SIGTERM and wait; returns the exit code."""
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
                raise AssertionError("sandbox did not stop within %ss of SIGTERM" % timeout)
        rc = self.proc.returncode
        self._close_pipes()
        return rc

    def _close_pipes(self):
        if self.proc is not None and self.proc.stdout:
            self.proc.stdout.close()
        self.proc = None

    def kill(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        self._close_pipes()

    def close(self):
        try:
            self.kill()
        finally:
            for proxy in (self.prism, self.lenient_prism):
                if proxy:
                    proxy.stop()
            if os.environ.get("HIREX_KEEP_TMP") == "1":
                log("keeping", self.root)
            else:
                shutil.rmtree(self.root, ignore_errors=True)

    # -- accounts and sign-in -----------------------------------------------------------------
    def accounts(self):
        if self._accounts is None:
            out = subprocess.run([SANDBOX_BIN, "--data-dir", self.data_dir, "--accounts"],
                                 capture_output=True, timeout=60)
            if out.returncode != 0:
                raise AssertionError("--accounts failed (%s): %s" % (out.returncode, out.stderr[-2000:]))
            doc = json.loads(out.stdout.decode("utf-8"))
            if isinstance(doc, dict):
                doc = doc.get("accounts") or doc.get("users") or []
            self._accounts = [normalise_account(a) for a in doc]
        return self._accounts

    def account(self, role, totp=None, index=0, scim=None):
        """First account of a role; prefers accounts without TOTP unless totp=True."""
        cands = [a for a in self.accounts() if a["role"] == role]
        if totp is not None:
            cands = [a for a in cands if bool(a["totp_secret"]) == totp]
        else:
            cands.sort(key=lambda a: (bool(a["totp_secret"]), bool(a.get("sso_provider"))))
        if scim is not None:
            cands = [a for a in cands if bool(a.get("scim_managed")) == scim]
        if len(cands) <= index:
            raise AssertionError("no demo account #%d with role %s (totp=%s) in %r" % (
                index, role, totp, [(a["email"], a["role"]) for a in self.accounts()]))
        return cands[index]

    def session(self, role, fresh=False, **kw):
        """Signed-in Session for a role, cached per sandbox start."""
        acc = self.account(role, **kw)
        if fresh or acc["email"] not in self._sessions:
            self._sessions[acc["email"]] = Session(self, acc, self.sign_in(acc))
        return self._sessions[acc["email"]]

    def totp_for(self, account):
        # The current code. The brief does not ask for replay protection of TOTP codes, and
        # waiting for a fresh 30 s step on every sign-in would make the suite far slower.
        return totp(account["totp_secret"])

    def authorize_params(self, redirect_uri=None, state=None, challenge=None, method="S256", **extra):
        p = {"response_type": "code", "client_id": CLIENT_ID,
             "redirect_uri": redirect_uri or "http://127.0.0.1:%d/callback" % free_port(),
             "scope": SCOPE, "state": state or b64url(secrets.token_bytes(16)),
             # offline_access counts only with prompt=consent (OIDC Core §11), as a native client asks.
             "prompt": "consent"}
        if challenge is not None:
            p["code_challenge"] = challenge
        if method is not None:
            p["code_challenge_method"] = method
        p.update(extra)
        return p

    def post_form(self, url, fields, client=None, headers=None):
        u = urllib.parse.urlsplit(urllib.parse.urljoin(self.base_url + "/", url))
        path = u.path + ("?" + u.query if u.query else "")
        hdrs = {"Content-Type": "application/x-www-form-urlencoded"}
        hdrs.update(headers or {})
        return (client or self.direct).request("POST", path, body=urllib.parse.urlencode(fields),
                                               headers=hdrs)

    def login_flow(self, account, params, totp_code=None, password=None, start_path="/oauth/authorize",
                   max_rounds=3):
        """GET the login page and submit it like a browser. Returns the final Response (302 on success)."""
        path = start_path + "?" + query_string(params)
        r = self.direct.request("GET", path, headers={"Accept": "text/html"})
        page_url = path
        seen_roles = None
        for _ in range(max_rounds):
            if r.status != 200 or "html" not in r.content_type:
                return r
            forms, _text = parse_forms(r.text)
            forms = [f for f in forms if f["method"] == "post"]
            if not forms:
                if seen_roles is not None:
                    return r
                raise SignInError("no POST form on %s: %r" % (page_url, r.text[:500]))
            form = next((f for f in forms if any(field_role(i) == "password" for i in f["inputs"])), forms[0])
            roles = {field_role(i) for i in form["inputs"]} - {None}
            if seen_roles is not None and roles <= seen_roles:
                return r  # the same page again (an error): a refusal, not a further step
            seen_roles = (seen_roles or set()) | roles
            fields = []
            for inp in form["inputs"]:
                role = field_role(inp)
                value = inp["value"]
                if role == "email":
                    value = account["email"]
                elif role == "password":
                    value = account["password"] if password is None else password
                elif role == "totp":
                    value = totp_code if totp_code is not None else (
                        self.totp_for(account) if account.get("totp_secret") else "")
                fields.append((inp["name"], value))
            names = {n for n, _ in fields}
            for key, val in params.items():  # the brief: original params travel as hidden fields
                if key not in names and start_path == "/oauth/authorize":
                    fields.append((key, val))
            if form["submits"] and form["submits"][0][0]:
                fields.append(form["submits"][0])
            action = form["action"] or page_url
            r = self.post_form(urllib.parse.urljoin(page_url, action), fields, headers={"Accept": "text/html"})
            page_url = action
        return r

    def sign_in(self, account, scope=SCOPE, sso=None, retries=0, prompt="consent"):
        last = None
        for attempt in range(retries + 1):
            try:
                return self._sign_in_once(account, scope, sso, prompt)
            except (SignInError,) + DROP_ERRORS as e:  # only flaky (fault-injection) servers retry
                last = e
                if attempt < retries:
                    time.sleep(0.05)
        raise last

    def _sign_in_once(self, account, scope, sso, prompt="consent"):
        verifier, challenge = pkce_pair()
        params = self.authorize_params(challenge=challenge, scope=scope)
        if prompt is None:
            del params["prompt"]
        else:
            params["prompt"] = prompt
        if sso:
            params["login_hint"] = account["email"]
            r = self.login_flow(account, params, start_path="/oauth/sso/" + sso)
        else:
            r = self.login_flow(account, params)
        code = self.code_from_redirect(r, params)
        return self.exchange_code(code, params["redirect_uri"], verifier)

    def code_from_redirect(self, r, params):
        if r.status not in (302, 303):
            forms, text = parse_forms(r.text) if "html" in r.content_type else ([], r.text)
            raise SignInError("sign-in did not redirect: %s %s: %s" % (r.status, r.content_type, text[:400]))
        loc = r.header("Location") or ""
        if not loc.startswith(params["redirect_uri"]):
            raise SignInError("redirected to an unexpected place: %r" % loc)
        q = urllib.parse.parse_qs(urllib.parse.urlsplit(loc).query)
        if q.get("state") != [params["state"]]:
            raise SignInError("state not echoed: %r" % loc)
        if "code" not in q:
            raise SignInError("no code in redirect: %r" % loc)
        return q["code"][0]

    def token_request(self, fields, client=None):
        return self.post_form("/oauth/token", fields, client=client or self.api,
                              headers={"Accept": "application/json"})

    def exchange_code(self, code, redirect_uri, verifier):
        r = self.token_request({"grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri,
                                "client_id": CLIENT_ID, "code_verifier": verifier})
        if r.status != 200:
            raise SignInError("code exchange failed: %r" % r)
        doc = r.json()
        if doc.get("token_type", "").lower() != "bearer" or not doc.get("access_token"):
            raise SignInError("bad token response: %r" % doc)
        return Tokens(doc)

    def refresh(self, refresh_token):
        return self.token_request({"grant_type": "refresh_token", "refresh_token": refresh_token,
                                   "client_id": CLIENT_ID})


def normalise_account(a):
    a = dict(a)
    secret = a.get("totp_secret")
    if secret is None:
        for k, v in a.items():
            if isinstance(v, str) and ("totp" in k.lower() or k.lower() in ("secret", "otp_secret")):
                secret = v
            elif isinstance(v, dict) and "secret" in v:
                secret = v["secret"]
    a["totp_secret"] = secret or None
    role = a.get("role") or a.get("role_id") or ""
    role = role[len("role_"):] if role.startswith("role_") else role
    a["role"] = role.replace("-", "_").replace(" ", "_").lower()
    return a


def make_ssl_context(ca_file):
    """Trusts ONLY the sandbox CA (no system store), TLS 1.2 minimum, hostname checked."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_verify_locations(cafile=ca_file)
    return ctx


class SandboxTestCase(unittest.TestCase):
    """One sandbox (plus Prism) per test class. Tests must not rely on each other's changes."""

    SANDBOX_ARGS = ()
    SANDBOX_KW = {}
    sandbox = None

    @classmethod
    def setUpClass(cls):
        cls.sandbox = Sandbox(*cls.SANDBOX_ARGS, **cls.SANDBOX_KW)
        try:
            cls.sandbox.start()
        except BaseException:
            log("sandbox stderr:", cls.sandbox.stderr_tail())
            cls.sandbox.close()
            raise

    @classmethod
    def tearDownClass(cls):
        sb = cls.sandbox
        try:
            was_alive = sb.alive()
            rc = sb.stop()
            if was_alive and rc != 0:
                raise AssertionError("sandbox did not exit cleanly on SIGTERM: rc=%s\n%s" % (rc, sb.stderr_tail()))
        finally:
            sb.close()

    # helpers ---------------------------------------------------------------------------------
    def assertProblem(self, r, status, code=None):
        self.assertEqual(r.status, status, "expected %s, got %r" % (status, r))
        self.assertEqual(r.content_type, "application/problem+json", repr(r))
        doc = r.json()
        self.assertEqual(doc.get("status"), status, doc)
        if code is not None:
            self.assertEqual(doc.get("code"), code, doc)
        self.assertIsInstance(doc.get("title"), str, doc)
        self.assertTrue(str(doc.get("type", "")).startswith("https://errors.hirex.example/"), doc)
        return doc

    def assertOAuthError(self, r, error, status=400):
        self.assertEqual(r.status, status, repr(r))
        doc = r.json()
        self.assertEqual(doc.get("error"), error, doc)
        return doc
