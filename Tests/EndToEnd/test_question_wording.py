#!/usr/bin/env python3
"""End-to-end: questions a hurried reader cannot misread, at 80x24, as a clinician sees them in tmux.
- the "used on the subjects" question counts care-based use as use, and "No" leads to a question on what
  the study itself does to the subjects instead of ending the screening;
- the device-usage choice (case 3-6) says what it covers, and asks funding before any result;
- the product question names what "None of these" covers, and each reason has its own result; foods go on
  to a question on their purpose;
- the first question's help says what falls under the Regenerative Medicine Act and GPSP (ja and en).

The binary comes from $JCTA_BIN, else the first argument, else .build/debug/jcta. Runs on its own:
python3 Tests/EndToEnd/test_question_wording.py [path/to/jcta]
"""
import os
import shlex
import subprocess
import sys
import unittest

from tmuxpane import TmuxPane, questionnaire_listing, squeeze

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN_ARGUMENT = None
EDITION = "2025"


def binary():
    return BIN_ARGUMENT or os.environ.get("JCTA_BIN") or os.path.join(ROOT, ".build", "debug", "jcta")


def jcta(*args):
    return subprocess.run([binary(), *args], capture_output=True, text=True, timeout=60,
                          env=dict(os.environ, LANG="C.UTF-8"))


class Pane(TmuxPane):
    """jcta at 80x24 in a UTF-8 locale."""

    def __init__(self, test, edition=EDITION):
        command = "LANG=C.UTF-8 TERM=screen %s --edition %s; sleep 600" % (shlex.quote(binary()), edition)
        super().__init__(test, "jcta-wording", 80, 24, command)

    def tmux_environment(self):
        return dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8")


class QuestionWording(unittest.TestCase):
    nodes = {}

    @classmethod
    def setUpClass(cls):
        cls.root, cls.nodes = questionnaire_listing(jcta, EDITION)

    def label(self, node, choice, lang="ja"):
        return next(c["label"][lang] for c in self.nodes[node]["choices"] if c["id"] == choice)

    def number(self, node, choice):
        return str(1 + [c["id"] for c in self.nodes[node]["choices"]].index(choice))

    def question(self, node, lang="ja"):
        return self.nodes[node]["question"][lang]

    def answer(self, pane, *steps, lang="ja"):
        """Answers (node, choice) in order, waiting for each question first."""
        for node, choice in steps:
            pane.wait_for(self.question(node, lang))
            pane.keys(self.number(node, choice))

    def start(self, lang="ja"):
        pane = Pane(self)
        pane.wait_for("スクリーニングを始める")
        if lang == "en":
            pane.keys("L")
            pane.wait_for("Start screening")
        pane.keys("Enter")
        return pane

    def test_care_based_use_is_use_and_samples_only_is_caught_by_the_next_question(self):
        pane = self.start()
        self.answer(pane, ("exclusion", "none"), ("product", "drug"))
        screen = pane.wait_for(self.question("use"))
        self.assertIn("診療として用いる場合も含みます", screen.replace("\n", "").replace(" ", ""))
        pane.wait_for("1. " + self.label("use", "on_subjects"))
        pane.wait_for(self.label("use", "samples_only"))
        pane.keys(self.number("use", "samples_only"))
        screen = pane.wait_for(self.question("samples_tests"))
        self.assertNotIn("スクリーニング結果", screen)
        pane.wait_for(self.label("samples_tests", "none"))
        pane.wait_for(self.label("samples_tests", "beyond"))

    def test_the_device_usage_choice_says_what_it_covers_and_asks_funding_before_ending(self):
        pane = self.start()
        self.answer(pane, ("exclusion", "none"), ("product", "device"), ("use", "on_subjects"))
        pane.wait_for(self.question("purpose"))
        pane.wait_for("機器の使い方（線量、回数など）を比べる（製品は限らない）")
        pane.keys(self.number("purpose", "usage_within_approval"))
        pane.wait_for(self.question("approval_condition"))
        pane.wait_for(self.label("approval_condition", "not_device"))
        pane.keys(self.number("approval_condition", "within"))
        pane.wait_for(self.question("usage_funding"))
        pane.keys(self.number("usage_funding", "no"))
        pane.wait_for("製品を限らず、承認の範囲内で医療機器の使い方を比べる研究です")

    def test_none_of_these_names_what_it_covers_and_each_reason_has_its_own_result(self):
        results = {
            "none": "医薬品等を用いない研究です",
            "procedure": "手術や手技の研究です",
        }
        for choice, headline in results.items():
            with self.subTest(choice=choice):
                pane = self.start()
                self.answer(pane, ("exclusion", "none"))
                pane.wait_for(self.question("product"))
                pane.wait_for("どれでもない（アンケート、医療機器でない機器など）")
                pane.keys(self.number("product", choice))
                pane.wait_for(headline)
        pane = self.start()
        self.answer(pane, ("exclusion", "none"), ("product", "food"))
        pane.wait_for(self.question("food_purpose"))
        pane.keys(self.number("food_purpose", "treat_or_prevent"))
        pane.wait_for("その食品やサプリメントが医薬品にあたるかの確認が必要です")

    def test_the_first_help_says_what_the_regenerative_act_and_gpsp_cover(self):
        for lang, texts in (("ja", ["細胞加工物", "遺伝子治療", "GPSP省令（とGCP省令）"]),
                            ("en", ["processed cells", "gene therapy", "under GPSP (and GCP)"])):
            with self.subTest(lang=lang):
                pane = self.start(lang)
                pane.wait_for(self.question("exclusion", lang))
                pane.keys("?")
                for text in texts:
                    # The help panel wraps inside a frame: compare without the frame and the line breaks.
                    pane.wait_until(lambda screen: squeeze(text) in squeeze(screen.replace("│", "").replace("|", "")),
                                    repr(text))


if __name__ == "__main__":
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
        BIN_ARGUMENT = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
