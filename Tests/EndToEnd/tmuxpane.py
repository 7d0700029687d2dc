"""The tmux pane the end-to-end tests drive jcta in, and the text helpers they compare screens with.

Shared by run.py and the test_*.py files beside it. Not named test_*.py, so run.py's discovery does not
load it as tests; each file imports it from its own folder, under run.py or on its own.
"""
import json
import os
import re
import subprocess
import tempfile
import time
import unicodedata
import uuid

WAIT_SECONDS = 10.0


def squeeze(text):
    """Text without any whitespace, so wrapped lines compare equal to the unwrapped sentence."""
    return re.sub(r"\s+", "", text)


def display_width(text):
    """Terminal columns of `text`: East Asian Wide and Fullwidth characters take two."""
    return sum(2 if unicodedata.east_asian_width(character) in "WF" else 1 for character in text)


def questionnaire_listing(run_jcta, edition):
    """(root, {node id: node}) from `jcta questions --format json`, run through the caller's `run_jcta`."""
    listing = run_jcta("questions", "--edition", edition, "--format", "json")
    if listing.returncode != 0:
        raise RuntimeError("jcta questions failed: " + listing.stderr)
    data = json.loads(listing.stdout)
    return data["root"], {node["id"]: node for node in data["nodes"]}


class TmuxPane:
    """One window in a fresh tmux server (a unique -L socket, no config file), started in a new temporary
    folder with `command`; `before` are tmux commands run first, ending in ";". The server is killed when
    the test ends. Subclasses say what runs in the window."""

    def __init__(self, test, name, width, height, *command, before=()):
        self.directory = tempfile.mkdtemp(prefix=name + "-")
        self.socket = "%s-%d-%s" % (name, os.getpid(), uuid.uuid4().hex[:8])
        self.width = width
        self.height = height
        self.tmux(*before, "new-session", "-d", "-x", str(width), "-y", str(height), "-c", self.directory,
                  *command)
        test.addCleanup(self.close)

    def tmux_environment(self):
        """The environment tmux itself runs in; None: this process's."""
        return None

    def tmux(self, *args):
        done = subprocess.run(["tmux", "-L", self.socket, "-f", "/dev/null", *args], capture_output=True,
                              text=True, stdin=subprocess.DEVNULL, env=self.tmux_environment())
        if done.returncode != 0:
            raise RuntimeError("tmux %s failed: %s" % (" ".join(args), done.stderr))
        return done.stdout

    def close(self):
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True, stdin=subprocess.DEVNULL)

    def keys(self, *keys):
        self.tmux("send-keys", "-t", "0", *keys)

    def type(self, text):
        self.tmux("send-keys", "-t", "0", "-l", text)

    def screen(self):
        return self.tmux("capture-pane", "-p", "-t", "0")

    def resize(self, width, height):
        self.width = width
        self.height = height
        self.tmux("resize-window", "-t", "0", "-x", str(width), "-y", str(height))

    def wait_until(self, condition, what, seconds=WAIT_SECONDS):
        deadline = time.monotonic() + seconds
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if condition(screen):
                return screen
            time.sleep(0.05)
        raise AssertionError("waited %.0fs for %s; the screen shows:\n%s" % (seconds, what, screen))

    def wait_for(self, text, seconds=WAIT_SECONDS):
        """Waits until `text` (whitespace ignored) is on the screen; fails showing the screen."""
        return self.wait_until(lambda screen: squeeze(text) in squeeze(screen), repr(text), seconds)

    def file(self, name):
        """The bytes of `name` in the pane's folder."""
        with open(os.path.join(self.directory, name), "rb") as handle:
            return handle.read()
