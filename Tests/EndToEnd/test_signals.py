#!/usr/bin/env python3
"""End-to-end signal handling of the full-screen UI: SIGINT, SIGTERM, SIGHUP end jcta with
130, 143, 129 and the terminal settings exactly as before (termios of the pty, the `stty -g` state);
SIGTSTP restores the terminal while stopped and SIGCONT redraws; SIGWINCH redraws and the UI goes on.
Covers the welcome screen and the first question screen (reached with Enter).

The binary comes from $JCTA_BIN, else the first argument, else .build/debug/jcta. Runs on its own:
python3 Tests/EndToEnd/test_signals.py [path/to/jcta]
"""
import fcntl
import os
import select
import signal
import struct
import sys
import termios
import time
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN_ARGUMENT = None
WELCOME = "スクリーニングを始める".encode()


def binary():
    return BIN_ARGUMENT or os.environ.get("JCTA_BIN") or os.path.join(ROOT, ".build", "debug", "jcta")


class Session:
    """jcta in a fresh 80x24 pty; the parent keeps the slave side open to read its settings.
    As under a shell with job control, jcta runs in its own foreground process group below a session
    leader of the same session: otherwise its group would be orphaned and the kernel would discard the
    SIGTSTP it re-raises to stop itself. `pid` is jcta's; the leader exits with jcta's exit code."""

    def __init__(self):
        self.master, self.slave = os.openpty()
        fcntl.ioctl(self.slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        self.before = termios.tcgetattr(self.slave)
        report_r, report_w = os.pipe()
        self.leader = os.fork()
        if self.leader == 0:
            try:
                os.setsid()
                fcntl.ioctl(self.slave, termios.TIOCSCTTY, 0)
                for fd in (0, 1, 2):
                    os.dup2(self.slave, fd)
                child = os.fork()
                if child == 0:
                    os.setpgid(0, 0)
                    signal.signal(signal.SIGTTOU, signal.SIG_IGN)
                    os.tcsetpgrp(0, os.getpid())
                    signal.signal(signal.SIGTTOU, signal.SIG_DFL)
                    os.closerange(3, 256)
                    env = {"PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", "/root"),
                           "TERM": "xterm-256color", "LANG": "C.UTF-8"}
                    os.execve(binary(), [binary(), "--edition", "2025"], env)
                os.write(report_w, str(child).encode())
                os.close(report_w)
                while True:
                    _, status = os.waitpid(child, 0)
                    if os.WIFEXITED(status):
                        os._exit(os.WEXITSTATUS(status))
                    if os.WIFSIGNALED(status):
                        os._exit(128 + os.WTERMSIG(status))
            finally:
                os._exit(127)
        os.close(report_w)
        self.pid = int(os.read(report_r, 32))
        os.close(report_r)
        self.output = b""

    def is_stopped(self):
        with open("/proc/%d/stat" % self.pid) as f:
            return f.read().rsplit(")", 1)[1].split()[0] == "T"

    def read_until(self, needle, timeout=10.0):
        deadline = time.monotonic() + timeout
        start = len(self.output)
        while time.monotonic() < deadline:
            if select.select([self.master], [], [], 0.05)[0]:
                try:
                    self.output += os.read(self.master, 65536)
                except OSError:
                    break
            if needle in self.output[start:]:
                return True
        return False

    def drain(self, seconds=0.3):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if select.select([self.master], [], [], 0.05)[0]:
                try:
                    self.output += os.read(self.master, 65536)
                except OSError:
                    return

    def wait_exit(self, timeout=10.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.drain(0.05)
            pid, status = os.waitpid(self.leader, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.leader, 0)
        return None

    def close(self):
        for fd in (self.master, self.slave):
            try:
                os.close(fd)
            except OSError:
                pass


class Signals(unittest.TestCase):
    def start(self, screen):
        s = Session()
        self.addCleanup(s.close)
        self.assertTrue(s.read_until(WELCOME), "no welcome screen: %r" % s.output[-300:])
        if screen == "question":
            s.drain()
            os.write(s.master, b"\r")
            s.drain(0.5)
            self.assertNotIn(b"\x1b[?1049l", s.output[-200:], "left the full screen on Enter")
        s.drain()
        self.assertNotEqual(termios.tcgetattr(s.slave), s.before, "the UI did not change the terminal mode")
        return s

    def test_ending_signals_restore_the_terminal(self):
        for screen in ("welcome", "question"):
            for sig, code in ((signal.SIGINT, 130), (signal.SIGTERM, 143), (signal.SIGHUP, 129)):
                with self.subTest(screen=screen, signal=sig.name):
                    s = self.start(screen)
                    os.kill(s.pid, sig)
                    self.assertEqual(s.wait_exit(), code)
                    self.assertEqual(termios.tcgetattr(s.slave), s.before, "terminal settings differ after exit")

    def test_winch_redraws_and_goes_on(self):
        for screen in ("welcome", "question"):
            with self.subTest(screen=screen):
                s = self.start(screen)
                fcntl.ioctl(s.master, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
                os.kill(s.pid, signal.SIGWINCH)
                mark = len(s.output)
                s.drain(0.5)
                self.assertGreater(len(s.output), mark, "no redraw after SIGWINCH")
                self.assertEqual(os.waitpid(s.leader, os.WNOHANG), (0, 0), "exited on SIGWINCH")
                os.kill(s.pid, signal.SIGTERM)
                self.assertEqual(s.wait_exit(), 143)
                self.assertEqual(termios.tcgetattr(s.slave), s.before)

    def test_stop_and_continue(self):
        for screen in ("welcome", "question"):
            with self.subTest(screen=screen):
                s = self.start(screen)
                os.kill(s.pid, signal.SIGTSTP)
                deadline = time.monotonic() + 5
                stopped = False
                while time.monotonic() < deadline and not stopped:
                    s.drain(0.05)
                    stopped = s.is_stopped()
                self.assertTrue(stopped, "did not stop on SIGTSTP")
                self.assertEqual(termios.tcgetattr(s.slave), s.before, "terminal not restored while stopped")
                os.kill(s.pid, signal.SIGCONT)
                mark = len(s.output)
                s.drain(0.7)
                self.assertGreater(len(s.output), mark, "no redraw after SIGCONT")
                self.assertNotEqual(termios.tcgetattr(s.slave), s.before, "UI mode not set again after SIGCONT")
                os.kill(s.pid, signal.SIGINT)
                self.assertEqual(s.wait_exit(), 130)
                self.assertEqual(termios.tcgetattr(s.slave), s.before)


if __name__ == "__main__":
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
        BIN_ARGUMENT = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
