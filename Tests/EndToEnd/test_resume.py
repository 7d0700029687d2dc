#!/usr/bin/env python3
"""End-to-end tests of resuming a screening: `s` halfway through saves the answers so far (the file
`jcta classify` reads, edition and study date in it), `jcta --answers FILE` opens at the first question still
unanswered or at the result, and a bad file gets classify's error before the screen opens (exit 2).

The binary comes from $JCTA_BIN (as run.py sets it), else the first argument, else .build/debug/jcta.
Runs on its own: python3 Tests/EndToEnd/test_resume.py [path/to/jcta]
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

import run

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN_ARGUMENT = None


def setUpModule():
    run.JCTA = os.path.abspath(BIN_ARGUMENT or os.environ.get("JCTA_BIN") or os.path.join(ROOT, ".build", "debug", "jcta"))


class Resume(unittest.TestCase):
    rules = None
    # The walking helpers of the main end-to-end tests (not their tests).
    start = run.EndToEnd.start
    walk = run.EndToEnd.walk
    expect_result = run.EndToEnd.expect_result

    @classmethod
    def setUpClass(cls):
        cls.rules = run.Rules()

    def test_s_saves_halfway_and_answers_resumes_there_then_at_the_result(self):
        path = self.rules.paths["clinical"]
        pane = self.start("--study-date", "2026-06-01")
        pane.keys("Enter")
        self.walk(pane, path[:2])
        pane.wait_for(self.rules.question(path[2][0]))
        pane.wait_for("s 途中保存")
        pane.keys("s")
        pane.wait_for("回答を保存（あとで続きから）")
        for _ in range(40):
            pane.keys("BSpace")
        pane.type("half.json")
        pane.keys("Enter")
        pane.wait_for("回答を保存しました: half.json")
        saved = json.loads(pane.file("half.json"))
        self.assertEqual(saved["edition"], run.EDITION)
        self.assertEqual(saved["study_date"], "2026-06-01")
        self.assertEqual(saved["answers"], self.rules.answers(path[:2]))
        # classify reads it and names the question still to answer.
        missing = run.jcta("classify", "--answers", os.path.join(pane.directory, "half.json"))
        self.assertEqual(missing.returncode, 3)
        self.assertIn(path[2][0], missing.stderr)
        # Quitting asks nothing: the answers are saved.
        pane.keys("q")
        pane.wait_for("EXIT=0")

        resumed = run.Pane(self, ["--answers", os.path.join(pane.directory, "half.json")])
        resumed.wait_for(self.rules.question(path[2][0]))
        self.walk(resumed, path[2:])
        self.expect_result(resumed, "clinical")

        complete = os.path.join(pane.directory, "complete.json")
        with open(complete, "w") as handle:
            json.dump({"edition": run.EDITION, "answers": self.rules.answers(path)}, handle)
        at_result = run.Pane(self, ["--answers", complete])
        self.expect_result(at_result, "clinical")

    def test_a_bad_answers_file_gets_classifys_error_before_the_screen_opens(self):
        work = tempfile.mkdtemp(prefix="jcta-resume-")
        node, choice = self.rules.root, self.rules.nodes[self.rules.root]["choices"][0]["id"]
        cases = {
            "unknown-question.json": {"edition": run.EDITION, "answers": {"no_such_question": "x"}},
            "unknown-choice.json": {"edition": run.EDITION, "answers": {node: "no_such_choice"}},
            "bad.json": "{\"answers\": {",
        }
        for name, content in cases.items():
            file = os.path.join(work, name)
            with open(file, "w") as handle:
                handle.write(content if isinstance(content, str) else json.dumps(content))
            classify = run.jcta("classify", "--answers", file)
            for command in ([], ["--edition", run.EDITION]):
                resumed = subprocess.run([run.JCTA, *command, "--answers", file], capture_output=True, text=True,
                                         stdin=subprocess.DEVNULL, env=dict(os.environ, LANG="C.UTF-8", TERM="xterm"))
                self.assertEqual(resumed.returncode, 2, name)
                self.assertEqual(resumed.stderr, classify.stderr, name)
                self.assertEqual(resumed.stdout, "", name)
        other = os.path.join(work, "other-edition.json")
        with open(other, "w") as handle:
            json.dump({"edition": "2019", "answers": {node: choice}}, handle)
        refused = run.jcta("--edition", "2025", "--answers", other)
        self.assertEqual(refused.returncode, 2)
        self.assertIn("holds answers for edition 2019, not 2025", refused.stderr)


if __name__ == "__main__":
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
        BIN_ARGUMENT = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
