"""Throughput benchmark of hirex-sandbox on loopback: requests per second for change-feed pages
(GET /v1/changes) and candidate pages (GET /v1/candidates), medians over several runs.

Starts its own sandbox (temporary data dir), signs in through the real OAuth pages (PKCE), then
runs N keep-alive HTTPS clients in parallel, each walking the paged collection with next_cursor.
Standard library only. Run through bench/sandbox/run.sh."""

import argparse
import base64
import hashlib
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


class Client:
    def __init__(self, host, port, ctx):
        self.conn = http.client.HTTPSConnection(host, port, context=ctx, timeout=60)

    def request(self, method, path, body=None, headers=None):
        self.conn.request(method, path, body=body, headers=headers or {})
        r = self.conn.getresponse()
        return r.status, dict(r.getheaders()), r.read()


def sign_in(host, port, ctx, account):
    verifier = b64url(secrets.token_bytes(32))
    challenge = b64url(hashlib.sha256(verifier.encode()).digest())
    redirect = "http://127.0.0.1:9/callback"
    params = {"response_type": "code", "client_id": "hirex-desktop", "redirect_uri": redirect,
              "scope": "openid profile email offline_access hirex", "state": "bench",
              "code_challenge": challenge, "code_challenge_method": "S256", "prompt": "consent"}
    c = Client(host, port, ctx)
    form = dict(params, email=account["email"], password=account["password"], totp="")
    status, headers, body = c.request("POST", "/oauth/authorize", urllib.parse.urlencode(form),
                                      {"Content-Type": "application/x-www-form-urlencoded"})
    if status != 302:
        raise SystemExit("sign-in failed: %s %r" % (status, body[:300]))
    code = urllib.parse.parse_qs(urllib.parse.urlsplit(headers["Location"]).query)["code"][0]
    token_form = {"grant_type": "authorization_code", "code": code, "redirect_uri": redirect,
                  "client_id": "hirex-desktop", "code_verifier": verifier}
    status, _, body = c.request("POST", "/oauth/token", urllib.parse.urlencode(token_form),
                                {"Content-Type": "application/x-www-form-urlencoded"})
    if status != 200:
        raise SystemExit("token exchange failed: %s %r" % (status, body[:300]))
    return json.loads(body)["access_token"]


def walker(kind):
    """Returns (first_path, next_path(doc)) for a paged collection."""
    if kind == "changes":
        first = "/v1/changes?limit=100&cursor=0"

        def nxt(doc):
            return ("/v1/changes?limit=100&cursor=" + urllib.parse.quote(doc["next_cursor"])
                    if doc.get("has_more") else first)
    else:
        first = "/v1/candidates?limit=50"

        def nxt(doc):
            return ("/v1/candidates?limit=50&cursor=" + urllib.parse.quote(doc["next_cursor"])
                    if doc.get("next_cursor") else first)
    return first, nxt


def run_once(host, port, ctx, token, kind, requests, concurrency):
    per_thread = max(1, requests // concurrency)
    errors = []
    headers = {"Authorization": "Bearer " + token, "Accept": "application/json"}

    def work():
        try:
            c = Client(host, port, ctx)
            first, nxt = walker(kind)
            path = first
            for _ in range(per_thread):
                status, _, body = c.request("GET", path, headers=headers)
                if status != 200:
                    raise RuntimeError("%s -> %s %r" % (path, status, body[:200]))
                path = nxt(json.loads(body))
        except Exception as e:  # reported after the run
            errors.append(e)

    # One warm-up connection per thread is part of the run: TLS handshakes are real client cost.
    threads = [threading.Thread(target=work) for _ in range(concurrency)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    if errors:
        raise SystemExit("benchmark request failed: %s" % errors[0])
    return per_thread * concurrency / elapsed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--candidates", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--requests", type=int, default=400)
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--json", help="also write the results to this file")
    args = ap.parse_args()

    root = tempfile.mkdtemp(prefix="hirex-bench-")
    data = os.path.join(root, "data")
    proc = subprocess.Popen([args.bin, "--data-dir", data, "--port", "0", "--candidates", str(args.candidates),
                             "--rate-limit", "10000000"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        line = proc.stdout.readline().decode().strip()
        m = re.match(r"READY https://([^:]+):(\d+)", line)
        if not m:
            raise SystemExit("sandbox did not start: %r" % line)
        host, port = m.group(1), int(m.group(2))
        ctx = ssl.create_default_context(cafile=os.path.join(data, "tls", "ca.pem"))
        accounts = json.loads(subprocess.run([args.bin, "--data-dir", data, "--accounts"], capture_output=True,
                                             check=True).stdout)
        account = next(a for a in accounts if a["role"] == "recruiter" and not a.get("totp_secret"))
        token = sign_in(host, port, ctx, account)
        results = {}
        for kind in ("changes", "candidates"):
            rates = [run_once(host, port, ctx, token, kind, args.requests, args.concurrency) for _ in range(args.runs)]
            results[kind] = {"median_rps": round(statistics.median(rates), 1),
                             "runs_rps": [round(r, 1) for r in rates]}
        report = {"candidates": args.candidates, "runs": args.runs, "requests_per_run": args.requests,
                  "concurrency": args.concurrency, "results": results}
        print("hirex-sandbox loopback throughput (%d candidates, %d runs x %d requests, %d clients)" % (
            args.candidates, args.runs, args.requests, args.concurrency))
        print("  GET /v1/changes    (limit=100): median %8.1f req/s" % results["changes"]["median_rps"])
        print("  GET /v1/candidates (limit=50):  median %8.1f req/s" % results["candidates"]["median_rps"])
        print(json.dumps(report))
        if args.json:
            with open(args.json, "w") as f:
                json.dump(report, f, indent=1)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
