"""What the kiosk's end-to-end files (test_kiosk.py in tmux, test_kiosk_plain.py in lines) share: the binary
they drive, the operator's PIN, a fresh working folder per test and a look at whether jcta still runs.

Not named test_*.py, so run.py's discovery does not load it as tests; each file imports it from its own
folder, under run.py or on its own.
"""
import os
import sys
import tempfile
import unittest

import run

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PIN = "8642"
IDLE_SECONDS = 3
# The binary named on the command line when a file runs on its own (see main).
BIN_ARGUMENT = None


def binary():
    return BIN_ARGUMENT or os.environ.get("JCTA_BIN") or os.path.join(ROOT, ".build", "debug", "jcta")


def setUpModule():
    run.JCTA = os.path.abspath(binary())


def process_state(pid):
    """The state letter from /proc (R, S, T for stopped…), or None when the process is gone."""
    try:
        with open("/proc/%d/stat" % pid) as handle:
            return handle.read().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return None


class KioskTestCase(unittest.TestCase):
    """The rules' answer paths, found once; per test a folder `work` holding the PIN file `pin_file` (mode
    600, as the kiosk demands), the export directory `export_dir` and the usage log's path `log_file`."""
    rules = None

    @classmethod
    def setUpClass(cls):
        cls.rules = run.Rules()

    def setUp(self):
        self.work = tempfile.mkdtemp(prefix="jcta-kiosk-")
        self.pin_file = os.path.join(self.work, "pin")
        with open(self.pin_file, "w") as handle:
            handle.write(PIN + "\n")
        os.chmod(self.pin_file, 0o600)
        self.export_dir = os.path.join(self.work, "out")
        os.mkdir(self.export_dir)
        self.log_file = os.path.join(self.work, "usage.jsonl")


def main():
    """Runs the calling file's tests on their own: python3 FILE [path/to/jcta]."""
    global BIN_ARGUMENT
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
        BIN_ARGUMENT = os.path.abspath(sys.argv.pop(1))
    unittest.main(module="__main__", verbosity=2)
