#!/usr/bin/env python3
"""End-to-end tests: drive the built jcta binary in tmux, as a person would.

Usage: python3 Tests/EndToEnd/run.py PATH/TO/jcta

Also runs every test_*.py beside this file, with the binary in the JCTA_BIN environment variable.

Builds nothing. Each test starts its own tmux server (a unique -L socket, no config file) with an 80x24
window, sends keys, and waits for expected text in `capture-pane -p` with a deadline instead of sleeping.
The answer paths to each class are found from `jcta questions` and `jcta classify`, so the tests follow
the questionnaire as it is written. Runs headless: no TTY is needed on standard input.
"""

import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import unittest

from tmuxpane import WAIT_SECONDS, TmuxPane, display_width, questionnaire_listing, squeeze

JCTA = ""
EDITION = "2025"


def jcta(*args, input_text=None, cwd=None):
    """Runs jcta outside tmux and returns the completed process (text mode)."""
    return subprocess.run([JCTA, *args], input=input_text, capture_output=True, text=True, cwd=cwd,
                          env=dict(os.environ, LANG="C.UTF-8"))


class Rules:
    """The questionnaire as `jcta questions` lists it, and one answer path per class."""

    def __init__(self):
        self.root, self.nodes = questionnaire_listing(jcta, EDITION)
        self.paths = self._shortest_path_per_class()

    def classify(self, answers, fmt="json", lang="ja", title=None, cwd=None):
        args = ["classify", "--edition", EDITION, "--answers", "-", "--format", fmt, "--lang", lang]
        if title is not None:
            args += ["--title", title]
        done = jcta(*args, input_text=json.dumps({"answers": answers}), cwd=cwd)
        if done.returncode != 0:
            raise RuntimeError("jcta classify failed: " + done.stderr)
        return done.stdout

    def _shortest_path_per_class(self):
        """Breadth-first over the non-unsure choices; the first path reaching each class wins.
        Each path is a list of (node id, choice number from 1). Each path is classified on its own: an
        outcome's class can depend on the answers before it (grounds of specified research)."""
        found = {}
        queue = [(self.root, [])]
        while queue and len(found) < 4:
            node_id, path = queue.pop(0)
            for number, choice in enumerate(self.nodes[node_id]["choices"], start=1):
                if choice.get("unsure"):
                    continue
                step = path + [(node_id, number)]
                if "next" in choice:
                    queue.append((choice["next"], step))
                    continue
                cls = json.loads(self.classify(self.answers(step)))["classification"]
                found.setdefault(cls, step)
        return found

    def answers(self, path):
        return {node: self.nodes[node]["choices"][number - 1]["id"] for node, number in path}

    def number(self, node_id):
        """The question's fixed number (its place in the edition), the one every screen shows."""
        return list(self.nodes).index(node_id) + 1

    def question(self, node_id, lang="ja"):
        return self.nodes[node_id]["question"][lang]


class Pane(TmuxPane):
    """jcta running in a fresh tmux server; the shell around it records the exit status and `stty -g`.
    `command` replaces the jcta command line (already quoted for the shell)."""

    def __init__(self, test, args=(), width=80, height=24, command=None):
        if command is None:
            command = " ".join(["'%s'" % JCTA, "--edition", EDITION] + list(args))
        script = ("stty -g > stty.before; env LANG=C.UTF-8 %s 2> stderr.txt; echo EXIT=$?; "
                  "stty -g > stty.after; sleep 600" % command)
        super().__init__(test, "jcta-e2e", width, height, script)

    def wait_for_pattern(self, pattern, seconds=WAIT_SECONDS):
        deadline = time.monotonic() + seconds
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            match = re.search(pattern, screen)
            if match:
                return match
            time.sleep(0.05)
        raise AssertionError("waited %.0fs for /%s/; the screen shows:\n%s" % (seconds, pattern, screen))

    def jcta_pid(self):
        shell = int(self.tmux("display-message", "-p", "-t", "0", "#{pane_pid}").strip())
        deadline = time.monotonic() + WAIT_SECONDS
        while time.monotonic() < deadline:
            children = subprocess.run(["pgrep", "-P", str(shell)], capture_output=True, text=True).stdout.split()
            for child in children:
                if os.path.realpath("/proc/%s/exe" % child.strip()) == os.path.realpath(JCTA):
                    return int(child)
            time.sleep(0.05)
        raise AssertionError("jcta is not running in the pane")


class EndToEnd(unittest.TestCase):
    rules = None

    @classmethod
    def setUpClass(cls):
        cls.rules = Rules()

    def start(self, *args, width=80, height=24):
        pane = Pane(self, args, width, height)
        pane.wait_for("スクリーニングを始める")
        return pane

    def walk(self, pane, path, lang="ja"):
        """Answers each question of `path` with its digit, waiting for each question first."""
        for node, number in path:
            pane.wait_for(self.rules.question(node, lang))
            pane.keys(str(number))

    def expect_result(self, pane, cls, lang="ja"):
        expected = json.loads(self.rules.classify(self.rules.answers(self.rules.paths[cls])))
        pane.wait_for(expected["headline"][lang])
        pane.wait_for(expected["class_label"][lang])

    def walk_to(self, cls, lang="ja"):
        pane = self.start()
        if lang == "en":
            pane.keys("L")
            pane.wait_for("Start screening")
        pane.keys("Enter")
        self.walk(pane, self.rules.paths[cls], lang)
        self.expect_result(pane, cls, lang)
        return pane

    def test_01_walk_to_specified(self):
        self.walk_to("specified")

    def test_02_walk_to_clinical(self):
        self.walk_to("clinical")

    def test_03_walk_to_out_of_scope_in_english(self):
        self.walk_to("out_of_scope", lang="en")

    def test_04_walk_to_consult(self):
        self.walk_to("consult")

    def test_05_back_and_change_an_answer(self):
        pane = self.start()
        pane.keys("Enter")
        first, second, third = self.rules.paths["specified"][:3]
        self.walk(pane, [first, second])
        pane.wait_for(self.rules.question(third[0]))
        pane.wait_for("これまでの回答")
        pane.keys("b")
        pane.wait_for(self.rules.question(second[0]))
        pane.keys("BSpace")
        pane.wait_for(self.rules.question(first[0]))
        pane.wait_for_pattern(r"問1 ")
        self.assertNotIn("これまでの回答", pane.screen())
        self.walk(pane, self.rules.paths["out_of_scope"])
        self.expect_result(pane, "out_of_scope")

    def test_06_reopen_an_answer_from_the_result(self):
        pane = self.walk_to("specified")
        # Nothing is highlighted at first; the first k picks the first answer and more k stay there.
        pane.keys(*(["k"] * len(self.rules.paths["specified"])))
        pane.keys("Enter")
        pane.wait_for_pattern(r"問1 ")
        self.walk(pane, self.rules.paths["clinical"])
        self.expect_result(pane, "clinical")

    def test_07_open_a_case_and_close_it(self):
        pane = self.start()
        pane.keys("Enter")
        pane.wait_for(self.rules.question(self.rules.root))
        pane.keys("c")
        match = pane.wait_for_pattern(r"\((\d+-\d+)\)")
        case_id = match.group(1)
        pane.keys("Enter")
        pane.wait_for("事例 " + case_id)
        case_text = jcta("cases", case_id, "--edition", EDITION).stdout.splitlines()[1]
        pane.wait_for(case_text[:30])
        pane.keys("Escape")
        pane.wait_for("事例集の事例")
        pane.keys("Escape")
        pane.wait_for("関係する事例")
        self.assertNotIn("事例集の事例", pane.screen())

    def test_08_export_matches_classify_byte_for_byte(self):
        pane = self.walk_to("clinical")
        answers = self.rules.answers(self.rules.paths["clinical"])
        title = "新薬Xの第II相試験"
        for digit, fmt in (("1", "markdown"), ("2", "json"), ("3", "text")):
            pane.keys("e")
            pane.wait_for("形式を選んでください")
            pane.keys(digit)
            # One form: the title (kept from the first save) and the default file name; Enter saves.
            pane.wait_for("研究課題名")
            pane.wait_for("保存先のファイル名")
            if fmt == "markdown":
                pane.type(title)
                pane.wait_for(title)
            pane.keys("Enter")
            extension = {"markdown": "md", "json": "json", "text": "txt"}[fmt]
            match = pane.wait_for_pattern(r"保存しました: (jcta-\d{8}-\d{6}(-\d+)?\.%s)" % extension)
            expected = self.rules.classify(answers, fmt=fmt, lang="ja", title=title).encode("utf-8")
            self.assertEqual(pane.file(match.group(1)), expected, "export as %s differs from jcta classify" % fmt)

    def test_09_resize_mid_question_and_below_the_minimum(self):
        pane = self.start()
        pane.keys("Enter")
        first, second = self.rules.paths["clinical"][:2]
        self.walk(pane, [first])
        pane.wait_for(self.rules.question(second[0]))
        pane.resize(120, 40)
        pane.wait_until(lambda screen: max(display_width(line) for line in screen.splitlines()) > 100,
                        "a line wider than 100 columns")
        pane.wait_for(self.rules.question(second[0]))
        pane.resize(50, 12)
        pane.wait_for("60x16 以上に広げてください")
        pane.resize(80, 24)
        pane.wait_for(self.rules.question(second[0]))
        self.assertNotIn("広げてください", pane.screen())
        pane.keys(str(second[1]))
        pane.wait_for(self.rules.question(self.rules.paths["clinical"][2][0]))

    def test_10_sigterm_restores_the_terminal(self):
        pane = self.start()
        pane.keys("Enter")
        pane.wait_for(self.rules.question(self.rules.root))
        os.kill(pane.jcta_pid(), signal.SIGTERM)
        pane.wait_for("EXIT=143")
        deadline = time.monotonic() + WAIT_SECONDS
        while not os.path.exists(os.path.join(pane.directory, "stty.after")) and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.1)
        self.assertEqual(pane.file("stty.after"), pane.file("stty.before"))

    def test_11_quit_asks_before_losing_answers(self):
        pane = self.start()
        pane.keys("Enter")
        first = self.rules.paths["clinical"][0]
        self.walk(pane, [first])
        second = self.rules.question(self.rules.paths["clinical"][1][0])
        pane.wait_for(second)
        pane.keys("q")
        pane.wait_for("終了しますか")
        pane.keys("n")
        pane.wait_for(second)
        self.assertNotIn("終了しますか", pane.screen())
        pane.keys("q")
        pane.wait_for("終了しますか")
        pane.keys("y")
        pane.wait_for("EXIT=0")

    def test_12_plain_mode_piped(self):
        path = self.rules.paths["specified"]
        digits = " ".join(str(number) for _, number in path) + "\n"
        expected = json.loads(self.rules.classify(self.rules.answers(path)))
        done = jcta("--plain", "--edition", EDITION, input_text=digits)
        self.assertEqual(done.returncode, 0, done.stderr)
        # The result is read out as sentences (the saved files are the exports).
        self.assertIn("結果: %s。\n%s" % (expected["class_label"]["ja"], expected["headline"]["ja"]), done.stdout)
        # Going back with b, then the same answers, gives the same result.
        with_back = " ".join([str(path[0][1]), "b"] + [str(number) for _, number in path]) + "\n"
        self.assertIn(expected["headline"]["ja"], jcta("--plain", "--edition", EDITION, input_text=with_back).stdout)
        # Saved from a pipe (e, the format, the title, the file name): the file is jcta classify's text.
        with tempfile.TemporaryDirectory() as work:
            saved = jcta("--plain", "--edition", EDITION, input_text=digits + "e\n3\n\npiped.txt\n", cwd=work)
            self.assertEqual(saved.returncode, 0, saved.stderr)
            with open(os.path.join(work, "piped.txt"), encoding="utf-8") as handle:
                self.assertEqual(handle.read(), self.rules.classify(self.rules.answers(path), fmt="text"))
        # The input ending early names the unanswered question in words (no internal id), with exit status 3.
        short = jcta("--plain", "--edition", EDITION, input_text=digits.split()[0] + "\n")
        self.assertEqual(short.returncode, 3)
        self.assertIn(self.rules.question(path[1][0]), short.stderr)
        self.assertNotIn(path[1][0], short.stderr)

def main():
    global JCTA
    if len(sys.argv) != 2:
        print("usage: run.py PATH/TO/jcta", file=sys.stderr)
        return 2
    JCTA = os.path.abspath(sys.argv[1])
    if not os.access(JCTA, os.X_OK):
        print("run.py: %s is not an executable; build it first" % JCTA, file=sys.stderr)
        return 2
    # The other end-to-end files (test_*.py beside this one) read the binary from JCTA_BIN.
    os.environ["JCTA_BIN"] = JCTA
    here = os.path.dirname(os.path.abspath(__file__))
    suite = unittest.TestSuite([
        unittest.defaultTestLoader.loadTestsFromTestCase(EndToEnd),
        unittest.defaultTestLoader.discover(here, pattern="test_*.py", top_level_dir=here),
    ])
    result = unittest.TextTestRunner(verbosity=2, stream=sys.stdout).run(suite)
    failed = len(result.failures) + len(result.errors)
    passed = result.testsRun - failed - len(result.skipped)
    print("E2E: %d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 and result.testsRun > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
