"""OAuth 2.0 / OIDC of hirex-sandbox: discovery, PKCE sign-in (password + TOTP), refusals, code
single use, refresh rotation with reuse detection, revocation, expiry and the SSO path."""

import json
import secrets
import ssl
import time
import unittest
import urllib.parse
import warnings

from sandboxfixture import (CLIENT_ID, SandboxTestCase, Session, b64url, make_ssl_context, parse_forms, pkce_pair,
                            query_string, totp)


class AuthTest(SandboxTestCase):

    def test_tls_only_trusts_sandbox_ca_and_tls12(self):
        sb = self.sandbox
        r = sb.direct.request("GET", "/v1/status")
        self.assertEqual(r.status, 200, r)
        doc = r.json()
        self.assertIn(doc["status"], ("ok", "degraded", "maintenance"))
        # A client trusting the system store only must refuse the sandbox certificate.
        import http.client
        conn = http.client.HTTPSConnection(sb.host, sb.port, context=ssl.create_default_context(), timeout=10)
        with self.assertRaises(ssl.SSLCertVerificationError):
            conn.request("GET", "/v1/status")
        conn.close()
        # TLS 1.0/1.1 must be refused even when the client offers only them.
        ctx = make_ssl_context(sb.ca_file)
        ctx.minimum_version = ssl.TLSVersion.MINIMUM_SUPPORTED
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            ctx.maximum_version = ssl.TLSVersion.TLSv1_1
        try:
            ctx.set_ciphers("ALL:@SECLEVEL=0")
        except ssl.SSLError:
            pass
        conn = http.client.HTTPSConnection(sb.host, sb.port, context=ctx, timeout=10)
        with self.assertRaises((ssl.SSLError, ConnectionError)):
            conn.request("GET", "/v1/status")
        conn.close()

    def test_discovery(self):
        r = self.sandbox.api.request("GET", "/.well-known/openid-configuration")
        self.assertEqual(r.status, 200, r)
        d = r.json()
        base = self.sandbox.base_url.rstrip("/")
        self.assertEqual(d["issuer"].rstrip("/"), base)
        for key, path in (("authorization_endpoint", "/oauth/authorize"), ("token_endpoint", "/oauth/token"),
                          ("revocation_endpoint", "/oauth/revoke"), ("userinfo_endpoint", "/oauth/userinfo"),
                          ("jwks_uri", "/oauth/jwks")):
            self.assertEqual(d[key], base + path, key)
        self.assertEqual(d["code_challenge_methods_supported"], ["S256"])
        self.assertEqual(set(d["grant_types_supported"]), {"authorization_code", "refresh_token"})
        self.assertEqual(d["response_types_supported"], ["code"])
        self.assertLessEqual({"openid", "profile", "email", "offline_access", "hirex"}, set(d["scopes_supported"]))
        jwks = self.sandbox.api.request("GET", "/oauth/jwks")
        self.assertEqual(jwks.status, 200, jwks)
        keys = jwks.json()["keys"]
        self.assertEqual([(k["kty"], k["alg"], k["use"]) for k in keys], [("RSA", "RS256", "sig")])
        self.assertEqual(d["id_token_signing_alg_values_supported"], ["RS256"])

    def test_login_page_offers_password_totp_and_sso(self):
        sb = self.sandbox
        _, challenge = pkce_pair()
        params = sb.authorize_params(challenge=challenge)
        r = sb.direct.request("GET", "/oauth/authorize?" + query_string(params),
                              headers={"Accept": "text/html"})
        self.assertEqual(r.status, 200, r)
        self.assertEqual(r.content_type, "text/html")
        page = r.text
        self.assertIn('type="password"', page.replace("'", '"'))
        for provider in ("entra", "google", "saml"):
            self.assertIn("/oauth/sso/" + provider, page)

    def test_pkce_sign_in_with_password_and_totp(self):
        sb = self.sandbox
        acc = sb.account("admin", totp=True) if any(
            a["role"] == "admin" and a["totp_secret"] for a in sb.accounts()) else next(
            a for a in sb.accounts() if a["totp_secret"])
        tokens = sb.sign_in(acc)
        self.assertTrue(tokens.refresh_token, "offline_access must yield a refresh token")
        self.assertIsInstance(tokens.expires_in, int)
        self.assertIn("hirex", tokens.doc.get("scope", ""))
        s = Session(sb, acc, tokens)
        me = s.me()
        self.assertEqual(me["user"]["email"], acc["email"])
        self.assertFalse(me["session"]["federated"])
        ui = sb.api.request("GET", "/oauth/userinfo", headers={"Authorization": "Bearer " + tokens.access_token})
        self.assertEqual(ui.status, 200, ui)
        self.assertEqual(ui.json()["email"], acc["email"])
        self.assertEqual(ui.json()["sub"], me["user"]["id"])

    def test_protected_resource_metadata_names_the_issuer(self):
        # RFC 9728: the API says which authorization server it trusts, so a client can refuse
        # any other before it sends a token.
        sb = self.sandbox
        issuer = sb.direct.request("GET", "/.well-known/openid-configuration").json()["issuer"]
        r = sb.api.request("GET", "/.well-known/oauth-protected-resource")
        self.assertEqual(r.status, 200, r)
        doc = r.json()
        self.assertEqual(doc["resource"], issuer)
        self.assertEqual(doc["authorization_servers"], [issuer])
        self.assertIn("header", doc["bearer_methods_supported"])

    def test_offline_access_needs_prompt_consent(self):
        # OIDC Core §11: without prompt=consent the offline_access scope is ignored, so no
        # refresh token comes back and the granted scope does not claim it.
        sb = self.sandbox
        acc = next(a for a in sb.accounts() if not a["totp_secret"]) if any(
            not a["totp_secret"] for a in sb.accounts()) else sb.accounts()[0]
        tokens = sb.sign_in(acc, prompt=None)
        self.assertFalse(tokens.refresh_token, "no prompt=consent: no refresh token")
        self.assertNotIn("offline_access", tokens.doc.get("scope", "").split())
        self.assertIn("hirex", tokens.doc.get("scope", "").split())
        with_consent = sb.sign_in(acc, prompt="consent")
        self.assertTrue(with_consent.refresh_token)
        self.assertIn("offline_access", with_consent.doc.get("scope", "").split())

    def test_id_token_is_signed_and_carries_the_nonce(self):
        # OIDC Core §3.1.3.7: a signed ID token (RS256, key in the JWKS) naming the issuer, the
        # client as audience, an expiry, auth_time and the request's nonce.
        import base64
        import hashlib
        sb = self.sandbox
        acc = sb.account("recruiter")
        verifier, challenge = pkce_pair()
        params = sb.authorize_params(challenge=challenge, nonce="n-" + b64url(secrets.token_bytes(12)))
        r = sb.login_flow(acc, params)
        tokens = sb.exchange_code(sb.code_from_redirect(r, params), params["redirect_uri"], verifier)
        id_token = tokens.doc.get("id_token")
        self.assertTrue(id_token, "an openid grant must carry an ID token")
        head_b64, body_b64, sig_b64 = id_token.split(".")

        def unb64(x):
            return base64.urlsafe_b64decode(x + "=" * (-len(x) % 4))
        header, claims = json.loads(unb64(head_b64)), json.loads(unb64(body_b64))
        self.assertEqual(header["alg"], "RS256")
        self.assertEqual(claims["iss"], sb.direct.request("GET", "/.well-known/openid-configuration").json()["issuer"])
        self.assertEqual(claims["aud"], params["client_id"])
        self.assertEqual(claims["nonce"], params["nonce"])
        self.assertGreater(claims["exp"], time.time())
        self.assertLessEqual(abs(claims["auth_time"] - time.time()), 120)
        jwks = sb.direct.request("GET", "/oauth/jwks").json()
        key = next(k for k in jwks["keys"] if k["kid"] == header["kid"])
        # RS256 by hand: m = s^e mod n must be the PKCS#1 v1.5 encoding of SHA-256(input).
        n = int.from_bytes(unb64(key["n"]), "big")
        e = int.from_bytes(unb64(key["e"]), "big")
        m = pow(int.from_bytes(unb64(sig_b64), "big"), e, n).to_bytes((n.bit_length() + 7) // 8, "big")
        digest = hashlib.sha256((head_b64 + "." + body_b64).encode()).digest()
        self.assertTrue(m.endswith(bytes.fromhex("3031300d060960864801650304020105000420") + digest))
        self.assertTrue(m.startswith(b"\x00\x01\xff"))

    def test_wrong_password_and_wrong_totp_are_refused(self):
        sb = self.sandbox
        acc = sb.account("recruiter")
        _, challenge = pkce_pair()
        r = sb.login_flow(acc, sb.authorize_params(challenge=challenge), password=acc["password"] + "x")
        self.assertEqual(r.status, 200, "wrong password must show the page again, got %r" % r)
        self.assertIsNone(r.header("Location"))
        totp_acc = next(a for a in sb.accounts() if a["totp_secret"])
        good = totp(totp_acc["totp_secret"])
        bad = "%06d" % ((int(good) + 500000) % 1000000)
        r = sb.login_flow(totp_acc, sb.authorize_params(challenge=challenge), totp_code=bad)
        self.assertEqual(r.status, 200, "wrong TOTP must show the page again, got %r" % r)
        self.assertIsNone(r.header("Location"))
        r = sb.login_flow(totp_acc, sb.authorize_params(challenge=challenge), totp_code="")
        self.assertEqual(r.status, 200, "missing TOTP must not sign in, got %r" % r)

    def test_authorize_accepts_form_encoded_query(self):
        # RFC 6749 appendix B: the query is application/x-www-form-urlencoded, where a space may
        # be '+' (what browsers and most URL libraries produce).
        sb = self.sandbox
        _, challenge = pkce_pair()
        params = sb.authorize_params(challenge=challenge)
        r = sb.direct.request("GET", "/oauth/authorize?" + urllib.parse.urlencode(params),
                              headers={"Accept": "text/html"})
        self.assertEqual(r.status, 200, "scope with '+' separators refused: %r / Location %s" % (
            r, r.header("Location")))
        forms, _ = parse_forms(r.text)
        scope = [i["value"] for f in forms for i in f["inputs"] if i["name"] == "scope"]
        self.assertEqual(scope, [params["scope"]])

    def assertRefusedWithoutCode(self, r, params):
        """RFC 7636 4.4.1 / RFC 6749 4.1.2.1: a 400 page, or a redirect carrying
        error=invalid_request (and the state), never a code."""
        if r.status == 400:
            self.assertIsNone(r.header("Location"))
            return
        self.assertEqual(r.status, 302, r)
        loc = r.header("Location") or ""
        self.assertTrue(loc.startswith(params["redirect_uri"]), loc)
        q = urllib.parse.parse_qs(urllib.parse.urlsplit(loc).query)
        self.assertEqual(q.get("error"), ["invalid_request"], loc)
        self.assertNotIn("code", q, loc)
        self.assertEqual(q.get("state"), [params["state"]], loc)

    def test_pkce_required_and_plain_refused(self):
        sb = self.sandbox
        acc = sb.account("recruiter")
        # No code_challenge at all.
        params = sb.authorize_params(challenge=None, method=None)
        self.assertRefusedWithoutCode(sb.direct.request("GET", "/oauth/authorize?" + query_string(params)), params)
        # Plain method: refused the same way.
        verifier, _ = pkce_pair()
        params = sb.authorize_params(challenge=verifier, method="plain")
        self.assertRefusedWithoutCode(sb.direct.request("GET", "/oauth/authorize?" + query_string(params)), params)
        # POSTing the form with the challenge removed must not yield a code either.
        _, challenge = pkce_pair()
        full = sb.authorize_params(challenge=challenge)
        stripped = {k: v for k, v in full.items() if not k.startswith("code_challenge")}
        fields = dict(stripped, email=acc["email"], password=acc["password"])
        self.assertRefusedWithoutCode(sb.post_form("/oauth/authorize", fields), stripped)

    def test_wrong_code_verifier_refused(self):
        sb = self.sandbox
        acc = sb.account("recruiter")
        verifier, challenge = pkce_pair()
        params = sb.authorize_params(challenge=challenge)
        code = sb.code_from_redirect(sb.login_flow(acc, params), params)
        other, _ = pkce_pair()
        r = sb.token_request({"grant_type": "authorization_code", "code": code,
                              "redirect_uri": params["redirect_uri"], "client_id": CLIENT_ID,
                              "code_verifier": other})
        self.assertOAuthError(r, "invalid_grant")

    def test_non_loopback_redirect_refused(self):
        sb = self.sandbox
        _, challenge = pkce_pair()
        for uri in ("https://evil.example/cb", "http://localhost.evil.example:8080/cb",
                    "http://192.168.1.5:8080/cb", "http://127.0.0.1.evil.example/cb"):
            params = sb.authorize_params(challenge=challenge, redirect_uri=uri)
            r = sb.direct.request("GET", "/oauth/authorize?" + query_string(params))
            self.assertEqual(r.status, 400, "%s: %r" % (uri, r))
            self.assertIsNone(r.header("Location"), uri)
        params = sb.authorize_params(challenge=challenge)
        params["client_id"] = "unknown-client"
        r = sb.direct.request("GET", "/oauth/authorize?" + query_string(params))
        self.assertEqual(r.status, 400, r)
        self.assertIsNone(r.header("Location"))
        # IPv6 loopback is allowed.
        params = sb.authorize_params(challenge=challenge, redirect_uri="http://[::1]:5555/cb")
        r = sb.direct.request("GET", "/oauth/authorize?" + query_string(params))
        self.assertEqual(r.status, 200, r)

    def test_state_echoed_and_code_single_use(self):
        sb = self.sandbox
        acc = sb.account("recruiter")
        verifier, challenge = pkce_pair()
        params = sb.authorize_params(challenge=challenge, state="st-\u00fc-42 &x=1")
        r = sb.login_flow(acc, params)
        code = sb.code_from_redirect(r, params)  # checks state round-trips exactly
        tokens = sb.exchange_code(code, params["redirect_uri"], verifier)
        self.assertTrue(tokens.access_token)
        again = sb.token_request({"grant_type": "authorization_code", "code": code,
                                  "redirect_uri": params["redirect_uri"], "client_id": CLIENT_ID,
                                  "code_verifier": verifier})
        self.assertOAuthError(again, "invalid_grant")
        # Mismatched redirect_uri at the token endpoint is refused too.
        verifier, challenge = pkce_pair()
        params = sb.authorize_params(challenge=challenge)
        code = sb.code_from_redirect(sb.login_flow(acc, params), params)
        r = sb.token_request({"grant_type": "authorization_code", "code": code,
                              "redirect_uri": "http://127.0.0.1:1/other", "client_id": CLIENT_ID,
                              "code_verifier": verifier})
        self.assertOAuthError(r, "invalid_grant")

    def test_refresh_rotation_and_reuse_revokes_family(self):
        sb = self.sandbox
        acc = sb.account("recruiter")
        t1 = sb.sign_in(acc)
        r = sb.refresh(t1.refresh_token)
        self.assertEqual(r.status, 200, r)
        t2 = r.json()
        self.assertNotEqual(t2["refresh_token"], t1.refresh_token, "refresh token must rotate")
        self.assertNotEqual(t2["access_token"], t1.access_token)
        self.assertEqual(t2["token_type"].lower(), "bearer")
        r = sb.refresh(t2["refresh_token"])
        self.assertEqual(r.status, 200, r)
        t3 = r.json()
        s3 = Session(sb, acc, type(t1)(t3))
        self.assertEqual(s3.get("/v1/me").status, 200)
        # Reusing the first (already rotated) token: invalid_grant and the whole family dies.
        self.assertOAuthError(sb.refresh(t1.refresh_token), "invalid_grant")
        self.assertOAuthError(sb.refresh(t3["refresh_token"]), "invalid_grant")
        r = s3.get("/v1/me")
        self.assertEqual(r.status, 401, r)
        self.assertIn(r.json().get("code"), ("invalid_token", "unauthorized"))
        # Another sign-in of the same user is a separate family and unaffected.
        other = Session(sb, acc, sb.sign_in(acc))
        self.assertEqual(other.get("/v1/me").status, 200)

    def test_revocation_rfc7009(self):
        sb = self.sandbox
        acc = sb.account("recruiter")
        t = sb.sign_in(acc)
        s = Session(sb, acc, t)
        self.assertEqual(s.get("/v1/me").status, 200)
        r = sb.post_form("/oauth/revoke", {"token": t.access_token, "token_type_hint": "access_token",
                                           "client_id": CLIENT_ID}, client=sb.api)
        self.assertEqual(r.status, 200, r)
        r = s.get("/v1/me")
        self.assertEqual(r.status, 401, r)
        self.assertEqual(r.content_type, "application/problem+json")
        # Revoking the refresh token ends refreshing; unknown tokens still get 200.
        r = sb.post_form("/oauth/revoke", {"token": t.refresh_token, "token_type_hint": "refresh_token",
                                           "client_id": CLIENT_ID}, client=sb.api)
        self.assertEqual(r.status, 200, r)
        self.assertOAuthError(sb.refresh(t.refresh_token), "invalid_grant")
        r = sb.post_form("/oauth/revoke", {"token": "no-such-token", "client_id": CLIENT_ID}, client=sb.api)
        self.assertEqual(r.status, 200, r)

    def test_missing_and_bogus_bearer(self):
        sb = self.sandbox
        r = sb.direct.request("GET", "/v1/me")
        self.assertProblem(r, 401, "unauthorized")
        r = sb.direct.request("GET", "/v1/me", headers={"Authorization": "Bearer not-a-token"})
        self.assertProblem(r, 401, "invalid_token")

    def test_sso_marks_session_federated(self):
        sb = self.sandbox
        acc = sb.account("recruiter")
        for provider in ("entra", "google", "saml"):
            with self.subTest(provider=provider):
                s = Session(sb, acc, sb.sign_in(acc, sso=provider))
                me = s.me()
                self.assertEqual(me["user"]["email"], acc["email"])
                self.assertTrue(me["session"]["federated"], me["session"])
                self.assertIn("fed", me["session"]["amr"])
        pw = Session(sb, acc, sb.sign_in(acc))
        self.assertFalse(pw.me()["session"]["federated"])
        self.assertNotIn("fed", pw.me()["session"]["amr"])

    def test_sso_form_takes_login_hint(self):
        # The contract's SsoSubmission names the account field login_hint; `email` is not accepted.
        sb = self.sandbox
        acc = sb.account("recruiter")
        _, challenge = pkce_pair()
        params = sb.authorize_params(challenge=challenge)
        page = sb.direct.request("GET", "/oauth/sso/google?" + query_string(params), headers={"Accept": "text/html"})
        self.assertEqual(page.status, 200, page)
        forms, _ = parse_forms(page.text)
        names = {i["name"] for f in forms for i in f["inputs"] if i["type"] != "hidden"}
        self.assertEqual(names, {"login_hint"}, names)
        r = sb.post_form("/oauth/sso/google", dict(params, email=acc["email"]))
        self.assertEqual(r.status, 200, r)
        self.assertIsNone(r.header("Location"))
        r = sb.post_form("/oauth/sso/google", dict(params, login_hint=acc["email"]))
        self.assertEqual(r.status, 302, r)
        self.assertTrue(r.header("Location", "").startswith(params["redirect_uri"]), r.header("Location"))

    def test_unknown_sso_provider_refused(self):
        sb = self.sandbox
        _, challenge = pkce_pair()
        params = sb.authorize_params(challenge=challenge)
        r = sb.direct.request("GET", "/oauth/sso/okta-nope?" + query_string(params))
        self.assertIn(r.status, (400, 404), r)
        self.assertIsNone(r.header("Location"))


class TokenExpiryTest(SandboxTestCase):
    SANDBOX_ARGS = ("--token-ttl", "2")

    def test_access_token_expires(self):
        sb = self.sandbox
        acc = sb.account("recruiter")
        t = sb.sign_in(acc)
        self.assertLessEqual(t.expires_in, 2)
        s = Session(sb, acc, t)
        self.assertEqual(s.get("/v1/me").status, 200)
        time.sleep(3.2)
        r = s.get("/v1/me")
        self.assertProblem(r, 401, "token_expired")
        # The refresh token still works and gives a fresh access token.
        r = sb.refresh(t.refresh_token)
        self.assertEqual(r.status, 200, r)
        s.tokens = type(t)(r.json())
        self.assertEqual(s.get("/v1/me").status, 200)


if __name__ == "__main__":
    unittest.main()
