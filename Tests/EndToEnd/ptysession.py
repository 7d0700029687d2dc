"""jcta's line mode driven through a pseudo-terminal, as a screen reader session reads it: every byte jcta
prints is kept, and the lines are checked against the noise rules a screen reader would speak.

Shared by test_line_mode.py and test_kiosk_plain.py; not named test_*.py, so run.py does not load it as tests.
"""
import os
import pty
import re
import select
import signal
import time

WAIT_SECONDS = 10.0

# What a screen reader would speak as noise (Tests/JCTAScreensTests/ScreenReaderNoise.swift has the same rules).
NOISE = [
    (re.compile(r"[\[\]［］]"), "square brackets"),
    (re.compile(r"(^|\s)[-–—]+(\s|$)"), "a dangling dash"),
    (re.compile(r"^\s*[*+•・-]"), "a bullet"),
    (re.compile(r"->|=>|<-|[<>→←⇒]"), "an arrow or prompt sign"),
    (re.compile(r"\d+\.\d+\.\d+"), "a version string"),
    (re.compile(r"\b[A-Za-z0-9]+_[A-Za-z0-9_]+\b"), "an internal id"),
    (re.compile(r"\x1b"), "an escape sequence"),
]


# Sub-numbers of a statutory citation, "Art. 2(2)(i)": how the law is cited, not a bracket in a bracket.
CITATION_NUMBER = re.compile(r"(?<=[0-9A-Za-z)])\([0-9ivxlc]{1,4}\)")


def noise(line):
    """The noise rules `line` breaks."""
    found = [name for pattern, name in NOISE if pattern.search(line)]
    depth = 0
    for character in CITATION_NUMBER.sub("", line):
        if character in "(（{｛":
            depth += 1
            if depth > 1:
                found.append("nested brackets")
                break
        elif character in ")）}｝":
            depth = max(depth - 1, 0)
    return found


class LineSession:
    """jcta on a pty in `cwd` with `args`; `send` types a line, `expect` waits for text printed since the last
    expect. `transcript` is everything printed, as text."""

    def __init__(self, test, binary, args, cwd, env=None):
        environment = dict(os.environ, LANG="C.UTF-8", TERM="dumb")
        environment.pop("LC_ALL", None)
        environment.update(env or {})
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            try:
                os.chdir(cwd)
                os.execve(binary, [binary, *args], environment)
            finally:
                os._exit(127)
        self.raw = b""
        self.mark = 0
        self.status = None
        test.addCleanup(self.close)

    @property
    def transcript(self):
        return self.raw.decode("utf-8", errors="replace").replace("\r\n", "\n")

    def _read(self, seconds):
        ready, _, _ = select.select([self.fd], [], [], seconds)
        if not ready:
            return False
        try:
            chunk = os.read(self.fd, 65536)
        except OSError:
            chunk = b""
        if not chunk:
            raise EOFError
        self.raw += chunk
        return True

    def expect(self, text, seconds=WAIT_SECONDS):
        """Waits for `text` (a string, or a compiled pattern) after the mark; moves the mark past it and
        returns what came before it plus the match."""
        deadline = time.monotonic() + seconds
        while True:
            tail = self.transcript[self.mark:]
            match = text.search(tail) if hasattr(text, "search") else None
            index = tail.find(text) if not hasattr(text, "search") else (match.start() if match else -1)
            if index >= 0:
                end = match.end() if match else index + len(text)
                self.mark += end
                return tail[:end]
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError("waited %.0fs for %r; jcta printed since:\n%s" % (seconds, text, tail))
            try:
                self._read(min(left, 0.2))
            except EOFError:
                raise AssertionError("jcta ended while waiting for %r; it printed:\n%s" % (text, tail))

    def quiet_for(self, seconds):
        """Reads for `seconds`; what was printed in that time."""
        before = len(self.transcript)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                self._read(max(deadline - time.monotonic(), 0))
            except EOFError:
                break
        return self.transcript[before:]

    def send(self, line):
        os.write(self.fd, (line + "\n").encode("utf-8"))

    def send_raw(self, data):
        os.write(self.fd, data)

    def alive(self):
        if self.status is not None:
            return False
        pid, status = os.waitpid(self.pid, os.WNOHANG)
        if pid == 0:
            return True
        self.status = status
        return False

    def wait(self, seconds=WAIT_SECONDS):
        """The exit status, after reading everything jcta printed."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                self._read(0.1)
            except EOFError:
                pass
            if not self.alive():
                return os.waitstatus_to_exitcode(self.status)
        raise AssertionError("jcta did not end; it printed:\n" + self.transcript[self.mark:])

    def noisy_lines(self):
        """Every printed line that breaks a noise rule, with the rules."""
        return ["%r: %s" % (line, ", ".join(noise(line))) for line in self.transcript.split("\n") if noise(line)]

    def close(self):
        if self.alive():
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        try:
            os.close(self.fd)
        except OSError:
            pass
