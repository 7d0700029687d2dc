#!/usr/bin/env python3
"""End-to-end tests of `jcta train`: a piped line-mode round with a fixed seed and a known score, the score
sheet, and the batch grader on the checked-in answers files.

The binary comes from $JCTA_BIN (as Tests/EndToEnd/run.py sets it), else the first argument, else
.build/debug/jcta. Runs on its own: python3 Tests/EndToEnd/test_training.py [path/to/jcta]
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "Tests", "Fixtures", "training")
# Set from the command line when run on its own; otherwise $JCTA_BIN, read when a test runs so a runner
# that imports this module may set it afterwards.
BIN_ARGUMENT = None


def binary():
    return BIN_ARGUMENT or os.environ.get("JCTA_BIN") or os.path.join(ROOT, ".build", "debug", "jcta")


def jcta(*args, stdin=""):
    """Runs jcta with the arguments and standard input; returns (exit status, stdout, stderr)."""
    done = subprocess.run([binary(), *args], input=stdin, capture_output=True, text=True, timeout=60,
                          env=dict(os.environ, LANG="C.UTF-8"))
    return done.returncode, done.stdout, done.stderr


def round_args(*args):
    # A fixed edition and language, so the run does not depend on today's date or the locale.
    return ["train", "--edition", "2025", "--lang", "en", *args]


class LineModeRound(unittest.TestCase):
    def test_a_seeded_round_answered_right_scores_full_marks(self):
        # Every scenario of list 1 is specified in both editions (the casebook's 特定リスト).
        status, out, err = jcta(*round_args("--filter", "1", "--count", "3", "--seed", "7"), stdin="1\ns\n" * 3)
        self.assertEqual(status, 0, err)
        self.assertIn("[3/3] Scenario", out)
        self.assertIn("Score: 3/3 (100%)", out)
        self.assertIn("  1              3/3", out)

    def test_a_known_mixed_score(self):
        # List 2 is clinical research: picking 2 is right, picking 1 (specified) is wrong.
        status, out, err = jcta(*round_args("--filter", "2", "--count", "2", "--seed", "7"), stdin="2\ns\n1\ns\n")
        self.assertEqual(status, 0, err)
        self.assertIn("Score: 1/2 (50%)", out)
        self.assertEqual(out.count("Correct: the class is"), 1)
        self.assertEqual(out.count("Not correct: the class is"), 1)
        self.assertIn("These answers rule out Specified:", out)

    def test_the_same_seed_gives_the_same_round_and_another_seed_does_not(self):
        answers = "4\ns\n" * 5
        first = jcta(*round_args("--count", "5", "--seed", "7"), stdin=answers)
        again = jcta(*round_args("--count", "5", "--seed", "7"), stdin=answers)
        other = jcta(*round_args("--count", "5", "--seed", "8"), stdin=answers)
        self.assertEqual(first[0], 0, first[2])
        self.assertEqual(first[1], again[1])
        self.assertNotEqual(first[1], other[1])

    def test_walking_the_tree_compares_the_walk(self):
        # Both group-company scenarios are reached by the first choice of every question.
        status, out, err = jcta(*round_args("--filter", "group_company", "--count", "1", "--seed", "7"),
                                stdin="2\nw\n" + "1\n" * 8)
        self.assertEqual(status, 0, err)
        self.assertIn("Your walk reached: Specified", out)
        self.assertIn("You followed the same path as the scenario's facts.", out)
        self.assertIn("Score: 0/1 (0%)", out)

    def test_invalid_input_is_asked_again(self):
        status, out, err = jcta(*round_args("--filter", "3", "--count", "1", "--seed", "1"), stdin="9\nx\n3\nq\ns\n")
        self.assertEqual(status, 0, err)
        self.assertEqual(out.count("Not a valid answer here."), 3)
        self.assertIn("Score: 1/1 (100%)", out)

    def test_input_ending_early_exits_3_with_the_partial_score(self):
        status, out, err = jcta(*round_args("--filter", "1", "--count", "2", "--seed", "7"), stdin="1\ns\n1\n")
        self.assertEqual(status, 3)
        self.assertIn("Score: 1/1 (100%)", out)
        self.assertIn("input ended", err)

    def test_an_unknown_filter_exits_2_naming_it(self):
        status, _, err = jcta(*round_args("--filter", "fundng"), stdin="")
        self.assertEqual(status, 2)
        self.assertIn("'fundng'", err)


class ScoreSheet(unittest.TestCase):
    def test_the_sheet_is_written_and_not_replaced_without_force(self):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "sheet.json")
            args = round_args("--filter", "1", "--count", "2", "--seed", "7", "--trainee", "Sato", "--sheet", path)
            status, _, err = jcta(*args, stdin="1\ns\n3\ns\n")
            self.assertEqual(status, 0, err)
            with open(path, encoding="utf-8") as handle:
                sheet = json.load(handle)
            self.assertEqual(sheet["trainee"], "Sato")
            self.assertEqual(sheet["seed"], 7)
            self.assertEqual(sheet["edition"]["id"], "2025")
            self.assertEqual(sheet["totals"], {"correct": 1, "total": 2, "percent": 50})
            self.assertEqual([row["picked"] for row in sheet["rows"]], ["specified", "out_of_scope"])
            status, _, err = jcta(*args, stdin="1\ns\n3\ns\n")
            self.assertEqual(status, 1)
            self.assertIn("already exists", err)
            status, _, err = jcta(*args, "--force", "--sheet-format", "markdown", stdin="1\ns\n1\ns\n")
            self.assertEqual(status, 0, err)
            with open(path, encoding="utf-8") as handle:
                self.assertIn("**Score: 2/2 (100%)**", handle.read())


class BatchGrader(unittest.TestCase):
    def test_the_checked_in_answers_file_scores_4_of_6(self):
        status, out, err = jcta("train", "--answers", os.path.join(FIXTURES, "answers-2025.json"), "--lang", "en")
        self.assertEqual(status, 0, err)
        self.assertIn("Trainee: Trainee A", out)
        self.assertIn("Score: 4/6 (67%)", out)
        self.assertIn("3. case_3_1 wrong: picked Clinical, expected Out of scope", out)

    def test_the_edition_on_the_command_line_wins(self):
        # Before the 2025 amendment the guideline-backed off-label scenario is specified, as that file says.
        status, out, err = jcta("train", "--answers", os.path.join(FIXTURES, "answers-2025.json"), "--edition", "2019",
                                "--format", "json")
        self.assertEqual(status, 0, err)
        self.assertEqual(json.loads(out)["totals"], {"correct": 5, "total": 6, "percent": 83})

    def test_unknown_scenarios_and_classes_exit_2_naming_them(self):
        status, out, err = jcta("train", "--answers", os.path.join(FIXTURES, "answers-bad.json"))
        self.assertEqual(status, 2)
        self.assertEqual(out, "")
        self.assertIn("unknown scenario 'case_4_1'", err)
        self.assertIn("'specifed'", err)
        self.assertEqual(err.count(": error JCTA"), 2, "only the two bad answers are reported")


class Listing(unittest.TestCase):
    def test_the_list_names_every_scenario_and_gives_no_class_away(self):
        status, out, err = jcta("train", "--list", "--format", "json")
        self.assertEqual(status, 0, err)
        rows = json.loads(out)
        self.assertGreaterEqual(len(rows), 42)
        self.assertEqual(len([row for row in rows if row.get("case")]), 22)
        self.assertTrue(all(set(row) <= {"id", "case", "tags"} for row in rows))


if __name__ == "__main__":
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
        BIN_ARGUMENT = os.path.abspath(sys.argv.pop(1))
    unittest.main()
