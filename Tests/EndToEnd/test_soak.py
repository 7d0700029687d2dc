#!/usr/bin/env python3
"""Soak test: one kiosk process through many complete screenings on a pty, as a lobby would run it for weeks.
Each screening walks to a result (the four classes in turn); nine in ten are exported as Markdown, which sends
the kiosk to the next person, and every tenth is left on the result until the idle reset wipes it. After
each, the welcome screen must be drawn again; every export must be in the export directory, byte for byte
the document `jcta classify` gives for those answers; resident memory may grow by at most 1 MB between the
100th screening and the last (the 25th in a run of 100), and the open file descriptors not at all.

SOAK_SCREENINGS sets how many (default 100: `make test`; `make soak` runs 1,000 and prints the figures).
The binary comes from $JCTA_BIN (as run.py sets it), else the first argument, else .build/debug/jcta.
Runs on its own: python3 Tests/EndToEnd/test_soak.py [path/to/jcta]
"""
import fcntl
import json
import os
import pty
import select
import shutil
import signal
import struct
import sys
import tempfile
import termios
import time
import unittest

import run

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN_ARGUMENT = None
PIN = "8642"
IDLE_SECONDS = 2
WELCOME = "スクリーニングを始める".encode("utf-8")
CLASSES = ["specified", "clinical", "out_of_scope", "consult"]


def resident_kib(pid):
    with open("/proc/%d/status" % pid) as handle:
        return next(int(line.split()[1]) for line in handle if line.startswith("VmRSS:"))


def open_descriptors(pid):
    return len(os.listdir("/proc/%d/fd" % pid))


def setUpModule():
    run.JCTA = os.path.abspath(BIN_ARGUMENT or os.environ.get("JCTA_BIN") or os.path.join(ROOT, ".build", "debug", "jcta"))


class KioskOnPty:
    """The kiosk on an 80x24 pty; keeps only the output since the last `expect` (a soak prints a lot)."""

    def __init__(self, test, args, cwd):
        environment = dict(os.environ, LANG="C.UTF-8", TERM="xterm-256color")
        environment.pop("LC_ALL", None)
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            try:
                os.chdir(cwd)
                os.execve(run.JCTA, [run.JCTA, *args], environment)
            finally:
                os._exit(127)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        os.kill(self.pid, signal.SIGWINCH)
        self.pending = b""
        test.addCleanup(self.close)

    def expect(self, marker, seconds=run.WAIT_SECONDS):
        deadline = time.monotonic() + seconds
        while marker not in self.pending:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError("waited %.0fs for %r; the kiosk printed:\n%r" % (seconds, marker, self.pending[-2000:]))
            ready, _, _ = select.select([self.fd], [], [], min(left, 0.2))
            if ready:
                chunk = os.read(self.fd, 65536)
                if not chunk:
                    raise AssertionError("the kiosk ended")
                self.pending += chunk
        self.pending = self.pending[self.pending.index(marker) + len(marker):]

    def send(self, keys):
        os.write(self.fd, keys.encode("utf-8"))

    def close(self):
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(self.fd)


class Soak(unittest.TestCase):
    def test_one_kiosk_through_many_screenings(self):
        count = int(os.environ.get("SOAK_SCREENINGS", "100"))
        self.assertGreaterEqual(count, 100)
        rules = run.Rules()
        work = tempfile.mkdtemp(prefix="jcta-soak-")
        self.addCleanup(shutil.rmtree, work, ignore_errors=True)
        pin_file = os.path.join(work, "pin")
        with open(pin_file, "w") as handle:
            handle.write(PIN + "\n")
        os.chmod(pin_file, 0o600)
        export_dir = os.path.join(work, "out")
        os.mkdir(export_dir)
        log_file = os.path.join(work, "usage.jsonl")
        expected = {cls: rules.classify(rules.answers(rules.paths[cls]), fmt="markdown").encode("utf-8") for cls in CLASSES}
        kiosk = KioskOnPty(self, ["--edition", run.EDITION, "--kiosk", "--idle-reset", str(IDLE_SECONDS),
                                  "--admin-pin-file", pin_file, "--export-dir", export_dir, "--log", log_file], work)
        kiosk.expect(WELCOME)
        baseline = min(100, count // 4)
        started = time.monotonic()
        exports = {}
        figures = {}
        for number in range(1, count + 1):
            cls = CLASSES[number % len(CLASSES)]
            answers = "".join(str(choice) for _, choice in rules.paths[cls])
            if number % 10 == 0:
                # Left on the result: the idle reset wipes it.
                kiosk.send("\r" + answers)
                kiosk.expect(WELCOME, seconds=IDLE_SECONDS + 10)
            else:
                before = set(os.listdir(export_dir))
                kiosk.send("\r" + answers + "e1\r")
                kiosk.expect(WELCOME)
                new = set(os.listdir(export_dir)) - before
                self.assertEqual(len(new), 1, "screening %d: %s" % (number, sorted(new)))
                exports[new.pop()] = cls
            if number == baseline:
                figures["rss_base_kib"] = resident_kib(kiosk.pid)
                figures["fds_base"] = open_descriptors(kiosk.pid)
        figures["rss_last_kib"] = resident_kib(kiosk.pid)
        figures["fds_last"] = open_descriptors(kiosk.pid)
        figures["seconds"] = round(time.monotonic() - started, 1)
        for name, cls in exports.items():
            with open(os.path.join(export_dir, name), "rb") as handle:
                self.assertEqual(handle.read(), expected[cls], name)
        with open(log_file) as handle:
            screenings = [json.loads(line) for line in handle if '"screening"' in line]
        self.assertEqual(len(screenings), count)
        self.assertEqual(sum(entry["ending"] == "abandoned" for entry in screenings), count // 10)
        growth = figures["rss_last_kib"] - figures["rss_base_kib"]
        print("\nsoak: %d screenings (%d exported, %d idle resets) in %.1f s; resident memory %d KiB at screening %d, "
              "%d KiB at the last (%+d KiB); open descriptors %d at screening %d, %d at the last"
              % (count, len(exports), count // 10, figures["seconds"], figures["rss_base_kib"], baseline,
                 figures["rss_last_kib"], growth, figures["fds_base"], baseline, figures["fds_last"]), file=sys.stderr)
        self.assertLessEqual(growth, 1024)
        self.assertLessEqual(figures["fds_last"], figures["fds_base"])


if __name__ == "__main__":
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
        BIN_ARGUMENT = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
