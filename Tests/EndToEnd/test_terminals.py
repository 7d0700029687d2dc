#!/usr/bin/env python3
"""End-to-end locales and terminals, each in its own tmux server:
- LANG=C, and LC_ALL=C: Japanese is still drawn (no `~X` mojibake) and typed Japanese reaches a text prompt;
- TERM=vt9999 (no terminfo entry): jcta does not die; it says why on standard error and asks with plain
  numbered prompts, through to a saved JSON export equal to `jcta classify`;
- TERM=dumb: plain prompts with no escape sequences at all, through to the result;
- TERM=linux and TERM=screen: the full screen (header, question, a framed panel, the result);
- NO_COLOR=1: reverse video and bold only, no colour in `capture-pane -e` (and colour without it);
- 40x12: the notice names the size needed and the size now, and the screen comes back at 80x24;
- 300x100: the welcome and question text use the width, the key bar is on the bottom row.

The binary comes from $JCTA_BIN, else the first argument, else .build/debug/jcta. Runs on its own:
python3 Tests/EndToEnd/test_terminals.py [path/to/jcta]
"""
import json
import os
import re
import shlex
import subprocess
import sys
import unittest

from tmuxpane import TmuxPane, display_width, questionnaire_listing, squeeze

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN_ARGUMENT = None
EDITION = "2025"
WELCOME = "スクリーニングを始める"
TITLE = "臨床研究法 該当性スクリーニング"
SGR = re.compile(r"\x1b\[([0-9;:]*)m")


def binary():
    return BIN_ARGUMENT or os.environ.get("JCTA_BIN") or os.path.join(ROOT, ".build", "debug", "jcta")


def jcta(*args, input_text=None):
    return subprocess.run([binary(), *args], input=input_text, capture_output=True, text=True, timeout=60,
                          env=dict(os.environ, LANG="C.UTF-8"))


def colour_codes(escaped):
    """SGR parameters that set a colour (foreground or background, 8/16/256/true colour)."""
    found = []
    for match in SGR.finditer(escaped):
        for part in re.split("[;:]", match.group(1)):
            if part.isdigit() and (30 <= int(part) <= 38 or 40 <= int(part) <= 48 or 90 <= int(part) <= 107):
                found.append(part)
    return found


class Rules:
    def __init__(self):
        self.root, self.nodes = questionnaire_listing(jcta, EDITION)

    def first_path(self):
        """Choice 1 from the root to an outcome: [(node, number)]."""
        node_id, path = self.root, []
        while True:
            path.append((node_id, 1))
            choice = self.nodes[node_id]["choices"][0]
            if "next" not in choice:
                return path
            node_id = choice["next"]

    def answers(self, path):
        return {node: self.nodes[node]["choices"][number - 1]["id"] for node, number in path}

    def question(self, node_id):
        return self.nodes[node_id]["question"]["ja"]


class Pane(TmuxPane):
    """jcta under `env` with the given variables, in a fresh tmux server; the shell around it prints EXIT=."""

    def __init__(self, test, env, args=(), width=80, height=24):
        # Only what the test names: no locale or NO_COLOR from the environment the tests run in.
        cleared = ["-u", "LC_ALL", "-u", "LC_CTYPE", "-u", "LC_MESSAGES", "-u", "LANG", "-u", "LANGUAGE", "-u", "NO_COLOR"]
        command = (["env", *cleared] + ["%s=%s" % item for item in env.items()]
                   + [binary(), "--edition", EDITION, *args])
        script = "%s 2> stderr.txt; echo EXIT=$?; sleep 600" % " ".join(shlex.quote(part) for part in command)
        super().__init__(test, "jcta-terminals", width, height, script)

    def tmux_environment(self):
        # tmux itself in a UTF-8 locale whatever the test runs under: only jcta gets the locale under test.
        return dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8")

    def escaped(self):
        """The screen with its attributes as escape sequences."""
        return self.tmux("capture-pane", "-p", "-e", "-t", "0")

    def rows(self, screen):
        return screen.split("\n")[:self.height]


class Terminals(unittest.TestCase):
    rules = None

    @classmethod
    def setUpClass(cls):
        cls.rules = Rules()

    def full_screen_walk(self, pane):
        """Welcome, question 1, a framed case list, then choice 1 to the result; returns the result screen."""
        welcome = pane.wait_for(WELCOME)
        self.assertTrue(welcome.startswith(" jcta  " + TITLE), welcome)
        pane.keys("Enter")
        path = self.rules.first_path()
        pane.wait_for(self.rules.question(path[0][0]))
        pane.keys("c")
        panel = pane.wait_for("事例集の事例")
        self.assertRegex(panel, r"[┌+].*事例集の事例", "no frame around the panel")
        pane.keys("Escape")
        pane.wait_until(lambda s: "事例集の事例" not in s, "the panel to close")
        for node, number in path:
            pane.wait_for(self.rules.question(node))
            pane.keys(str(number))
        expected = json.loads(jcta("classify", "--edition", EDITION, "--answers", "-", "--format", "json",
                                   input_text=json.dumps({"answers": self.rules.answers(path)})).stdout)
        pane.wait_for(expected["class_label"]["ja"])
        return pane.wait_for(expected["headline"]["ja"])

    def plain_walk(self, pane):
        """Answers the plain prompts with choice 1 up to the result and its save question."""
        path = self.rules.first_path()
        for node, choice in path:
            # The question's own number in the edition, as every screen shows it.
            number = list(self.rules.nodes).index(node) + 1
            pane.wait_for("問 %d: %s" % (number, self.rules.question(node)))
            pane.wait_until(lambda s: s.rstrip().endswith("終了:"), "the prompt of question %d" % number)
            pane.type(str(choice))
            pane.keys("Enter")
        pane.wait_for("結果です。")
        return path

    def test_c_locale_still_draws_japanese(self):
        for env in ({"LANG": "C"}, {"LANG": "C", "LC_ALL": "C"}, {"LC_ALL": "C", "LANG": "ja_JP.EUC-JP"}):
            with self.subTest(env=env):
                pane = Pane(self, dict(env, TERM="screen"))
                screen = pane.wait_for(WELCOME)
                self.assertIn(TITLE, screen)
                self.assertNotIn("~", screen, "mojibake under %r:\n%s" % (env, screen))
                self.assertNotRegex(screen, r"M-.", "meta-escaped bytes under %r" % env)
                result = self.full_screen_walk(pane)
                self.assertNotIn("~", result)
                # Typed Japanese reaches a prompt as characters, not bytes.
                pane.keys("e", "1")
                pane.wait_for("研究課題名")
                pane.type("新薬Xの試験")
                pane.wait_for("新薬Xの試験")
                self.assertEqual(pane.file("stderr.txt"), b"")

    def test_unknown_term_falls_back_to_plain_prompts_and_says_why(self):
        pane = Pane(self, {"LANG": "C.UTF-8", "TERM": "vt9999"}, width=100, height=50)
        path = self.plain_walk(pane)
        message = pane.file("stderr.txt").decode()
        self.assertIn("'vt9999'", message)
        self.assertIn("plain prompts", message)
        # Save as JSON from the plain prompts: the file is jcta classify's output; saved, q ends at once.
        for typed, then in (("e", "保存する形式"), ("2", "研究課題名"), ("", "ファイル名"), ("plain.json", "保存しました"),
                            ("q", "EXIT=0")):
            if typed:
                pane.type(typed)
            pane.keys("Enter")
            pane.wait_for(then)
        expected = jcta("classify", "--edition", EDITION, "--answers", "-", "--format", "json",
                        input_text=json.dumps({"answers": self.rules.answers(path)})).stdout
        stamp = re.compile(r'("screened_on" : )"\d{4}-\d{2}-\d{2}"')
        self.assertEqual(stamp.sub(r"\1-", pane.file("plain.json").decode()), stamp.sub(r"\1-", expected))

    def test_dumb_terminal_gets_plain_prompts(self):
        pane = Pane(self, {"LANG": "C.UTF-8", "TERM": "dumb"}, width=100, height=50)
        self.plain_walk(pane)
        escaped = pane.escaped()
        self.assertEqual(SGR.findall(escaped), [], "attributes on a dumb terminal")
        self.assertNotIn(" jcta  " + TITLE, pane.screen(), "the full-screen header on a dumb terminal")
        # Quitting with an unsaved result asks first.
        pane.type("q")
        pane.keys("Enter")
        pane.wait_for("終了しますか")
        pane.type("y")
        pane.keys("Enter")
        pane.wait_for("EXIT=0")
        self.assertEqual(pane.file("stderr.txt"), b"", "dumb is expected, not an error")

    def test_linux_and_screen_terminals_run_full_screen(self):
        for term in ("linux", "screen"):
            with self.subTest(term=term):
                pane = Pane(self, {"LANG": "C.UTF-8", "TERM": term})
                result = self.full_screen_walk(pane)
                # The key bar takes the last two rows when one is not enough.
                self.assertIn("e 保存", " ".join(pane.rows(result)[-2:]))
                self.assertTrue(colour_codes(pane.escaped()), "%s has colours; none were used" % term)
                pane.keys("q")
                pane.wait_for("終了しますか")
                pane.keys("y")
                pane.wait_for("EXIT=0")
                self.assertEqual(pane.file("stderr.txt"), b"")

    def test_no_color(self):
        coloured = Pane(self, {"LANG": "C.UTF-8", "TERM": "screen"})
        coloured.wait_for(WELCOME)
        self.assertTrue(colour_codes(coloured.escaped()), "without NO_COLOR the header is coloured")
        for value in ("1", "yes"):
            with self.subTest(NO_COLOR=value):
                pane = Pane(self, {"LANG": "C.UTF-8", "TERM": "screen", "NO_COLOR": value})
                pane.wait_for(WELCOME)
                for screen in ("welcome", "result"):
                    if screen == "result":
                        self.full_screen_walk_from_welcome(pane)
                    escaped = pane.escaped()
                    self.assertEqual(colour_codes(escaped), [], "colour under NO_COLOR on the %s screen" % screen)
                    attributes = {part for match in SGR.finditer(escaped) for part in match.group(1).split(";")}
                    self.assertIn("7", attributes, "no reverse video under NO_COLOR (%s)" % screen)
                    self.assertIn("1", attributes, "no bold under NO_COLOR (%s)" % screen)

    def full_screen_walk_from_welcome(self, pane):
        pane.keys("Enter")
        for node, number in self.rules.first_path():
            pane.wait_for(self.rules.question(node))
            pane.keys(str(number))
        pane.wait_until(lambda s: "e 保存" in " ".join(pane.rows(s)[-2:]), "the result")

    def test_too_small_says_the_size_needed_and_recovers(self):
        pane = Pane(self, {"LANG": "C.UTF-8", "TERM": "screen"}, width=40, height=12)
        screen = pane.wait_for("60x16 以上に広げてください")
        self.assertIn("40x12", squeeze(screen))
        self.assertNotIn(WELCOME, screen)
        pane.resize(80, 24)
        screen = pane.wait_for(WELCOME)
        self.assertNotIn("広げてください", screen)
        self.assertTrue(screen.startswith(" jcta  " + TITLE))
        # And in a question, in English: the notice follows the language and the answers stay.
        pane.keys("L")
        pane.wait_for("Start screening")
        pane.keys("Enter", "1")
        pane.wait_for("Q2")
        pane.resize(40, 12)
        pane.wait_for("at least 60x16")
        pane.wait_for("40x12")
        pane.resize(80, 24)
        pane.wait_for("Q2")

    def test_huge_window_uses_the_room(self):
        pane = Pane(self, {"LANG": "C.UTF-8", "TERM": "screen"}, width=300, height=100)
        screen = pane.wait_for(WELCOME)
        rows = pane.rows(screen)
        self.assertTrue(rows[0].startswith(" jcta"))
        self.assertGreaterEqual(display_width(rows[0].rstrip()), 290, "header not across 300 columns")
        self.assertTrue(rows[99].startswith(" Enter 開始"), "key bar not on the bottom row: %r" % rows[99])
        intro = "研究の計画について質問に答えると、その研究が臨床研究法の対象か（特定臨床研究・臨床研究・法の対象外）の目安と"
        line = next((row for row in rows if intro in row), None)
        self.assertIsNotNone(line, "the introduction is wrapped as at 80 columns:\n" + screen)
        self.assertGreater(display_width(line), 100)
        pane.keys("Enter")
        question = self.rules.question(self.rules.root)
        screen = pane.wait_for(question)
        rows = pane.rows(screen)
        self.assertTrue(any(question in row for row in rows), "the question is wrapped at 300 columns")
        self.assertTrue(rows[99].startswith(" 1-6 回答"), "key bar not on the bottom row: %r" % rows[99])
        self.assertIn("L English", rows[99])


if __name__ == "__main__":
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
        BIN_ARGUMENT = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
