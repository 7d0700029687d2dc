#!/usr/bin/env python3
"""The unit files under deploy/ pass `systemd-analyze verify` with nothing to say (it prints a parse warning
without failing, so any output is a failure), with jcta's path pointed at the binary under test; a unit with a
wrong setting is caught the same way. Skipped, saying why, where systemd-analyze is missing.

Runs on its own: python3 Tests/EndToEnd/test_deploy.py [path/to/jcta]
"""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN_ARGUMENT = None
UNITS = {"jcta-kiosk@.service": "jcta-kiosk@tty2.service",
         "jcta-kiosk-lock-console.service": "jcta-kiosk-lock-console.service"}


def binary():
    return os.path.abspath(BIN_ARGUMENT or os.environ.get("JCTA_BIN") or os.path.join(ROOT, ".build", "debug", "jcta"))


@unittest.skipUnless(shutil.which("systemd-analyze"), "systemd-analyze is not installed here: the unit files are not verified")
class Deploy(unittest.TestCase):
    def verify(self, change=lambda text: text):
        directory = tempfile.mkdtemp(prefix="jcta-units-")
        self.addCleanup(shutil.rmtree, directory, ignore_errors=True)
        paths = []
        for shipped, instance in UNITS.items():
            with open(os.path.join(ROOT, "deploy", shipped)) as handle:
                text = change(handle.read().replace("/usr/local/bin/jcta", binary()))
            path = os.path.join(directory, instance)
            with open(path, "w") as handle:
                handle.write(text)
            paths.append(path)
        # --man=no: the man page is checked by the install test, not installed here.
        return subprocess.run(["systemd-analyze", "verify", "--man=no", *paths], capture_output=True, text=True,
                              stdin=subprocess.DEVNULL)

    def test_the_shipped_units_verify_cleanly(self):
        done = self.verify()
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(done.stdout + done.stderr, "")

    def test_a_wrong_setting_would_be_caught(self):
        done = self.verify(lambda text: text.replace("Restart=always", "Restart=sometimes"))
        self.assertIn("sometimes", done.stdout + done.stderr)

    def test_the_kiosk_restarts_runs_unprivileged_and_keeps_its_files_private(self):
        with open(os.path.join(ROOT, "deploy", "jcta-kiosk@.service")) as handle:
            lines = set(handle.read().splitlines())
        for setting in ("Restart=always", "User=jcta-kiosk", "UMask=0077", "NoNewPrivileges=yes", "StandardInput=tty-force"):
            self.assertIn(setting, lines)


if __name__ == "__main__":
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
        BIN_ARGUMENT = sys.argv.pop(1)
    unittest.main(verbosity=2)
