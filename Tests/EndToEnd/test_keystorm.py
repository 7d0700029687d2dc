#!/usr/bin/env python3
"""End-to-end key storms: seeded random keys — letters, digits, arrows and function keys, Esc
sequences, Enter/Backspace, Japanese and other non-ASCII text (send-keys -l), Ctrl keys — in bursts, with the
window resized to tiny and huge sizes between the bursts, starting once in every screen (welcome, question,
case list, help, result, export panel).

After every burst: jcta is still running (tmux pane_dead is 0), the tiny sizes show the "please enlarge"
notice or at least something, the huge size draws the header on the top row and the key bar on the bottom
row, and back at 80x24 the header and the key bar are there. Where the settled screen is a question with
unsaved answers, `q` must ask first and `n` must keep everything. At the end the app is driven to a result
from wherever the storm left it (panels closed, Japanese, then choice 1 until a result), the result is saved
as JSON through the export panel, and:
- the file is byte for byte `jcta classify --format json` for the answers in it (only `screened_on` may
  differ, should the date change during the run), with the title typed at the end;
- those answers are a valid walk of the questionnaire (`jcta questions`): from the root, every choice exists,
  each leads to the next question answered, the last to the outcome the file names;
- the result screen shows that headline, class and every step of that path.

Not sent in storms, because they end or stop jcta by design: `q` (asked separately, see above), Ctrl-C
(SIGINT), Ctrl-\\ (SIGQUIT) and Ctrl-Z (SIGTSTP); the last test checks that Ctrl-C and Ctrl-\\ typed at the
terminal end jcta with 130 / 131 and the terminal settings as before. Ctrl-S (XOFF) is sent; every burst
ends with Ctrl-Q (XON), as a person would press it, since output flow control belongs to the terminal.

Seeds: JCTA_STORM_SEED (default below) plus the screen's number; a failure names its seed and keys.
Bounded: 6 storms x 5 bursts x 80 actions (about 3,300 key presses and characters), plus the checks; about a
minute in all (a storm that opened a training round finishes it at the end, which takes longer). The keys are
fixed by the seed; what they do can vary with timing (an Esc followed within 25 ms by a key reads as Alt+key,
keys typed while the window is too small are dropped, training scenarios come in a random order).

The binary comes from $JCTA_BIN, else the first argument, else .build/debug/jcta. Runs on its own:
python3 Tests/EndToEnd/test_keystorm.py [path/to/jcta]
"""
import json
import os
import random
import re
import subprocess
import sys
import time
import unittest

from tmuxpane import WAIT_SECONDS, TmuxPane, display_width, questionnaire_listing, squeeze

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN_ARGUMENT = None
EDITION = "2025"
SEED = int(os.environ.get("JCTA_STORM_SEED", "20250531"))
BURSTS = 5
KEYS_PER_BURST = 80
FINAL_NAME = "storm-final.json"
FINAL_TITLE = "嵐のあとの試験"

# Between bursts: tiny, at and around the 60x16 minimum, and huge.
BETWEEN_SIZES = [(10, 5), (40, 12), (59, 16), (60, 15), (60, 16), (61, 17), (300, 100), (120, 40)]

LETTERS = "abcdefghijklmnoprstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"  # no q: see the module doc
PUNCTUATION = " ?.,:-_!@#$%^&*()[]{}<>=+~`|'\"\\"  # no '/' (keeps storm exports in the test's folder), no ';'
NAMED_KEYS = ["Up", "Down", "Left", "Right", "Home", "End", "PPage", "NPage", "IC", "DC", "BTab", "Tab",
              "Enter", "BSpace", "Escape", "Space", "F1", "F2", "F5", "F10", "F12", "M-j", "M-k", "M-Enter"]
ESCAPE_SEQUENCES = ["\x1b[A", "\x1b[B", "\x1bOA", "\x1bOB", "\x1b[5~", "\x1b[6~", "\x1b[", "\x1bO", "\x1b[1;5C",
                    "\x1b[99~", "\x1b[200~x\x1b[201~", "\x1b[M", "\x1bj", "\x1bL", "\x1b\x1b", "\x1b[?1049l"]
JAPANESE = ["臨床研究", "あ", "は", "い", "。", "（", "）", "ｱ", "ｶﾞ", "が", "か\u3099", "１", "２", "漢字テスト",
            "\u3000", "𠮷", "🙂", "é", "e\u0301", "\u200b", "Ω", "ー", "・", "「特定」"]
# What a person might type on purpose, dropped into the storm now and then: exports (into the test's
# folder; the same default name twice gets the overwrite question), restart, cases, help.
MACROS = [[("keys", ["e", "2", "Enter", "Enter"])], [("keys", ["e", "1"]), ("text", "課題"), ("keys", ["Enter"]),
          ("text", "x"), ("keys", ["Enter"])], [("keys", ["e", "3", "Enter", "Enter", "y"])],
          [("keys", ["r", "y"])], [("keys", ["r", "n"])], [("keys", ["c", "Enter"])], [("keys", ["?", "NPage"])]]
CONTROL_KEYS = ["C-%s" % c for c in "abdefghijklmnoprtuvwxy"] + ["C-s", "C-Space", "C-]", "C-^", "C-_"]


def binary():
    return BIN_ARGUMENT or os.environ.get("JCTA_BIN") or os.path.join(ROOT, ".build", "debug", "jcta")


def jcta(*args, input_text=None):
    return subprocess.run([binary(), *args], input=input_text, capture_output=True, text=True, timeout=60,
                          env=dict(os.environ, LANG="C.UTF-8"))


class Rules:
    """The questionnaire as `jcta questions` lists it."""

    def __init__(self):
        self.root, self.nodes = questionnaire_listing(jcta, EDITION)

    def question(self, node_id):
        return self.nodes[node_id]["question"]["ja"]

    def first_path(self, node_id=None):
        """Choice 1 at every question from `node_id` (the root) to an outcome: [(node, number)]."""
        node_id = node_id or self.root
        path = []
        while True:
            path.append((node_id, 1))
            choice = self.nodes[node_id]["choices"][0]
            if "next" not in choice:
                return path
            node_id = choice["next"]


class Pane(TmuxPane):
    """jcta in a fresh tmux server (unique -L socket, no config). By default jcta is the pane's own process
    and the pane stays after it exits (remain-on-exit), so pane_dead says whether it is running. With
    `shell`, a shell around it records `stty -g` before and after and prints EXIT=<status>."""

    def __init__(self, test, width=80, height=24, shell=False):
        command = ["env", "LANG=C.UTF-8", binary(), "--edition", EDITION]
        if shell:
            # The shell catches (not ignores) what the terminal sends to the whole process group, so it
            # lives on to report; jcta starts with the default actions, as from any shell.
            script = ("trap : INT QUIT; stty -g > stty.before; %s 2> stderr.txt; echo EXIT=$?; stty -g > stty.after; sleep 600"
                      % " ".join("'%s'" % part for part in command))
            command = ["sh", "-c", script]
        super().__init__(test, "jcta-storm", width, height, "--", *command,
                         before=("set-option", "-g", "remain-on-exit", "on", ";"))

    def dead(self):
        """None while jcta runs, else its exit status."""
        dead, status = self.tmux("display-message", "-p", "-t", "0", "#{pane_dead}:#{pane_dead_status}").strip().split(":")
        return None if dead == "0" else int(status or -1)

    def wait_change(self, before, what, seconds=WAIT_SECONDS):
        return self.wait_until(lambda screen: screen != before, what, seconds)

    def wait_stable(self, seconds=WAIT_SECONDS):
        """The screen once it stays the same for 0.3 s (every key sent before has been drawn)."""
        deadline = time.monotonic() + seconds
        last = self.screen()
        since = time.monotonic()
        while time.monotonic() < deadline:
            time.sleep(0.05)
            now = self.screen()
            if now != last:
                last, since = now, time.monotonic()
            elif time.monotonic() - since >= 0.3:
                return now
        raise AssertionError("the screen never settled; it shows:\n%s" % last)


def lines(screen):
    return screen.split("\n")


def header_ok(screen):
    first = lines(screen)[0]
    return first.startswith(" jcta") and ("版 %s" % EDITION in first or "Edition %s" % EDITION in first)


def key_bar(screen, height):
    """The key bar: the bottom row, and the row above it, which the bar also takes when one row is not enough."""
    rows = lines(screen)
    return rows[height - 2] + "  " + rows[height - 1] if len(rows) >= height else ""


def answering(bar):
    """Whether the key bar is a question's: digits answer (「1-6 回答」, the real range)."""
    return re.search(r"\b1(-[2-9])? 回答", bar) is not None


def screen_kind(screen):
    """What the settled 80x24 screen is, from its key bar (for the summary line)."""
    bar = key_bar(screen, 24)
    for words, kind in (("いいえ", "confirm"), ("n Esc no", "confirm"), ("上書き", "overwrite"),
                        ("replace", "overwrite"), ("Backspace", "prompt"), ("1-3 形式", "export"), ("1-2 形式", "export"), ("回答", "question"), ("answer", "question"),
                        ("e 保存", "result"), ("e save", "result"), ("Enter 開始", "welcome"),
                        ("Enter start", "welcome"), ("Enter 開く", "case list"), ("Enter open", "case list"),
                        ("Esc 戻る", "case"), ("Esc back", "case"), ("Esc 閉じる", "help"), ("Esc close", "help"),
                        ("1-4", "training"), ("1/2", "training"), ("採点", "training"), ("score", "training"),
                        ("次の設問", "training"), ("next", "training"), ("最初の画面へ", "training"),
                        ("to the start", "training")):
        if words in bar:
            return kind
    return "?"


def full_frame(height):
    """A complete frame at this height: the header on the top row, the key bar on the bottom row."""
    return lambda screen: header_ok(screen) and key_bar(screen, height).strip() != ""


class KeyStorm(unittest.TestCase):
    rules = None

    @classmethod
    def setUpClass(cls):
        cls.rules = Rules()

    # Getting to each starting screen.

    def start(self):
        pane = Pane(self)
        pane.wait_for("スクリーニングを始める")
        return pane

    def answer(self, pane, path):
        for node, number in path:
            pane.wait_for(self.rules.question(node))
            pane.keys(str(number))

    def to_result(self, pane):
        pane.keys("Enter")
        path = self.rules.first_path()
        self.answer(pane, path)
        pane.wait_until(lambda s: "e 保存" in key_bar(s, 24), "the result screen")

    def start_in(self, screen):
        pane = self.start()
        if screen == "welcome":
            return pane
        if screen == "result":
            self.to_result(pane)
            return pane
        if screen == "export":
            self.to_result(pane)
            pane.keys("e")
            pane.wait_for("形式を選んでください")
            return pane
        pane.keys("Enter")
        self.answer(pane, self.rules.first_path()[:1])
        pane.wait_for("問2 ")
        if screen == "cases":
            pane.keys("c")
            pane.wait_for("事例集の事例")
        elif screen == "help":
            pane.keys("?")
            pane.wait_for("ヘルプ・用語")
        return pane

    # The storm.

    @staticmethod
    def burst(rng):
        """One burst as a list of (kind, value): ("keys", [names]), ("text", literal), ("resize", (w, h))."""
        actions = []
        for _ in range(KEYS_PER_BURST):
            roll = rng.random()
            if roll < 0.22:
                actions.append(("text", rng.choice(LETTERS)))
            elif roll < 0.36:
                actions.append(("keys", [str(rng.randint(0, 9))]))
            elif roll < 0.58:
                actions.append(("keys", [rng.choice(NAMED_KEYS)]))
            elif roll < 0.66:
                actions.append(("text", rng.choice(ESCAPE_SEQUENCES)))
            elif roll < 0.76:
                actions.append(("text", rng.choice(JAPANESE)))
            elif roll < 0.86:
                actions.append(("keys", [rng.choice(CONTROL_KEYS)]))
            elif roll < 0.95:
                actions.append(("text", rng.choice(PUNCTUATION)))
            elif roll < 0.96:
                actions.append(("keys", [rng.choice(["Enter", "BSpace", "Escape"])]))
            elif roll < 0.98:
                actions += rng.choice(MACROS)
            else:
                actions.append(("resize", rng.choice(BETWEEN_SIZES)))
        actions.append(("keys", ["C-q"]))  # XON, in case a C-s stopped the output
        return actions

    @staticmethod
    def send(pane, actions):
        """Sends a burst, grouping adjacent named keys into one send-keys call; returns how many keys."""
        count = sum(len(value) for kind, value in actions if kind in ("keys", "text"))
        pending = []
        for kind, value in actions + [("flush", None)]:
            if kind == "keys":
                pending += value
                if len(pending) < 16:
                    continue
            if pending:
                pane.keys(*pending)
                pending = []
            if kind == "text":
                pane.type(value)
            elif kind == "resize":
                pane.resize(*value)
        return count

    def assertAlive(self, pane, context):
        status = pane.dead()
        if status is not None:
            self.fail("jcta ended with status %s during %s; the screen shows:\n%s" % (status, context, pane.screen()))

    def check_size(self, pane, width, height, context):
        pane.resize(width, height)
        if width >= 60 and height >= 16:
            pane.wait_until(full_frame(height), "header and key bar at %dx%d after %s" % (width, height, context))
            if width == 300:
                screen = pane.screen()
                self.assertTrue(any(display_width(line) > 100 for line in lines(screen)[1:height - 1]),
                                "nothing drawn past column 100 at 300x100 after %s:\n%s" % (context, screen))
        elif width >= 40:
            pane.wait_for("60x16", seconds=WAIT_SECONDS)
        else:
            pane.wait_until(lambda s: s.strip() != "", "something drawn at %dx%d" % (width, height))
        self.assertAlive(pane, "%s at %dx%d" % (context, width, height))

    def quit_asks_first(self, pane, screen):
        """On a question with unsaved answers: q asks, n keeps the question and the answers."""
        # A question's fixed number: any but the first has answers before it.
        match = re.search(r"問(\d+) ", lines(screen)[1] if len(lines(screen)) > 1 else "")
        bar = key_bar(screen, 24)
        # Not in a training walk (its bar has Esc): there q is the round's business.
        if not match or int(match.group(1)) < 2 or not answering(bar) or "Esc" in bar:
            return False
        pane.keys("q")
        pane.wait_for("終了しますか")
        pane.keys("n")
        after = pane.wait_until(lambda s: "終了しますか" not in s, "the quit question to close")
        self.assertIn("問%s " % match.group(1), after)
        self.assertAlive(pane, "q then n")
        return True

    def storm(self, screen, seed):
        pane = self.start_in(screen)
        rng = random.Random(seed)
        probes = 0
        kinds = []
        sent = 0
        for number in range(BURSTS):
            actions = self.burst(rng)
            context = "storm seed %d (%s) burst %d: %r" % (seed, screen, number + 1,
                                                           [value for kind, value in actions][-40:])
            sent += self.send(pane, actions)
            self.assertAlive(pane, context)
            width, height = rng.choice(BETWEEN_SIZES[:2] + BETWEEN_SIZES[6:7] + [rng.choice(BETWEEN_SIZES)])
            self.check_size(pane, width, height, context)
            self.check_size(pane, 80, 24, context)
            settled = pane.wait_stable()
            self.assertTrue(full_frame(24)(settled), "%s: no header or key bar:\n%s" % (context, settled))
            kinds.append(screen_kind(settled))
            if self.quit_asks_first(pane, settled):
                probes += 1
        saved = [name for name in os.listdir(pane.directory)]
        document = self.final_export(pane, "storm seed %d (%s)" % (seed, screen))
        print("\n  seed %d from %s: %d keys; settled on %s; q asked %d times; %d files saved by the storm; "
              "final %s after %d answers" % (seed, screen, sent, ", ".join(kinds), probes,
                                             len(saved), document["classification"], len(document["path"])),
              file=sys.stderr)

    # From wherever the storm left it to a saved JSON export, and what that export must be.

    def close_everything(self, pane, context):
        """Closes panels (n for a confirmation, Esc otherwise) and switches to Japanese."""
        for _ in range(12):
            screen = pane.wait_stable()
            bar = key_bar(screen, 24)
            if "いいえ" in bar or "n Esc no" in bar:
                pane.keys("n")
            elif "Esc" in bar:
                pane.keys("Escape")
            elif lines(screen)[0].rstrip().endswith("English"):
                pane.keys("L")
            else:
                return screen
            pane.wait_change(screen, "a change after closing or switching (%s)" % context)
        self.fail("%s: could not close the panels:\n%s" % (context, pane.screen()))

    def drive_to_result(self, pane, context):
        """Choice 1 from the welcome screen or a question until the result. A training round the storm started
        (3 on the welcome screen) is finished first: class 1, straight to the answer, next, back to the start."""
        for _ in range(120):
            screen = self.close_everything(pane, context)
            bar = key_bar(screen, 24)
            if "e 保存" in bar:
                return screen
            if "Enter 開始" in bar or answering(bar) or "1-4 分類" in bar:
                key = "1"
            elif "1/2 たどる" in bar:
                key = "2"
            elif "Enter 次の設問" in bar or "Enter 採点へ" in bar or "Enter 最初の画面へ" in bar:
                key = "Enter"
            else:
                self.fail("%s: an unknown screen:\n%s" % (context, screen))
            pane.keys(key)
            pane.wait_change(screen, "a change after %s (%s)" % (key, context))
        self.fail("%s: no result after 120 steps:\n%s" % (context, pane.screen()))

    def clear_field(self, pane, label, context):
        """Backspaces the one-line field under `label` in the export panel until it is empty."""
        def field(screen):
            rows = lines(screen)
            for index, row in enumerate(rows):
                if squeeze(label) in squeeze(row):
                    offset = 1
                    return rows[index + offset].strip(" │|")
            return None
        for _ in range(60):
            screen = pane.wait_stable()
            text = field(screen)
            self.assertIsNotNone(text, "%s: no field under %r:\n%s" % (context, label, screen))
            if text == "":
                # Blanks and zero-width characters look empty: a few more are harmless on an empty field.
                pane.keys(*(["BSpace"] * 100))
                return
            pane.keys(*(["BSpace"] * 40))
            pane.wait_change(screen, "the field to shrink (%s)" % context)
        self.fail("%s: the field under %r never emptied" % (context, label))

    def final_export(self, pane, context):
        self.drive_to_result(pane, context)
        pane.keys("e")
        pane.wait_for("形式を選んでください")
        pane.keys("2")
        pane.wait_for("研究課題名")
        # One form: the title first (it has the keys), Tab to the file name, Enter saves.
        self.clear_field(pane, "研究課題名（任意。ファイルに載ります）", context)
        pane.type(FINAL_TITLE)
        pane.wait_for(FINAL_TITLE)
        pane.keys("Tab")
        pane.wait_for("> 保存先のファイル名")
        self.clear_field(pane, "保存先のファイル名（作業フォルダからの相対パス）", context)
        pane.type(FINAL_NAME)
        pane.wait_for(FINAL_NAME)
        pane.keys("Enter")
        pane.wait_for("保存しました: " + FINAL_NAME)
        self.assertAlive(pane, context + ", export")
        exported = pane.file(FINAL_NAME).decode("utf-8")
        document = json.loads(exported)

        # The answers in the file are a walk of the questionnaire.
        path = document["path"]
        self.assertTrue(path, context + ": an empty path")
        self.assertEqual(path[0]["node"], self.rules.root, context)
        seen = set()
        for index, step in enumerate(path):
            node = self.rules.nodes.get(step["node"])
            self.assertIsNotNone(node, "%s: unknown question %r" % (context, step["node"]))
            self.assertNotIn(step["node"], seen, "%s: %r answered twice" % (context, step["node"]))
            seen.add(step["node"])
            choice = next((c for c in node["choices"] if c["id"] == step["choice"]), None)
            self.assertIsNotNone(choice, "%s: %r is no choice of %r" % (context, step["choice"], step["node"]))
            self.assertEqual(step["answer"]["ja"], choice["label"]["ja"], context)
            self.assertEqual(bool(step.get("unsure")), bool(choice.get("unsure")), context)
            if index + 1 < len(path):
                self.assertEqual(choice.get("next"), path[index + 1]["node"], "%s: step %d" % (context, index + 1))
            else:
                self.assertIn("outcome", choice, "%s: the last step ends nowhere" % context)
                # With a わからない answer the classifier may settle elsewhere (usually consult).
                if not any(s.get("unsure") for s in path):
                    if document["grounds"]:
                        # Grounds of specified research on the path settle the result (`with_grounds`).
                        self.assertIn(document["classification"], ("specified", "consult"), context)
                    else:
                        self.assertEqual(choice["outcome"], document["outcome"], "%s: the last step" % context)

        # The file is what jcta classify writes for those answers and that title.
        answers = {step["node"]: step["choice"] for step in path}
        done = jcta("classify", "--edition", EDITION, "--answers", "-", "--format", "json", "--lang", "ja",
                    "--title", FINAL_TITLE, input_text=json.dumps({"answers": answers}))
        self.assertEqual(done.returncode, 0, done.stderr)
        stamp = re.compile(r'("screened_on" : )"\d{4}-\d{2}-\d{2}"')
        self.assertEqual(stamp.sub(r'\1"…"', exported), stamp.sub(r'\1"…"', done.stdout),
                         "%s: the export differs from jcta classify for %r" % (context, answers))
        self.assertEqual(document["study_title"], FINAL_TITLE, context)

        # The result screen shows that result and every step of that path (300x100 has room for all of it).
        pane.resize(300, 100)
        big = pane.wait_until(lambda s: full_frame(100)(s) and "e 保存" in key_bar(s, 100), "the result at 300x100")
        for expected in (document["class_label"]["ja"], document["headline"]["ja"]):
            self.assertIn(squeeze(expected), squeeze(big), context)
        for step in path:
            # Each step under its question's own number in the edition (問8), as its question screen shows it.
            number = list(self.rules.nodes).index(step["node"]) + 1
            shown = "問%d %s -> %s" % (number, step["question"]["ja"], step["answer"]["ja"])
            self.assertIn(squeeze(shown), squeeze(big), "%s: 問%d not on the result screen" % (context, number))
        pane.resize(80, 24)
        pane.wait_until(full_frame(24), "80x24 again")
        self.assertAlive(pane, context + ", the end")
        return document

    def test_1_storm_from_welcome(self):
        self.storm("welcome", SEED + 1)

    def test_2_storm_from_question(self):
        self.storm("question", SEED + 2)

    def test_3_storm_from_case_list(self):
        self.storm("cases", SEED + 3)

    def test_4_storm_from_help(self):
        self.storm("help", SEED + 4)

    def test_5_storm_from_result(self):
        self.storm("result", SEED + 5)

    def test_6_storm_from_export_panel(self):
        self.storm("export", SEED + 6)

    def test_7_typed_quit_keys_end_cleanly(self):
        """The keys left out of the storms: Ctrl-C and Ctrl-\\ typed at the terminal end jcta (130, 131)
        with the terminal settings as they were, from a question with answers and from a text prompt."""
        for key, status in (("C-c", 130), ("C-\\", 131)):
            for where in ("question", "title prompt"):
                with self.subTest(key=key, where=where):
                    pane = Pane(self, shell=True)
                    pane.wait_for("スクリーニングを始める")
                    if where == "question":
                        pane.keys("Enter")
                        self.answer(pane, self.rules.first_path()[:1])
                        pane.wait_for("問2 ")
                    else:
                        self.to_result(pane)
                        pane.keys("e", "2")
                        pane.wait_for("研究課題名")
                    pane.keys(key)
                    pane.wait_for("EXIT=%d" % status)
                    pane.wait_until(lambda s: os.path.exists(os.path.join(pane.directory, "stty.after"))
                                    and pane.file("stty.after").endswith(b"\n"), "stty.after")
                    self.assertEqual(pane.file("stty.after"), pane.file("stty.before"))
                    self.assertEqual(pane.file("stderr.txt"), b"", "stderr after %s" % key)


if __name__ == "__main__":
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
        BIN_ARGUMENT = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
