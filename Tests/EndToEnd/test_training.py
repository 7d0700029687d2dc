#!/usr/bin/env python3
"""End-to-end tests of `jcta train`: a piped line-mode round with a fixed seed and a known score, the score
sheet, and the batch grader on the checked-in answers files.

The binary comes from $JCTA_BIN (as Tests/EndToEnd/run.py sets it), else the first argument, else
.build/debug/jcta. Runs on its own: python3 Tests/EndToEnd/test_training.py [path/to/jcta]
"""
import csv
import io
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "Tests", "Fixtures", "training")
# Set from the command line when run on its own; otherwise $JCTA_BIN, read when a test runs so a runner
# that imports this module may set it afterwards.
BIN_ARGUMENT = None


def binary():
    return BIN_ARGUMENT or os.environ.get("JCTA_BIN") or os.path.join(ROOT, ".build", "debug", "jcta")


def jcta(*args, stdin="", cwd=None):
    """Runs jcta with the arguments and standard input, in `cwd` (else a fresh folder, where a round's
    default sheet lands); returns (exit status, stdout, stderr)."""
    with tempfile.TemporaryDirectory() as scratch:
        done = subprocess.run([binary(), *args], input=stdin, capture_output=True, text=True, timeout=60,
                              cwd=cwd or scratch, env=dict(os.environ, LANG="C.UTF-8"))
    return done.returncode, done.stdout, done.stderr


def round_args(*args):
    # A fixed edition and language, so the run does not depend on today's date or the locale.
    return ["train", "--edition", "2025", "--lang", "en", *args]


class LineModeRound(unittest.TestCase):
    def test_a_seeded_round_answered_right_scores_full_marks(self):
        # Every scenario of list 1 is specified in both editions (the casebook's 特定リスト).
        status, out, err = jcta(*round_args("--filter", "1", "--count", "3", "--seed", "7"), stdin="1\n2\n" * 3)
        self.assertEqual(status, 0, err)
        self.assertIn("[3/3] Exercise", out)
        self.assertIn("Score: 3/3 (100%)", out)
        self.assertIn("  Casebook list 1 (specified): 3/3", out)

    def test_a_known_mixed_score(self):
        # List 2 is clinical research: picking 2 is right, picking 1 (specified) is wrong.
        status, out, err = jcta(*round_args("--filter", "2", "--count", "2", "--seed", "7"), stdin="2\n2\n1\n2\n")
        self.assertEqual(status, 0, err)
        self.assertIn("Score: 1/2 (50%)", out)
        self.assertEqual(out.count("Correct: under edition 2025 the class is"), 1)
        self.assertEqual(out.count("Not correct: under edition 2025 the class is"), 1)
        self.assertIn("These facts of the exercise make it Clinical, not Specified:", out)
        self.assertNotIn("case_2_", out, "exercises are named by title, not id")

    def test_the_same_seed_gives_the_same_round_and_another_seed_does_not(self):
        answers = "4\n2\n" * 5
        first = jcta(*round_args("--count", "5", "--seed", "7"), stdin=answers)
        again = jcta(*round_args("--count", "5", "--seed", "7"), stdin=answers)
        other = jcta(*round_args("--count", "5", "--seed", "8"), stdin=answers)
        self.assertEqual(first[0], 0, first[2])
        # The offer to save names the sheet with the time, to the second.
        def exercises(out):
            return re.sub(r"score-seed\d+-[\d-]+\.md", "score-…", out)
        self.assertEqual(exercises(first[1]), exercises(again[1]))
        self.assertNotEqual(exercises(first[1]), exercises(other[1]))

    def test_walking_the_tree_compares_the_walk(self):
        # Both group-company scenarios are reached by the first choice of every question.
        status, out, err = jcta(*round_args("--filter", "group_company", "--count", "1", "--seed", "7"),
                                stdin="2\n1\n" + "1\n" * 8)
        self.assertEqual(status, 0, err)
        self.assertIn("Your walk reached: Specified", out)
        self.assertIn("You followed the same path as the scenario's facts.", out)
        self.assertIn("Score: 0/1 (0%)", out)

    def test_invalid_input_is_asked_again_with_what_is_valid(self):
        status, out, err = jcta(*round_args("--filter", "3", "--count", "1", "--seed", "1"), stdin="9\nx\n3\nz\n2\n")
        self.assertEqual(status, 0, err)
        self.assertEqual(out.count("Not a valid answer here."), 3)
        self.assertIn("Not a valid answer here. Valid here: 1-4 (the class), q (quit)", out)
        self.assertIn("Not a valid answer here. Valid here: 1 (walk), 2 (the answer), q (quit)", out)
        self.assertIn("Score: 1/1 (100%)", out)

    def test_q_asks_and_keeps_the_answers_so_far_the_unchecked_pick_included(self):
        with tempfile.TemporaryDirectory() as folder:
            # Exercise 1 answered; exercise 2 picked (4) but not checked; q, "n" goes on, q again, "y" quits.
            status, out, err = jcta(*round_args("--filter", "1", "--count", "3", "--seed", "7", "--trainee", "佐藤"),
                                    stdin="1\n2\n4\nq\nn\nq\ny\n", cwd=folder)
            self.assertEqual(status, 0, err)
            self.assertEqual(out.count("Quit the round before its end?"), 2)
            saved = os.listdir(folder)
            self.assertEqual(len(saved), 1, saved)
            self.assertRegex(saved[0], r"^score-佐藤-seed7-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}\.md$")
            self.assertIn("Score sheet written (incomplete): " + saved[0], out)
            with open(os.path.join(folder, saved[0]), encoding="utf-8") as handle:
                sheet = handle.read()
            self.assertIn("Incomplete: the round was quit with 1 exercise not reached", sheet)
            self.assertIn("| Consult |", sheet, "the pick not yet checked is on the sheet")
            self.assertIn("1. Acid suppressant B against comparator C: picked Specified, right", out)

    def test_input_ending_early_exits_3_and_keeps_an_incomplete_sheet(self):
        with tempfile.TemporaryDirectory() as folder:
            status, out, err = jcta(*round_args("--filter", "1", "--count", "3", "--seed", "7"), stdin="1\n2\n1\n", cwd=folder)
            self.assertEqual(status, 3)
            self.assertIn("Score: 2/2 (100%)", out, "the pick made before input ended counts")
            self.assertIn("input ended", err)
            saved = os.listdir(folder)
            self.assertEqual(len(saved), 1, saved)
            self.assertIn("Score sheet written (incomplete): " + saved[0], out)
        status, out, err = jcta("train", "--edition", "2025", "--filter", "1", "--count", "2", "--seed", "7", stdin="1\n")
        self.assertEqual(status, 3)
        self.assertIn("入力が研修の途中で終わりました", err, "a Japanese run says it in Japanese")

    def test_a_signal_during_a_line_mode_round_keeps_the_answers_so_far(self):
        for sig, status in ((signal.SIGINT, 130), (signal.SIGTERM, 143), (signal.SIGHUP, 129)):
            with self.subTest(signal=sig), tempfile.TemporaryDirectory() as folder:
                process = subprocess.Popen([binary(), *round_args("--seed", "7", "--count", "3", "--trainee", "Ito")],
                                           stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                           cwd=folder, env=dict(os.environ, LANG="C.UTF-8"))
                # One exercise answered, the next picked; the round then waits for the walk offer.
                process.stdin.write("1\n2\n3\n")
                process.stdin.flush()
                # Wait for the second exercise's walk offer: the first is graded and the pick made.
                seen = []
                reader = threading.Thread(target=lambda: seen.extend(iter(lambda: process.stdout.read(1), "")), daemon=True)
                reader.start()
                deadline = time.monotonic() + 30
                while "".join(seen).count("[1/2, q=quit]> ") < 2 and time.monotonic() < deadline:
                    time.sleep(0.1)
                process.send_signal(sig)
                process.wait(timeout=30)
                reader.join(timeout=10)
                for stream in (process.stdin, process.stdout, process.stderr):
                    stream.close()
                out = "".join(seen)
                self.assertEqual(process.returncode, status)
                saved = os.listdir(folder)
                self.assertEqual(len(saved), 1, saved)
                self.assertIn("Score sheet written (incomplete): " + saved[0], out)
                self.assertIn("Score: 0/2 (0%)", out, "the exercise answered and the pick not yet checked")

    def test_q_in_line_mode_asks_then_keeps_the_answers_so_far_in_an_incomplete_sheet(self):
        with tempfile.TemporaryDirectory() as folder:
            # One exercise answered; q declined once, then confirmed during the next walk.
            done = subprocess.run([binary(), *round_args("--filter", "2", "--count", "3", "--seed", "7", "--trainee", "Sato")],
                                  input="2\n2\nq\nn\n1\n1\nq\ny\n", capture_output=True, text=True, timeout=60,
                                  cwd=folder, env=dict(os.environ, LANG="C.UTF-8"))
            self.assertEqual(done.returncode, 0, done.stderr)
            out = done.stdout
            self.assertIn("class [1-4, q=quit]>", out)
            self.assertIn("q=quit]>", out.split("Walk the decision tree")[-1], "the walk's prompt shows q too")
            self.assertEqual(out.count("Quit the round before its end? The answers so far are kept in a score sheet marked incomplete."), 2)
            kept = [name for name in os.listdir(folder) if name.startswith("score-Sato-seed7-")]
            self.assertEqual(len(kept), 1, os.listdir(folder))
            self.assertIn("Score sheet written (incomplete): %s" % kept[0], out)
            with open(os.path.join(folder, kept[0]), encoding="utf-8") as handle:
                sheet = handle.read()
            # The second exercise's class was picked (then walked): kept and graded as it stands.
            self.assertIn("Incomplete: the round was quit with 1 exercise not reached", sheet)
            self.assertIn("**Score: 1/2 (50%)**", sheet)
            # Before the first answer there is nothing to keep: q quits at once and writes nothing.
            os.remove(os.path.join(folder, kept[0]))
            done = subprocess.run([binary(), *round_args("--count", "3", "--seed", "7")], input="q\n", capture_output=True,
                                  text=True, timeout=60, cwd=folder, env=dict(os.environ, LANG="C.UTF-8"))
            self.assertEqual(done.returncode, 0, done.stderr)
            self.assertNotIn("Quit the round", done.stdout)
            self.assertEqual(os.listdir(folder), [])

    def test_the_walk_takes_the_same_keys_as_the_full_screen_and_the_end_offers_to_save(self):
        with tempfile.TemporaryDirectory() as folder:
            # Pick 1, walk (1), ask for help, the cases and the exercise text, stop walking; then save as offered.
            done = subprocess.run([binary(), *round_args("--filter", "1", "--count", "1", "--seed", "7", "--trainee", "Sato")],
                                  input="1\n1\n?\nc\nt\ns\ny\n", capture_output=True, text=True, timeout=60, cwd=folder,
                                  env=dict(os.environ, LANG="C.UTF-8"))
            self.assertEqual(done.returncode, 0, done.stderr)
            out = done.stdout
            self.assertIn("1) walk  2) skip to the answer [1/2, q=quit]>", out)
            self.assertIn("digit=answer  b=back  s=stop walking  t=the exercise  c=cases  ?=help  q=quit", out)
            self.assertIn("(3-8) ", out, "c lists the casebook entries behind the first question")
            self.assertIn("Save the score sheet? y) as score-Sato-seed7-", out)
            saved = [name for name in os.listdir(folder) if name.startswith("score-Sato-seed7-")]
            self.assertEqual(len(saved), 1, os.listdir(folder))
            with open(os.path.join(folder, saved[0]), encoding="utf-8") as handle:
                self.assertIn("**Score: 1/1 (100%)**", handle.read())

    def test_an_unknown_filter_exits_2_naming_it(self):
        status, _, err = jcta(*round_args("--filter", "fundng"), stdin="")
        self.assertEqual(status, 2)
        self.assertIn("'fundng'", err)


class ScoreSheet(unittest.TestCase):
    def test_the_sheet_is_written_and_never_replaced_without_force(self):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "sheet.json")
            args = round_args("--filter", "1", "--count", "2", "--seed", "7", "--trainee", "Sato", "--sheet", path)
            status, _, err = jcta(*args, stdin="1\n2\n3\n2\n")
            self.assertEqual(status, 0, err)
            with open(path, encoding="utf-8") as handle:
                sheet = json.load(handle)
            self.assertEqual(sheet["trainee"], "Sato")
            self.assertEqual(sheet["seed"], 7)
            self.assertEqual(sheet["edition"]["id"], "2025")
            self.assertEqual(sheet["totals"], {"correct": 1, "total": 2, "percent": 50})
            self.assertEqual([row["picked"] for row in sheet["rows"]], ["specified", "out_of_scope"])
            status, out, err = jcta(*args, stdin="1\n2\n1\n2\n")
            self.assertEqual(status, 0, err)
            self.assertIn("already exists, so the sheet was saved under another name", out)
            self.assertIn("Score sheet written: " + os.path.join(folder, "sheet-2.json"), out)
            with open(path, encoding="utf-8") as handle:
                self.assertEqual(json.load(handle)["totals"]["correct"], 1, "the first sheet is untouched")
            status, _, err = jcta(*args, "--force", "--sheet-format", "markdown", stdin="1\n2\n1\n2\n")
            self.assertEqual(status, 0, err)
            with open(path, encoding="utf-8") as handle:
                self.assertIn("**Score: 2/2 (100%)**", handle.read())


class BatchGrader(unittest.TestCase):
    def test_the_checked_in_answers_file_scores_4_of_6(self):
        status, out, err = jcta("train", "--answers", os.path.join(FIXTURES, "answers-2025.json"), "--lang", "en")
        self.assertEqual(status, 0, err)
        self.assertIn("Trainee: Trainee A", out)
        self.assertIn("Score: 4/6 (67%)", out)
        self.assertIn("3. Steadiness of a non-contact thermometer wrong: picked Clinical, right Outside the Act", out)
        self.assertIn("   Decides: ", out)

    def test_the_edition_on_the_command_line_wins(self):
        # Before the 2025 amendment the guideline-backed off-label scenario is specified, as that file says.
        status, out, err = jcta("train", "--answers", os.path.join(FIXTURES, "answers-2025.json"), "--edition", "2019",
                                "--format", "json")
        self.assertEqual(status, 0, err)
        self.assertEqual(json.loads(out)["totals"], {"correct": 5, "total": 6, "percent": 83})

    def test_unknown_scenarios_and_classes_exit_2_naming_them(self):
        status, out, err = jcta("train", "--answers", os.path.join(FIXTURES, "answers-bad.json"), "--lang", "en")
        self.assertEqual(status, 2)
        self.assertEqual(out, "")
        self.assertIn("answers-bad.json was not graded", err)
        self.assertIn("unknown exercise 'case_4_1'", err)
        self.assertIn("'specifed'", err)
        self.assertEqual(err.count(": error JCTA"), 2, "only the two bad answers are reported")


class ClassGrading(unittest.TestCase):
    """A trainer grading twenty people: many files, a folder, a CSV; nothing lost, every failure named."""

    def round_ids(self, seed, count):
        status, out, err = jcta("train", "--list", "--edition", "2025", "--seed", str(seed), "--count", str(count), "--format", "json")
        self.assertEqual(status, 0, err)
        return [(row["id"], row["expected"]) for row in json.loads(out)]

    def test_a_folder_and_a_csv_are_graded_each_failure_named_and_the_exit_code_says_so(self):
        ids = self.round_ids(7, 4)
        digit = {"specified": "1", "clinical": "2", "out_of_scope": "3", "consult": "4"}
        with tempfile.TemporaryDirectory() as folder:
            with open(os.path.join(folder, "sato.json"), "w", encoding="utf-8") as handle:
                # Three right (as digits), one left out.
                json.dump({"trainee": "佐藤", "edition": "2025", "seed": 7, "count": 4,
                           "answers": {i: digit[c] for i, c in ids[:3]}}, handle, ensure_ascii=False)
            with open(os.path.join(folder, "broken.json"), "w", encoding="utf-8") as handle:
                handle.write('{"answers": ')
            with open(os.path.join(folder, "class.csv"), "w", encoding="utf-8") as handle:
                handle.write("trainee,scenario,class\n")
                for i, c in ids:
                    handle.write(f"鈴木,{i},{c}\n")
            # The trainer names a folder that does not exist yet: it is made.
            sheets = os.path.join(folder, "sheets", "round7")
            status, out, err = jcta("train", "--answers", folder, "--edition", "2025", "--seed", "7", "--count", "4",
                                    "--sheet-dir", sheets, "--format", "json", "--lang", "en")
            self.assertEqual(status, 2, "one file failed")
            self.assertIn("broken.json was not graded", err)
            self.assertIn("1 of 3 inputs were not graded", err)
            graded = json.loads(out)
            by_name = {sheet["trainee"]: sheet for sheet in graded}
            self.assertEqual(by_name["佐藤"]["totals"], {"correct": 3, "total": 4, "percent": 75})
            self.assertIsNone(by_name["佐藤"]["rows"][3]["picked"], "the missing answer is listed")
            self.assertEqual(by_name["鈴木"]["totals"], {"correct": 4, "total": 4, "percent": 100})
            saved = sorted(os.listdir(sheets))
            self.assertEqual(len(saved), 2, saved)
            self.assertTrue(any("佐藤" in name for name in saved) and any("鈴木" in name for name in saved), saved)
            # The saved sheets feed the report; rounds of other seeds are reported apart.
            other = os.path.join(folder, "other.json")
            with open(other, "w", encoding="utf-8") as handle:
                json.dump({"trainee": "田中", "seed": 8, "count": 1, "answers": {}}, handle)
            status, out, err = jcta("train", "--report", sheets, other, "--edition", "2025", "--format", "csv", "--lang", "en")
            self.assertEqual(status, 0, err)
            self.assertTrue(out.startswith('\ufeff"Round","Trainee","File","No.","Exercise","Right class","Picked","Right"\n'),
                            "one table with a byte order mark, for a Japanese spreadsheet")
            rows = list(csv.reader(io.StringIO(out.lstrip("\ufeff"))))
            self.assertEqual({len(row) for row in rows}, {8}, "every row has the header's columns")
            self.assertIn(["edition 2025, seed 8, 1 exercise", "田中", other], [row[:3] for row in rows])
            self.assertEqual(len([row for row in rows if row[1] == "佐藤"]), 4, "one row per exercise, unanswered included")
            status, out, err = jcta("train", "--report", sheets, "--format", "html")
            self.assertEqual(status, 0, err)
            self.assertTrue(out.startswith("<!DOCTYPE html>"))
            self.assertIn("<td>佐藤</td>", out)


class TrainerFiles(unittest.TestCase):
    """What a trainer collects from a class: Markdown sheets, two trainees of one name, booklet templates
    filled by hand; nothing is dropped or written over."""

    def round_ids(self, seed, count):
        status, out, err = jcta("train", "--list", "--edition", "2025", "--seed", str(seed), "--count", str(count), "--format", "json")
        self.assertEqual(status, 0, err)
        return [(row["id"], row["expected"]) for row in json.loads(out)]

    def test_markdown_sheets_are_read_back_by_the_report_and_the_grader(self):
        with tempfile.TemporaryDirectory() as folder:
            sheets = os.path.join(folder, "sheets")
            os.mkdir(sheets)
            status, out, err = jcta(*round_args("--count", "3", "--seed", "20", "--trainee", "佐藤", "--sheet", "sato.md"),
                                    stdin="1\n2\n2\n2\n3\n2\n", cwd=sheets)
            self.assertEqual(status, 0, err)
            with open(os.path.join(sheets, "README.md"), "w", encoding="utf-8") as handle:
                handle.write("# notes for the session\n")
            status, out, err = jcta("train", "--report", sheets, "--lang", "en", "--edition", "2025")
            self.assertEqual(status, 0, err)
            # The report is Markdown: an underscore in the temporary folder's name comes out escaped.
            self.assertIn("| 佐藤 | " + os.path.join(sheets, "sato.md").replace("_", "\\_") + " |", out)
            status, out, err = jcta("train", "--answers", os.path.join(sheets, "sato.md"), "--lang", "en", "--edition", "2025")
            self.assertEqual(status, 0, err)
            self.assertIn("Trainee: 佐藤", out)
            status, _, err = jcta("train", "--report", os.path.join(sheets, "README.md"), "--lang", "en")
            self.assertEqual(status, 2)
            self.assertIn("not a score sheet that jcta can read back", err)

    def test_two_trainees_of_one_name_get_two_sheets_even_with_force(self):
        ids = self.round_ids(20, 4)
        with tempfile.TemporaryDirectory() as folder:
            for number, file in enumerate(("a.json", "b.json")):
                with open(os.path.join(folder, file), "w", encoding="utf-8") as handle:
                    json.dump({"trainee": "佐藤", "edition": "2025", "seed": 20, "count": 4,
                               "answers": {i: "1" for i, _ in ids[:number + 1]}}, handle, ensure_ascii=False)
            sheets = os.path.join(folder, "not-yet", "sheets")
            status, _, err = jcta("train", "--answers", folder, "--sheet-dir", sheets, "--force")
            self.assertEqual(status, 0, err)
            saved = sorted(os.listdir(sheets))
            self.assertEqual(len(saved), 2, "the folder is made and both sheets are in it")
            self.assertRegex(saved[0], r"^score-佐藤-seed20-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}(-2)?\.json$")
            self.assertEqual(err.count("採点表を書き出しました"), 2)
            for name in saved:
                self.assertIn(os.path.join(sheets, name), err, "each sheet says where it went")
            answered = []
            for name in saved:
                with open(os.path.join(sheets, name), encoding="utf-8") as handle:
                    answered.append(sum(1 for row in json.load(handle)["rows"] if row["picked"]))
            self.assertEqual(sorted(answered), [1, 2])

    def test_a_seed_without_a_count_is_refused_and_no_seed_is_said(self):
        ids = self.round_ids(20, 10)
        with tempfile.TemporaryDirectory() as folder:
            answers = os.path.join(folder, "ito.csv")
            with open(answers, "w", encoding="utf-8") as handle:
                handle.write("trainee,exercise,class\n" + "".join(f"伊藤,{i},{c}\n" for i, c in ids[:3]))
            status, out, err = jcta("train", "--answers", answers, "--seed", "20", "--lang", "en")
            self.assertEqual(status, 2)
            self.assertIn("the answers name seed 20 but not how many exercises the round had", err)
            self.assertNotIn("/49", out)
            status, out, err = jcta("train", "--answers", answers, "--seed", "20", "--count", "10", "--edition", "2025", "--lang", "en")
            self.assertEqual(status, 0, err)
            self.assertIn("Score: 3/10 (30%)", out)
            status, out, err = jcta("train", "--answers", answers, "--lang", "en", "--edition", "2025")
            self.assertEqual(status, 0, err)
            self.assertIn("not checked against the round (give --seed and --count)", err)
            self.assertIn("Not checked against the round", out)

    def test_the_booklet_template_blank_full_width_and_numbers_are_read(self):
        status, out, err = jcta("train", "--booklet", "--seed", "20", "--count", "4", "--edition", "2025", "--lang", "en")
        self.assertEqual(status, 0, err)
        template = json.loads(out[out.index("```json") + 7:out.rindex("```")])
        self.assertEqual(template["count"], 4, "the template names the round's size")
        ids = [i for i, _ in self.round_ids(20, 4)]
        self.assertEqual(list(template["answers"]), ids)
        self.assertNotIn("(`" + ids[0] + "`)", out, "the answer key names exercises by number and title")
        expected = dict(self.round_ids(20, 4))
        digit = {"specified": "１", "clinical": "臨床研究(特定臨床研究以外)", "out_of_scope": "３", "consult": "４"}
        template["trainee"] = "伊藤"
        template["answers"] = {ids[0]: digit[expected[ids[0]]], "2": digit[expected[ids[1]]], "３": "", ids[3]: ""}
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "ito.json")
            with open(path, "w", encoding="utf-8") as handle:
                json.dump(template, handle, ensure_ascii=False)
            status, out, err = jcta("train", "--answers", path, "--lang", "en", "--format", "json")
            self.assertEqual(status, 0, err)
            sheet = json.loads(out)
            self.assertEqual(sheet["totals"], {"correct": 2, "total": 4, "percent": 50})
            self.assertEqual([row["picked"] for row in sheet["rows"]][2:], [None, None], "blanks are unanswered")


class Listing(unittest.TestCase):
    def test_the_list_names_every_exercise_with_title_and_right_class(self):
        status, out, err = jcta("train", "--list", "--format", "json")
        self.assertEqual(status, 0, err)
        rows = json.loads(out)
        self.assertGreaterEqual(len(rows), 42)
        self.assertEqual(len([row for row in rows if row.get("case")]), 22)
        self.assertTrue(all(row["title"]["ja"] and row["expected"] for row in rows))

    def test_the_list_honours_seed_and_count_and_is_balanced(self):
        status, out, err = jcta("train", "--list", "--edition", "2025", "--seed", "7", "--count", "8", "--format", "json")
        self.assertEqual(status, 0, err)
        rows = json.loads(out)
        self.assertEqual(len(rows), 8)
        self.assertEqual(len({row["expected"] for row in rows}), 4, "every class is represented in a round of eight")
        status, text, _ = jcta("train", "--list", "--edition", "2025", "--seed", "7", "--count", "8", "--lang", "ja")
        self.assertIn(rows[0]["title"]["ja"], text)

    def test_the_booklet_prints_the_round_the_key_under_both_editions_and_a_template(self):
        status, out, err = jcta("train", "--booklet", "--seed", "7", "--count", "3", "--edition", "2025", "--lang", "en")
        self.assertEqual(status, 0, err)
        self.assertIn("## Exercise 3.", out)
        self.assertIn("- Edition 2025: ", out)
        self.assertIn("- Edition 2019: ", out)
        template = out[out.index("```json") + 7:out.rindex("```")]
        answers = json.loads(template)
        self.assertEqual(answers["seed"], 7)
        self.assertEqual(len(answers["answers"]), 3)
        status, _, err = jcta("train", "--booklet", "--count", "3")
        self.assertEqual(status, 64, "a booklet needs the round's seed")


if __name__ == "__main__":
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
        BIN_ARGUMENT = os.path.abspath(sys.argv.pop(1))
    unittest.main()
