"""hirexctl on a computer WITHOUT a keychain, against the real sandbox: the cache is keyed by a
passphrase (Argon2id) and keeps the refresh token and device id itself.

No keychain is made real: DBUS_SESSION_BUS_ADDRESS points at a socket that does not exist, so
QtKeychain (libsecret) cannot reach any Secret Service, exactly as on a headless server.
"""

import hashlib
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "sync"))

from ctlfixture import CACHE, HIREXCTL, NOT_SIGNED_IN, OK, Ctl, SyncTestCase, run_tests  # noqa: E402

# Every hirexctl this test starts (they inherit the environment) sees no keychain.
os.environ["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/hirex-no-keychain-bus"
os.environ.pop("DISPLAY", None)

PASSPHRASE = "Kestrel-orbit-7-lantern"
WRONG = "Kestrel-orbit-7-lanterns"


def write_secret_file(path, text, mode=0o600):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text + "\n")
    os.chmod(path, mode)
    return path


def snapshot(folder):
    """Name -> (size, sha256) of every file in `folder`."""
    result = {}
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if os.path.isfile(path):
            with open(path, "rb") as f:
                data = f.read()
            result[name] = (len(data), hashlib.sha256(data).hexdigest())
    return result


class PassphraseCtl(Ctl):
    """A profile whose every run passes --passphrase-file (None: no such option)."""

    def __init__(self, sandbox, root, name, passphrase_file):
        super().__init__(sandbox, root, name)
        self.passphrase_file = passphrase_file

    def base_args(self):
        args = super().base_args()
        if self.passphrase_file:
            args += ["--passphrase-file", self.passphrase_file]
        return args

    def run(self, *args, timeout=120, env=None):
        # stdin is never a terminal here, so no prompt can wait for input.
        p = subprocess.run(self.base_args() + list(args), capture_output=True, timeout=timeout,
                           stdin=subprocess.DEVNULL)
        out, err = p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
        # Whatever happens, the passphrases never show in what hirexctl prints (or logs).
        for secret in (PASSPHRASE, WRONG):
            assert secret not in out + err, "passphrase in the output of %s" % (args,)
        return p.returncode, out, err

    def cache_files(self):
        return [os.path.join(self.profile, n) for n in os.listdir(self.profile) if n.startswith("cache.db")]


class HirexctlWithoutKeychain(SyncTestCase):

    def new_profile(self, name, passphrase_file):
        return PassphraseCtl(self.sandbox, self.root, name, passphrase_file)

    def assert_no_cache(self, ctl):
        self.assertFalse(os.path.exists(os.path.join(ctl.profile, "cache.db")))
        self.assertFalse(os.path.exists(os.path.join(ctl.profile, "cache.kdf.json")))

    def test_without_a_passphrase_source_exit_5_and_nothing_written(self):
        ctl = self.new_profile("nosource", None)
        rc, out, err = ctl.run("login", "--no-browser")
        self.assertEqual(rc, CACHE, err)
        self.assertIn("--passphrase-file", err)
        self.assertIn("terminal", err)
        self.assert_no_cache(ctl)

    def test_group_or_world_readable_passphrase_file_is_refused(self):
        for mode in (0o640, 0o604, 0o660):
            path = write_secret_file(os.path.join(self.root, "open-%o.txt" % mode), PASSPHRASE, mode)
            ctl = self.new_profile("open-%o" % mode, path)
            rc, out, err = ctl.run("login", "--no-browser")
            self.assertEqual(rc, CACHE, err)
            self.assertIn("chmod 600", err)
            self.assertIn("%04o" % mode, err)
            self.assertNotIn(PASSPHRASE, out + err)
            self.assert_no_cache(ctl)

    def test_new_cache_needs_12_characters(self):
        path = write_secret_file(os.path.join(self.root, "short.txt"), "elevenchars")
        ctl = self.new_profile("short", path)
        rc, out, err = ctl.run("login", "--no-browser")
        self.assertEqual(rc, CACHE, err)
        self.assertIn("12", err)
        self.assert_no_cache(ctl)

    def test_login_sync_status_wrong_passphrase_and_logout_wipe(self):
        good = write_secret_file(os.path.join(self.root, "good.txt"), PASSPHRASE)
        wrong = write_secret_file(os.path.join(self.root, "wrong.txt"), WRONG)
        ctl = self.new_profile("main", good)

        ctl.login(self.sandbox.account("recruiter", totp=False))
        kdf = os.path.join(ctl.profile, "cache.kdf.json")
        cache = os.path.join(ctl.profile, "cache.db")
        self.assertTrue(os.path.exists(kdf))
        self.assertTrue(os.path.exists(cache))
        self.assertEqual(os.stat(cache).st_mode & 0o077, 0)

        # Each command is a new process: the sign-in comes out of the cache, unlocked again.
        rc, doc = ctl.status()
        self.assertEqual(rc, OK, doc)
        self.assertTrue(doc["signed_in"])
        self.assertTrue(doc["cache"]["open"])
        ctl.ok("pin", "--all")
        ctl.ok("sync")
        rc, doc = ctl.status()
        self.assertEqual(rc, OK, doc)
        self.assertTrue(doc["signed_in"])
        candidates = doc["cache"]["counts"]["candidates"]
        self.assertGreater(candidates, 0)
        self.assertGreater(doc["cache"]["counts"]["applications"], 0)

        # Neither the refresh token (the sandbox's start with hxr_) nor the passphrase is stored
        # in plaintext anywhere in the profile.
        for name in os.listdir(ctl.profile):
            path = os.path.join(ctl.profile, name)
            if os.path.isfile(path):
                with open(path, "rb") as f:
                    data = f.read()
                self.assertNotIn(b"hxr_", data, name)
                self.assertNotIn(PASSPHRASE.encode(), data, name)

        # A second process with the wrong passphrase: exit 5, "wrong passphrase", nothing changed.
        before = snapshot(ctl.profile)
        for command in (["status"], ["sync"], ["logout", "--wipe"]):
            liar = self.new_profile("main", wrong)
            rc, out, err = liar.run(*command)
            self.assertEqual(rc, CACHE, (command, out, err))
            self.assertIn("wrong passphrase", err.lower())
            self.assertNotIn(WRONG, out + err)
            self.assertEqual(snapshot(ctl.profile), before, command)

        # The right one still works, and the data is all there.
        rc, doc = ctl.status()
        self.assertEqual(rc, OK)
        self.assertEqual(doc["cache"]["counts"]["candidates"], candidates)
        ctl.ok("sync")

        # logout: the refresh token leaves the cache, the cached data stays (and still opens).
        ctl.ok("logout")
        rc, doc = ctl.status()
        self.assertEqual(rc, NOT_SIGNED_IN)
        self.assertFalse(doc["signed_in"])
        self.assertTrue(doc["cache"]["open"])
        self.assertEqual(doc["cache"]["counts"]["candidates"], candidates)
        rc, out, err = ctl.run("sync")
        self.assertEqual(rc, NOT_SIGNED_IN, err)

        # logout --wipe: the cache with its salt file is gone.
        ctl.ok("logout", "--wipe")
        self.assert_no_cache(ctl)
        self.assertEqual(ctl.cache_files(), [])
        rc, doc = ctl.status()
        self.assertEqual(rc, NOT_SIGNED_IN)
        self.assertFalse(doc["signed_in"])
        self.assertFalse(doc["cache"]["exists"])
        rc, out, err = ctl.run("sync")
        self.assertEqual(rc, NOT_SIGNED_IN, err)


if __name__ == "__main__":
    run_tests()
