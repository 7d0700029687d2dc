#!/usr/bin/env python3
"""End-to-end: the line mode through a pseudo-terminal, as a screen-reader user works it, in Japanese and
English: slips (a number out of range, a word that is no key), full-width input, a label typed out, help,
cases, the glossary, back (the previous answer is read first), the language switch, saving twice with a title
(the files equal `jcta classify`), quitting after a confirmation, Ctrl-D offering to save the answers so far.
Every line printed is checked against the noise rules (ptysession.NOISE), and no internal id is printed.

The binary comes from $JCTA_BIN (as run.py sets it), else the first argument, else .build/debug/jcta.
Runs on its own: python3 Tests/EndToEnd/test_line_mode.py [path/to/jcta]
"""
import json
import os
import re
import sys
import tempfile
import unittest

import run
from ptysession import LineSession

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN_ARGUMENT = None
TITLE = "新薬Xの第II相試験"


def binary():
    return BIN_ARGUMENT or os.environ.get("JCTA_BIN") or os.path.join(ROOT, ".build", "debug", "jcta")


def setUpModule():
    run.JCTA = os.path.abspath(binary())


class LineMode(unittest.TestCase):
    rules = None

    @classmethod
    def setUpClass(cls):
        cls.rules = run.Rules()

    def setUp(self):
        # The folder is named in what jcta prints, so its name must not look like an internal id (an underscore).
        self.work = tempfile.mkdtemp(prefix="jcta-line-")
        while "_" in os.path.basename(self.work):
            os.rmdir(self.work)
            self.work = tempfile.mkdtemp(prefix="jcta-line-")

    def start(self, *args):
        return LineSession(self, run.JCTA, ["--plain", "--edition", run.EDITION, *args], self.work)

    def label(self, node, number, lang="ja"):
        return self.rules.nodes[node]["choices"][number - 1]["label"][lang]

    def assert_quiet_screen_reader(self, session):
        self.assertEqual(session.noisy_lines(), [], "lines a screen reader would speak as noise")
        for node in self.rules.nodes:
            self.assertNotRegex(session.transcript, r"(?<![\w-])%s(?![\w-])" % re.escape(node) if "_" in node else r"$^",
                                "the internal id %s was printed" % node)

    def test_a_screen_reader_session_in_japanese(self):
        path = self.rules.paths["specified"]
        (first, first_choice), (second, second_choice) = path[0], path[1]
        session = self.start()
        session.expect("で回答。")
        choices = len(self.rules.nodes[first]["choices"])
        # A slip: only what was wrong and the short prompt, not the question again.
        session.send(str(choices + 3))
        slip = session.expect("で回答。")
        self.assertIn("%d という選択肢はありません。" % (choices + 3), slip)
        self.assertNotIn(self.rules.question(first), slip)
        session.send("xyz")
        self.assertIn("「xyz」 に当たる選択肢はありません。", session.expect("で回答。"))
        # Help only when asked, in full-width.
        before_help = session.transcript
        session.send("？")
        helped = session.expect("で回答。")
        help_paragraph = re.search(r"この質問について。\n(.+)\n", helped).group(1)
        self.assertNotIn(help_paragraph, before_help)
        # The help says how to hear the keys; k (full-width here) reads them.
        self.assertIn("使えるキーの一覧は k で読みます。", helped)
        self.assertNotIn("q で終了します。", helped)
        session.send("ｋ")
        self.assertIn("q で終了します。", session.expect("で回答。"))
        # The cases: the list, then one entry in full.
        session.send("c")
        listed = session.expect("Enter で戻る: ")
        case_id = re.search(r"\n1 番、事例 (\d+-\d+)：", listed).group(1)
        session.send("1")
        entry = session.expect("Enter で戻る: ")
        case_text = run.jcta("cases", case_id, "--edition", run.EDITION).stdout.splitlines()[1]
        self.assertIn(case_text.split(": ", 1)[1][:40], entry)
        session.send("")
        session.expect("事例を閉じました。")
        # A full-width digit answers; the answer is confirmed in one line.
        session.send("　%s　" % chr(ord("０") + first_choice))
        session.expect("問 1: %s\n" % self.label(first, first_choice))
        # The label typed out in full answers too.
        session.expect("問 2: " + self.rules.question(second))
        session.expect("で回答。")
        session.send(" %s " % self.label(second, second_choice))
        session.expect("問 2: %s\n" % self.label(second, second_choice))
        # Back: the previous answer first, then the question again.
        session.expect("で回答。")
        session.send("ｂ")
        back = session.expect("で回答。")
        self.assertRegex(back, r"問 2 に戻ります。前の回答: %s\n\n問 2: " % re.escape(self.label(second, second_choice)))
        for node, number in path[1:]:
            session.send(str(number))
            session.expect("%s\n" % self.label(node, number))
        expected = json.loads(self.rules.classify(self.rules.answers(path)))
        session.expect("結果: %s。" % expected["class_label"]["ja"])
        session.expect(expected["headline"]["ja"])
        session.expect("結果です。")
        # Save twice: Markdown with a title, then text under a typed name; each returns to the result.
        session.send("e")
        session.expect("保存する形式: 1 Markdown (.md)、2 JSON (.json)、3 テキスト (.txt)")
        session.send("1")
        session.expect("研究課題名。なければ Enter: ")
        session.send(TITLE)
        session.expect("ファイル名。Enter で ")
        session.send("")
        # The confirmation names the folder, absolute, and the file.
        saved = session.expect(re.compile(r"フォルダに jcta-\d{8}-\d{6}\.md として保存しました。"))
        folder, markdown_name = re.search(r"(\S+) フォルダに (jcta-\d{8}-\d{6}\.md) として", saved).groups()
        self.assertEqual(os.path.realpath(folder), os.path.realpath(self.work))
        session.expect("結果です。")
        session.send("e")
        session.send("3")
        session.expect("Enter で今の %s のまま: " % TITLE)
        session.send("")
        # A name typed without an extension gets the format's.
        session.send("study")
        session.expect("%s フォルダに study.txt として保存しました。" % folder)
        session.expect("結果です。")
        answers = self.rules.answers(path)
        for name, fmt in ((markdown_name, "markdown"), ("study.txt", "text")):
            with open(os.path.join(self.work, name), encoding="utf-8") as handle:
                self.assertEqual(handle.read(), self.rules.classify(answers, fmt=fmt, title=TITLE), name)
        # Quit: nothing to lose right after saving would end at once, so go back first; then it asks.
        session.send("b")
        session.expect("で回答。")
        session.send("q")
        session.expect("終了しますか。保存していない回答は失われます。")
        session.send("n")
        session.expect("続けます。")
        session.send("q")
        session.send("y")
        session.expect("終了します。")
        self.assertEqual(session.wait(), 0)
        self.assert_quiet_screen_reader(session)

    def test_a_screen_reader_session_in_english_ending_with_ctrl_d(self):
        path = self.rules.paths["clinical"]
        (first, first_choice), (second, second_choice) = path[0], path[1]
        session = self.start("--lang", "en")
        session.expect("Answer 1 to")
        session.send("zz")
        self.assertIn("No choice matches “zz”.", session.expect("Answer 1 to"))
        session.send("g")
        glossary = session.expect("meaning, Enter to go back: ")
        term = re.search(r"\n1\. (.+)\n", glossary).group(1)
        session.send("１")
        self.assertIn(term + ": ", session.expect("meaning, Enter to go back: "))
        session.send("")
        session.expect("Glossary closed.")
        session.send(self.label(first, first_choice, "en").upper())
        session.expect("Q1: %s\n" % self.label(first, first_choice, "en"))
        # The language switch reads the question in Japanese, and back.
        session.send("L")
        session.expect("問 2: " + self.rules.question(second))
        session.send("L")
        session.expect("Q2: " + self.rules.nodes[second]["question"]["en"])
        session.send(str(second_choice))
        session.expect("Q2: %s\n" % self.label(second, second_choice, "en"))
        session.expect("Answer 1 to")
        # Ctrl-D: the answers so far are offered for saving, then it ends (status 3: no result).
        session.send_raw(b"\x04")
        ended = session.expect("Save your 2 answers so far to a file? y yes, n no: ")
        self.assertIn("The input ended before Q%d was answered" % self.rules.number(path[2][0]), ended)
        session.send("y")
        session.expect("File name, Enter for ")
        session.send("partial")
        session.expect(re.compile(r"Saved as partial\.json in the folder /\S+\.\n"))
        session.expect("The file keeps your answers so far; once the remaining answers are added to it, "
                       "jcta classify --answers partial.json gives the result.")
        self.assertEqual(session.wait(), 3)
        with open(os.path.join(self.work, "partial.json"), encoding="utf-8") as handle:
            saved = json.load(handle)
        self.assertEqual(saved["answers"], self.rules.answers(path[:2]))
        self.assertEqual(saved["edition"], run.EDITION)
        self.assert_quiet_screen_reader(session)

    def test_a_choice_answered_by_its_first_words(self):
        """「はい」 and "drug" name one choice each; a word several choices share is asked back by number."""
        path = self.rules.paths["specified"]
        self.assertEqual([node for node, _ in path[:3]], ["exclusion", "product", "use"])
        self.assertEqual([number for _, number in path[1:3]], [1, 1])
        for lang, unknown, shared, product_word, use_word in (("ja", "りんご", None, "医薬品", "はい"),
                                                              ("en", "apple", "in-vitro diagnostic", "drug", "yes")):
            with self.subTest(lang=lang):
                session = self.start("--lang", lang)
                prompt = "で回答。" if lang == "ja" else "Answer 1 to"
                session.expect(prompt)
                session.send(str(path[0][1]))
                session.expect(prompt)
                session.send(unknown)
                said = session.expect(prompt)
                self.assertIn("「りんご」 に当たる選択肢はありません。" if lang == "ja" else "No choice matches “apple”.", said)
                if shared:
                    session.send(shared)
                    self.assertIn("“in-vitro diagnostic” could mean choice 1 or 4. Answer with the number.", session.expect(prompt))
                session.send(product_word)
                session.expect(("問 2: %s\n" if lang == "ja" else "Q2: %s\n") % self.label("product", 1, lang))
                session.expect(prompt)
                session.send(use_word)
                asked = self.rules.number("use")
                self.assertGreater(asked, 3, "the question's own number, not its place on the walk")
                session.expect(("問 %d: %s\n" if lang == "ja" else "Q%d: %s\n") % (asked, self.label("use", 1, lang)))
                session.expect(prompt)
                session.send("q")
                session.send("y")
                self.assertEqual(session.wait(), 0)
                self.assert_quiet_screen_reader(session)

    def test_every_result_is_read_without_noise_in_both_languages(self):
        from ptysession import noise
        for cls, path in sorted(self.rules.paths.items()):
            for lang in ("ja", "en"):
                with self.subTest(cls=cls, lang=lang):
                    digits = " ".join(str(number) for _, number in path) + "\n"
                    done = run.jcta("--plain", "--edition", run.EDITION, "--lang", lang, input_text=digits)
                    self.assertEqual(done.returncode, 0, done.stderr)
                    expected = json.loads(self.rules.classify(self.rules.answers(path), lang=lang))
                    self.assertIn(expected["headline"][lang], done.stdout)
                    # The edition in full once, at the start; the result names it briefly.
                    self.assertEqual(done.stdout.count("規則: " if lang == "ja" else "Rules: the "), 1)
                    self.assertIn("%s 年版の規則による判定です。" % run.EDITION if lang == "ja"
                                  else "Classified under the %s edition of the rules." % run.EDITION, done.stdout)
                    noisy = [(line, noise(line)) for line in done.stdout.splitlines() if noise(line)]
                    self.assertEqual(noisy, [])


if __name__ == "__main__":
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
        BIN_ARGUMENT = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
