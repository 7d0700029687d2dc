#!/usr/bin/env python3
"""End-to-end tests of training in the full screen, in tmux: `jcta train` on a terminal runs the
round full screen; a seeded round has a known score, and its score sheet saved from the screen is the same,
byte for byte, as the line-mode sheet of the same picks. The welcome screen of `jcta` starts a round after
asking the trainee's name, typed in Japanese.

The binary comes from $JCTA_BIN (as run.py sets it), else the first argument, else .build/debug/jcta.
Runs on its own: python3 Tests/EndToEnd/test_training_tui.py [path/to/jcta]
"""
import json
import os
import re
import signal
import subprocess
import sys
import unittest

import run
from test_kiosk import CommandPane

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN_ARGUMENT = None
# List 2 (clinical research): two exercises of the casebook's clinical list, in the order seed 7 gives.
ROUND = ["train", "--edition", "2025", "--lang", "en", "--filter", "2", "--count", "2", "--seed", "7", "--trainee", "Sato"]


def printed(pane):
    """What the pane shows and scrolled away, with lines the terminal wrapped joined again."""
    return pane.tmux("capture-pane", "-p", "-J", "-t", "0", "-S", "-")


def binary():
    return BIN_ARGUMENT or os.environ.get("JCTA_BIN") or os.path.join(ROOT, ".build", "debug", "jcta")


def setUpModule():
    run.JCTA = os.path.abspath(binary())


class TrainingFullScreen(unittest.TestCase):
    def start(self, *args):
        command = " ".join("'%s'" % part for part in [run.JCTA, *args])
        return CommandPane(self, command)

    def test_a_seeded_round_scores_as_expected_and_saves_the_same_sheet_as_line_mode(self):
        pane = self.start(*ROUND)
        pane.wait_for("[1/2] Exercise")
        pane.wait_for("Trainee: Sato")
        # Pick 1 (specified): wrong; skip the walk.
        pane.keys("1")
        pane.wait_for("Walk the decision tree before the answer?")
        pane.keys("2")
        pane.wait_for("Not correct")
        pane.wait_for("These facts of the exercise make it Clinical, not Specified:")
        self.assertNotIn("case_2_", pane.screen(), "exercises are named by title, not id")
        pane.wait_for("The class: Clinical")
        pane.keys("Enter")
        pane.wait_for("[2/2] Exercise")
        # Pick 2 (clinical): right; walk the tree, then stop walking with Esc.
        pane.keys("2")
        pane.wait_for("Walk the decision tree before the answer?")
        pane.keys("1")
        pane.wait_for("Q1")
        # The exercise's text is one key away during the walk.
        pane.keys("t")
        pane.wait_for("The exercise [2/2]")
        pane.keys("Escape")
        pane.wait_for("Q1")
        pane.keys("Escape")
        pane.wait_for("Correct")
        pane.keys("Enter")
        pane.wait_for("Score: 1/2 (50%)")
        pane.wait_for("Medical acts")
        pane.keys("e")
        pane.wait_for("Save the score sheet")
        pane.keys("2")
        pane.wait_for("Format: JSON (.json)")
        pane.wait_for("File name (relative to the working folder)")
        pane.keys("Enter")
        # The one name scheme of every saved sheet: trainee, seed, date and time to the second.
        name = pane.wait_for_pattern(r"Saved: (score-Sato-seed7-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}\.json)").group(1)
        sheet = pane.file(name)
        line_mode = os.path.join(pane.directory, "line-mode.json")
        done = subprocess.run([run.JCTA, *ROUND, "--plain", "--sheet", line_mode], input="1\n2\n2\n2\n",
                              capture_output=True, text=True, env=dict(os.environ, LANG="C.UTF-8"))
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertIn("Score: 1/2 (50%)", done.stdout)
        # The same sheet but for the time it was made.
        with open(line_mode, "rb") as handle:
            screen_sheet, line_sheet = json.loads(sheet), json.load(handle)
        for made in (screen_sheet, line_sheet):
            made.pop("time")
        self.assertEqual(screen_sheet, line_sheet)
        # Saved, so q quits at once with status 0 and the terminal as it was.
        pane.keys("q")
        pane.wait_for("EXIT=0")
        self.assertEqual(pane.wait_for_file("stty.after"), pane.file("stty.before"))

    def test_the_welcome_screen_asks_the_trainee_in_japanese_and_starts_a_round(self):
        pane = self.start("--edition", "2025")
        pane.wait_for("3  研修")
        pane.keys("3")
        pane.wait_for("受講者名を入力してください")
        pane.type("佐藤 花子")
        pane.wait_for("佐藤 花子")
        pane.keys("Enter")
        pane.wait_for("[1/10] 設問")
        pane.wait_for("受講者: 佐藤 花子")
        pane.wait_for("この研究の分類は？")
        # Quitting mid-round asks first and keeps the answers so far, as `jcta train` does.
        pane.keys("1", "2")
        pane.wait_for("Enter 次の設問")
        pane.keys("q")
        pane.wait_for("研修を途中で終了しますか")
        pane.wait_for("ここまでの回答は未完了の採点")
        pane.keys("y")
        pane.wait_for("EXIT=0")
        kept = [name for name in os.listdir(pane.directory) if re.fullmatch(r"score-佐藤_花子-seed[0-9]+-[0-9-]+\.md", name)]
        self.assertEqual(len(kept), 1, os.listdir(pane.directory))
        joined = printed(pane)
        self.assertIn("採点表を書き出しました（未完了）: %s" % kept[0], joined)
        text = pane.file(kept[0]).decode("utf-8")
        self.assertIn("受講者: 佐藤 花子", text)
        self.assertIn("未完了: 途中で終了し、9問に進んでいません", text)

    def test_quitting_mid_round_asks_and_keeps_an_incomplete_sheet(self):
        pane = self.start(*ROUND)
        pane.wait_for("[1/2] Exercise")
        pane.keys("2", "2")
        pane.wait_for("Enter next")
        pane.keys("q")
        name = pane.wait_for_pattern(r"kept in (score-Sato-seed7-[0-9-]+\.md)").group(1)
        pane.keys("y")
        pane.wait_for("EXIT=0")
        self.assertIn("Score sheet written (incomplete): %s" % name, printed(pane))
        text = pane.file(name).decode("utf-8")
        self.assertIn("Incomplete: the round was quit with 1 exercise not reached", text)
        self.assertIn("**Score: 1/1 (100%)**", text)

    def test_a_pick_not_yet_checked_is_kept_on_quit_and_the_name_keeps_a_japanese_name(self):
        pane = self.start("train", "--edition", "2025", "--filter", "2", "--count", "2", "--seed", "7", "--trainee", "山本")
        pane.wait_for("[1/2] 設問")
        pane.keys("4")
        pane.wait_for("答え合わせの前に")
        pane.keys("q")
        name = pane.wait_for_pattern(r"(score-山本-seed7-[0-9-]+\.md)").group(1)
        pane.keys("y")
        pane.wait_for("EXIT=0")
        pane.wait_for("採点表を書き出しました（未完了）")
        text = pane.file(name).decode("utf-8")
        self.assertIn("未完了: 途中で終了し、1問に進んでいません", text)
        self.assertIn("| 要相談 |", text, "the pick made before quitting is on the sheet")

    def test_ctrl_c_sigterm_and_sighup_keep_the_answers_so_far(self):
        for ending, status in (("C-c", 130), ("TERM", 143), ("HUP", 129)):
            with self.subTest(ending=ending):
                pane = self.start(*ROUND, "--sheet", "sato.json")
                pane.wait_for("[1/2] Exercise")
                pane.keys("2", "2")
                pane.wait_for("Enter next")
                pane.keys("Enter")
                pane.wait_for("[2/2] Exercise")
                pane.keys("1")
                pane.wait_for("Walk the decision tree before the answer?")
                if ending == "C-c":
                    pane.keys("C-c")
                else:
                    os.kill(pane.jcta_pid(), getattr(signal, "SIG" + ending))
                pane.wait_for("EXIT=%d" % status)
                sheet = json.loads(pane.wait_for_file("sato.json"))
                self.assertEqual([row["picked"] for row in sheet["rows"]], ["clinical", "specified"],
                                 "the answer checked and the pick not yet checked")
                self.assertEqual(sheet["not_reached"], 0)
                self.assertEqual(pane.file("stty.after"), pane.file("stty.before"))

    def test_plain_at_a_terminal_pauses_after_the_feedback_and_wraps_by_display_width(self):
        pane = self.start("train", "--plain", "--edition", "2025", "--filter", "1", "--count", "2", "--seed", "7")
        pane.wait_for("分類 [1-4, q=終了]>")
        pane.keys("1", "Enter")
        pane.wait_for("[1/2, q=終了]>")
        pane.keys("2", "Enter")
        pane.wait_for("Enter で次の設問へ（q=終了）>")
        self.assertNotIn("[2/2] 設問", pane.history(), "the next exercise waits for Enter")
        history = pane.history()
        self.assertNotRegex(history, r"（\n", "no line ends on an opening bracket")
        pane.keys("q", "Enter")
        pane.wait_for("研修を途中で終了しますか？")
        pane.keys("y", "Enter")
        pane.wait_for("EXIT=0")
        pane.wait_for("設問ごとの結果")

    def test_piped_train_stays_in_line_mode(self):
        done = subprocess.run([run.JCTA, *ROUND], input="2\n2\n2\n2\n", capture_output=True, text=True,
                              env=dict(os.environ, LANG="C.UTF-8"))
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertIn("Score: 2/2 (100%)", done.stdout)
        self.assertIsNone(re.search(r"\x1b\[", done.stdout), "escape sequences in line mode")


if __name__ == "__main__":
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
        BIN_ARGUMENT = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
