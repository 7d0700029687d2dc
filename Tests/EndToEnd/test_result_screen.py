#!/usr/bin/env python3
"""End-to-end: what a cardiologist found on the result screen and on small screens, in tmux:
- after saving one study with a title, r (restart) and y, the next study's result and save form do not carry it;
- `v` on a trial specified under both editions says only the cited provisions differ;
- a registry with burdensome research draws (2025, no funds, on-label) titles its grounds as possible ones and
  cites case 3-15 once, as a contrast;
- the first j picks the first answer of the path (Enter then reopens question 1);
- at 60x16 the question keeps the help's first line, the `?` hint, the case line and 「わからない」, and the
  result's key bar keeps `b` and `q`;
- a file name ending in another format's extension is pointed out before saving;
- `--study-date 2026-04` is read as 2026-04-01, and a bad date with `--answers` is explained before the screen
  opens.

The binary comes from $JCTA_BIN, else the first argument, else .build/debug/jcta. Runs on its own:
python3 Tests/EndToEnd/test_result_screen.py [path/to/jcta]
"""
import json
import os
import re
import subprocess
import sys
import unittest

from tmuxpane import TmuxPane, squeeze

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN_ARGUMENT = None

# Digits on the 2025 questions, as a clinician answers them.
TRIAL = ["1", "1", "1", "1", "1", "1", "1", "1"]          # maker-funded trial of approved drugs: specified
REGISTRY_BURDEN = ["1", "1", "1", "1", "2", "1", "2", "1"]  # care-based, burdensome draws, no funds, on-label
REGISTRY = ["1", "1", "1", "1", "2", "2"]                   # care-based, small draws: observational


def binary():
    return BIN_ARGUMENT or os.environ.get("JCTA_BIN") or os.path.join(ROOT, ".build", "debug", "jcta")


class Pane(TmuxPane):
    def __init__(self, test, width=80, height=24, args=""):
        super().__init__(test, "jcta-result", width, height,
                         "env LANG=C.UTF-8 '%s' --edition 2025 %s; echo EXIT=$?; sleep 600" % (binary(), args))


class ResultScreenEndToEnd(unittest.TestCase):
    def start(self, width=80, height=24, args=""):
        pane = Pane(self, width, height, args)
        pane.wait_for("スクリーニングを始める")
        pane.keys("Enter")
        pane.wait_for("問1")
        return pane

    def answer(self, pane, digits, last_wait):
        for digit in digits:
            before = pane.screen()
            pane.keys(digit)
            pane.wait_until(lambda s: s != before, "the next screen after %s" % digit)
        pane.wait_for(last_wait)

    def whole_result(self, pane):
        """Every line of the result body, paging with PgDn until the position note reaches its end."""
        seen = []
        for _ in range(30):
            screen = pane.screen()
            seen.append(screen)
            match = re.search(r" (\d+)-(\d+)/(\d+) ", screen)
            if not match or match.group(2) == match.group(3):
                break
            pane.keys("PgDn")
            pane.wait_until(lambda s, old=screen: s != old, "the next page")
        return "\n".join(seen)

    def test_1_restart_forgets_the_study_title(self):
        pane = self.start()
        self.answer(pane, TRIAL, "特定臨床研究")
        pane.keys("e", "1")
        pane.wait_for("研究課題名")
        pane.type("降圧薬2剤の試験")
        pane.wait_for("降圧薬2剤の試験")
        pane.keys("Enter")
        pane.wait_for("保存しました")
        pane.keys("r")
        pane.wait_for("研究課題名は消えま")
        pane.keys("y")
        pane.wait_for("問1")
        self.answer(pane, REGISTRY, "観察研究です")
        self.assertNotIn("降圧薬2剤の試験", self.whole_result(pane))
        pane.keys("e", "1")
        screen = pane.wait_for("研究課題名")
        self.assertNotIn("降圧薬2剤の試験", screen)

    def test_2_the_editions_differ_only_in_provisions(self):
        pane = self.start()
        self.answer(pane, TRIAL, "特定臨床研究")
        pane.keys("v")
        pane.wait_for("版の比較")
        text = ""
        for _ in range(12):
            text += pane.screen()
            pane.keys("PgDn")
        joined = squeeze(text.replace("│", ""))
        self.assertIn("違うのは挙げる条文だけです", joined)
        self.assertNotIn("先が異なり", joined)
        self.assertIn("PgDn 次頁", pane.screen())

    def test_3_burdensome_registry_grounds_and_its_case(self):
        pane = self.start()
        self.answer(pane, REGISTRY_BURDEN, "要相談")
        text = squeeze(self.whole_result(pane))
        self.assertIn("特定臨床研究の根拠になりうる点", text)
        self.assertNotIn("特定臨床研究にあたる根拠", text)
        self.assertIn("（事例3-15：対象外）", text)
        self.assertNotIn("(3-15)", text)

    def test_4_the_first_j_picks_the_first_answer(self):
        pane = self.start()
        self.answer(pane, TRIAL, "特定臨床研究")
        pane.keys("j")
        pane.wait_for("問1 この研究は")
        pane.keys("Enter")
        pane.wait_until(lambda s: "問1 " in s and "これまでの回答" not in s, "question 1 reopened")

    def test_5_small_screens_keep_what_leads_on(self):
        pane = self.start(60, 16)
        pane.keys("1")
        screen = pane.wait_for("問2")
        for text in ("わからない", "関係する事例（c で表示）", "? で全文を表示"):
            self.assertIn(squeeze(text), squeeze(screen), screen)
        self.assertIn("q 終了", screen)
        self.answer(pane, ["1", "1", "1", "2"], "問13")
        screen = pane.screen()
        for text in ("わからない", "関係する事例（c で表示）", "著しい負担"):
            self.assertIn(squeeze(text), squeeze(screen), screen)
        self.answer(pane, ["2"], "観察研究です")
        screen = pane.screen()
        self.assertIn("q 終了", screen)
        self.assertIn("b 戻る", screen)
        pane.keys("L")
        screen = pane.wait_for("An observational study")
        self.assertIn("q quit", screen)
        self.assertIn("L 日本語", screen)

    def test_6_another_formats_extension_is_pointed_out(self):
        pane = self.start()
        self.answer(pane, TRIAL, "特定臨床研究")
        pane.keys("e", "1", "Tab")
        pane.wait_for("> 保存先のファイル名")
        pane.keys(*(["BSpace"] * 40))
        pane.type("studyC.json")
        pane.wait_for("注意: ファイル名が .json で終わっていますが")

    def test_7_a_month_is_a_study_date(self):
        done = subprocess.run([binary(), "classify", "--edition", "2025", "--study-date", "2026-04", "--answers", "-",
                               "--format", "json"], input=json.dumps({"answers": {"exclusion": "clinical_trial"}}),
                              capture_output=True, text=True, env=dict(os.environ, LANG="C.UTF-8"))
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(json.loads(done.stdout)["study_date"], "2026-04-01")
        split = subprocess.run([binary(), "classify", "--study-date", "2025-05", "--answers", "-"],
                               input=json.dumps({"answers": {}}), capture_output=True, text=True)
        self.assertEqual(split.returncode, 2)
        self.assertIn("2025-05-31", split.stderr)
        self.assertIn("エラー", split.stderr)

    def test_8_a_bad_study_date_with_an_answers_file_is_explained_before_the_screen_opens(self):
        pane = Pane(self, args="")
        with open(os.path.join(pane.directory, "studyB.json"), "w") as handle:
            json.dump({"edition": "2025", "answers": {"exclusion": "none"}}, handle)
        pane.close()
        pane = TmuxPane(self, "jcta-result", 80, 24,
                        "cd '%s' && env LANG=C.UTF-8 '%s' --study-date 2026-4 --answers studyB.json; echo EXIT=$?; sleep 600"
                        % (pane.directory, binary()))
        screen = pane.wait_for("EXIT=2")
        self.assertIn("--study-date '2026-4'", screen)
        self.assertIn(squeeze("YYYY-MM"), squeeze(screen))


if __name__ == "__main__":
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
        BIN_ARGUMENT = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
