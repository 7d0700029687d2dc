#!/usr/bin/env python3
"""End-to-end: what a clinician reads and the keys that save it, in tmux, at 80x24 unless said:
- in an empty folder, `jcta`, Enter, answers by digits, `e`, `2`, Enter leaves a JSON file of the right class;
  doing it again within the minute leaves a second file (default names never collide);
- no snake_case id on any screen of a walk to each class, in Japanese and English, at 80x24 and 120x40;
- the English case panel shows our rendering, marked as such, and `o` shows the casebook's original;
- Esc at the overwrite question cancels and leaves the file as it was; a status message goes with its screen;
- the answers so far are labelled, the digit hint shows the real range, and at 60x16 the highlighted choice
  stays on screen down to the last one.

The binary comes from $JCTA_BIN, else the first argument, else .build/debug/jcta. Runs on its own:
python3 Tests/EndToEnd/test_reader.py [path/to/jcta]
"""
import glob
import json
import os
import re
import subprocess
import sys
import unittest

from tmuxpane import TmuxPane, questionnaire_listing, squeeze

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN_ARGUMENT = None
EDITION = "2025"
IDENTIFIER = re.compile(r"\b[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]*[A-Za-z0-9]\b")


def binary():
    return BIN_ARGUMENT or os.environ.get("JCTA_BIN") or os.path.join(ROOT, ".build", "debug", "jcta")


def jcta(*args, input_text=None):
    return subprocess.run([binary(), *args], input=input_text, capture_output=True, text=True, timeout=60,
                          env=dict(os.environ, LANG="C.UTF-8"))


class Rules:
    """The 2025 questions and one path (node, digit) per class, found through `jcta classify`."""

    def __init__(self):
        self.root, self.nodes = questionnaire_listing(jcta, EDITION)
        self.paths = {}
        queue = [(self.root, [])]
        while queue and len(self.paths) < 4:
            node_id, path = queue.pop(0)
            for number, choice in enumerate(self.nodes[node_id]["choices"], start=1):
                step = path + [(node_id, number)]
                if "next" in choice:
                    if not choice.get("unsure"):
                        queue.append((choice["next"], step))
                    continue
                # Each path is classified on its own: one outcome can be specified or clinical depending on
                # the answers before it (the grounds of specified research, such as maker funding).
                self.paths.setdefault(self.classify(step)["classification"], step)

    def answers(self, path):
        return {node: self.nodes[node]["choices"][number - 1]["id"] for node, number in path}

    def classify(self, path):
        done = jcta("classify", "--edition", EDITION, "--answers", "-", "--format", "json",
                    input_text=json.dumps({"answers": self.answers(path)}))
        if done.returncode != 0:
            raise RuntimeError(done.stderr)
        return json.loads(done.stdout)

    def question(self, node_id, lang="ja"):
        return self.nodes[node_id]["question"][lang]


class Pane(TmuxPane):
    """`jcta` as a person starts it (no options), in a new empty folder."""

    def __init__(self, test, width=80, height=24):
        super().__init__(test, "jcta-reader", width, height,
                         "env LANG=C.UTF-8 '%s'; echo EXIT=$?; sleep 600" % binary())

    def settled(self):
        """The screen once two captures 0.2 s apart agree."""
        import time
        previous = self.screen()
        while True:
            time.sleep(0.2)
            now = self.screen()
            if now == previous:
                return now
            previous = now

    def json_files(self):
        return sorted(os.path.basename(p) for p in glob.glob(os.path.join(self.directory, "jcta-*.json")))


class ReaderEndToEnd(unittest.TestCase):
    rules = None

    @classmethod
    def setUpClass(cls):
        cls.rules = Rules()

    def start(self, width=80, height=24, lang="ja"):
        pane = Pane(self, width, height)
        pane.wait_for("スクリーニングを始める")
        if lang == "en":
            pane.keys("L")
            pane.wait_for("Start screening")
        return pane

    def walk(self, pane, path, lang="ja", check=None):
        pane.keys("Enter")
        for node, number in path:
            screen = pane.wait_for(self.rules.question(node, lang))
            if check:
                check(screen)
            pane.keys(str(number))

    def assert_no_ids(self, screen, where):
        found = IDENTIFIER.findall(screen)
        self.assertEqual(found, [], "%s shows ids %r:\n%s" % (where, found, screen))

    def test_1_save_json_twice_within_a_minute_in_an_empty_folder(self):
        pane = self.start()
        self.assertEqual(os.listdir(pane.directory), [])
        path = self.rules.paths["clinical"]
        expected = self.rules.classify(path)
        self.walk(pane, path)
        pane.wait_for(expected["headline"]["ja"])
        saved = []
        for attempt in (1, 2):
            pane.keys("e")
            screen = pane.wait_for("形式を選んでください")
            self.assertNotIn("jcta classify", screen)
            pane.keys("2")
            pane.wait_for("保存先のファイル名")
            pane.keys("Enter")
            pattern = re.compile(r"保存しました: (jcta-\d{8}-\d{6}(-\d+)?\.json)")
            screen = pane.wait_until(lambda s: pattern.search(s) and len(pane.json_files()) == attempt,
                                     "saved file %d" % attempt)
            saved.append(pattern.search(screen).group(1))
            self.assertEqual(len(pane.json_files()), attempt, pane.json_files())
        self.assertNotEqual(saved[0], saved[1])
        for name in saved:
            document = json.loads(pane.file(name))
            self.assertEqual(document["classification"], "clinical")
            self.assertEqual(document["outcome"], expected["outcome"])

    def test_2_no_ids_on_any_screen_of_a_walk(self):
        for lang in ("ja", "en"):
            for width, height in ((80, 24), (120, 40)):
                for cls, path in sorted(self.rules.paths.items()):
                    with self.subTest(lang=lang, size=(width, height), cls=cls):
                        pane = self.start(width, height, lang)
                        where = "%s %s %dx%d" % (cls, lang, width, height)
                        self.walk(pane, path, lang, check=lambda s: self.assert_no_ids(s, where + " question"))
                        expected = self.rules.classify(path)
                        screen = pane.wait_for(expected["class_label"][lang])
                        self.assertNotIn("(%s)" % expected["reason"], screen)
                        # Every page of the result.
                        for _ in range(12):
                            self.assert_no_ids(screen, where + " result")
                            pane.keys("NPage")
                            after = pane.settled()
                            if after == screen:
                                break
                            screen = after
                        pane.close()

    def test_3_english_case_is_our_rendering_with_the_original_one_key_away(self):
        pane = self.start(lang="en")
        pane.keys("Enter")
        pane.wait_for(self.rules.question(self.rules.root, "en"))
        pane.keys("c")
        pane.wait_for("Casebook entries")
        pane.keys("1")
        screen = pane.wait_for("Our English rendering, not an official translation")
        self.assertNotIn("臨床研究", screen.split("Questions citing it")[0].split("Case:")[-1])
        self.assertIn("Questions citing it: Q1", screen)
        pane.keys("o")
        pane.wait_for("Case (casebook original):")
        pane.wait_for("治験")
        pane.keys("o")
        pane.wait_for("Our English rendering")

    def test_4_escape_at_the_overwrite_question_cancels(self):
        pane = self.start()
        path = self.rules.paths["specified"]
        self.walk(pane, path)
        pane.wait_for(self.rules.classify(path)["headline"]["ja"])
        for attempt in (1, 2):
            pane.keys("e", "1")
            pane.wait_for("> 研究課題名")
            pane.keys("Tab")
            pane.wait_for("> 保存先のファイル名")
            pane.keys(*(["BSpace"] * 40))
            pane.type("study.md")
            pane.wait_for("study.md")
            pane.keys("Enter")
            if attempt == 1:
                pane.wait_for("保存しました: study.md")
        before = pane.file("study.md")
        screen = pane.wait_for("study.md は既にあります。上書きしますか？")
        self.assertIn("Esc: 保存をやめる", screen)
        self.assertNotIn("しません", screen)
        pane.keys("Escape")
        pane.wait_until(lambda s: "既にあります" not in s and "結果を保存" not in s, "the export to close")
        self.assertEqual(pane.file("study.md"), before)

    def test_5_a_status_message_goes_with_its_screen(self):
        pane = self.start()
        path = self.rules.paths["out_of_scope"]
        self.walk(pane, path)
        pane.wait_for(self.rules.classify(path)["headline"]["ja"])
        pane.keys("e", "3", "Enter")
        pane.wait_for("保存しました")
        pane.keys("c")
        pane.wait_for("事例集の事例")
        self.assertNotIn("保存しました", pane.screen())
        pane.keys("Escape")
        pane.wait_until(lambda s: "事例集の事例" not in s, "the case list to close")
        self.assertNotIn("保存しました", pane.screen())

    def test_6_labelled_answers_real_digit_range_and_the_highlight_at_60x16(self):
        pane = self.start()
        pane.keys("Enter")
        screen = pane.wait_for(self.rules.question(self.rules.root))
        choices = len(self.rules.nodes[self.rules.root]["choices"])
        self.assertIn("1-%d 回答" % choices, screen)
        self.assertNotIn("1-9", screen)
        first = self.rules.paths["specified"][0]
        pane.keys(str(first[1]))
        pane.wait_for("これまでの回答: " + self.rules.nodes[first[0]]["choices"][first[1] - 1]["label"]["ja"])
        pane.keys("b")
        pane.wait_for(self.rules.question(self.rules.root))
        pane.resize(60, 16)
        last = self.rules.nodes[self.rules.root]["choices"][-1]["label"]["ja"]
        pane.keys("End")
        pane.wait_for("%d. %s" % (choices, last))
        pane.keys("Home")
        pane.wait_for("1. " + self.rules.nodes[self.rules.root]["choices"][0]["label"]["ja"])


if __name__ == "__main__":
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
        BIN_ARGUMENT = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
