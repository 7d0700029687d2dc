#!/usr/bin/env python3
"""End-to-end tests of the research office's commands through the built binary: validate by file kind, the
CSV export of classify, compare, flow, the HTML page (printed to PDF by headless Chromium) and usage.

The binary comes from $JCTA_BIN (as Tests/EndToEnd/run.py sets it), else the first argument, else
.build/debug/jcta. Runs on its own: python3 Tests/EndToEnd/test_office.py [path/to/jcta]
"""
import csv
import glob
import io
import json
import os
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN_ARGUMENT = None

# A study run with an off-label use the 2025 edition asks about (low risk) and 2019 does not.
OFF_LABEL = {"exclusion": "none", "product": "drug", "use": "on_subjects", "purpose": "efficacy_safety",
             "intervention": "protocol", "medical_act": "administered", "funding": "no", "approval": "off_label"}


def binary():
    return BIN_ARGUMENT or os.environ.get("JCTA_BIN") or os.path.join(ROOT, ".build", "debug", "jcta")


def jcta(*args, stdin="", cwd=None):
    done = subprocess.run([binary(), *args], input=stdin, capture_output=True, text=True, timeout=120, cwd=cwd,
                          env=dict(os.environ, LANG="C.UTF-8"))
    return done.returncode, done.stdout, done.stderr


def classify_json(answers, edition):
    status, out, err = jcta("classify", "--edition", edition, "--answers", "-", "--format", "json",
                            stdin=json.dumps({"answers": answers}))
    assert status == 0, err
    return json.loads(out)


class Validate(unittest.TestCase):
    def test_the_shipped_tree_is_valid_file_by_file(self):
        files = sorted(glob.glob(os.path.join(ROOT, "Questionnaires", "*.yaml")))
        status, out, err = jcta("validate", *files)
        self.assertEqual(status, 0, err)
        self.assertEqual(len(out.splitlines()), len(files))
        self.assertIn("scenarios.yaml: valid training scenario file", out)

    def test_a_broken_scenario_file_names_line_column_and_code(self):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "s.yaml")
            with open(path, "w") as handle:
                handle.write("format: 1\nscenarios:\n  - id: a\n    tags: [funding]\n"
                             "    description: {ja: \"説明\", en: \"text\"}\n"
                             "    answers: {exclusion: none, product: perhaps}\n"
                             "    teaching_point: {ja: \"要点\", en: \"point\"}\n")
            status, _, err = jcta("validate", path)
            self.assertEqual(status, 2)
            self.assertIn(path + ":6:", err)
            self.assertIn("error JCTA021: under edition", err)
            self.assertIn("'perhaps' is not a choice of 'product'", err)

    def test_a_file_of_unknown_kind_is_one_error(self):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "notes.yaml")
            with open(path, "w") as handle:
                handle.write("# office notes\nreviewer: Sato\n")
            status, out, err = jcta("validate", path)
            self.assertEqual((status, out), (2, ""))
            self.assertEqual(len(err.splitlines()), 1, err)
            self.assertTrue(err.startswith(path + ":2:1: error JCTA016: "), err)
            self.assertIn("`scenarios:`", err)
            self.assertIn("`nodes:`", err)


class ClassifyCSV(unittest.TestCase):
    def test_one_row_per_file_with_failures_as_rows(self):
        with tempfile.TemporaryDirectory() as folder:
            good = os.path.join(folder, "good.json")
            with open(good, "w") as handle:
                json.dump({"edition": "2025", "title": "=HYPERLINK(\"x\"), \"引用\"\n二行目",
                           "answers": dict(OFF_LABEL, low_risk="no")}, handle)
            bad = os.path.join(folder, "bad.json")
            with open(bad, "w") as handle:
                handle.write('{"answers": {"exclusion": "none"}}')
            done = subprocess.run([binary(), "classify", "--answers", good, "--answers", bad, "--edition", "2025",
                                   "--format", "csv"], capture_output=True, timeout=60)
        self.assertEqual(done.returncode, 3, done.stderr)
        data = done.stdout
        self.assertTrue(data.startswith(b"\xef\xbb\xbf"), "UTF-8 byte-order mark for Excel")
        self.assertNotIn(b"\n", data.replace(b"\r\n", b""), "every line ends with CRLF")
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
        self.assertEqual(len(rows), 3)
        header, first, second = rows
        self.assertEqual(len(set(map(len, rows))), 1)
        self.assertEqual(header[:7], ["ファイル", "研究課題名", "版", "研究開始予定日", "スクリーニング日", "分類", "分類ID"])
        expected = classify_json(dict(OFF_LABEL, low_risk="no"), "2025")
        self.assertEqual(first[0], good)
        self.assertEqual(first[1], "'=HYPERLINK(\"x\"), \"引用\"\r\n二行目", "quoted, CRLF inside, never a formula")
        self.assertEqual(first[6], expected["classification"])
        self.assertEqual(first[5], expected["class_label"]["ja"])
        for article in expected["articles"]:
            self.assertIn(article["label"]["ja"], first[7])
        self.assertEqual(first[-1], "")
        self.assertEqual(second[0], bad)
        self.assertIn("no answer for question 'product'", second[-1])


class Compare(unittest.TestCase):
    def compare(self, answers, *args, study_date=None):
        body = {"answers": answers}
        if study_date:
            body["study_date"] = study_date
        return jcta("compare", "--answers", "-", *args, stdin=json.dumps(body))

    def test_each_edition_with_the_rule_that_makes_the_difference(self):
        status, out, err = self.compare(dict(OFF_LABEL, low_risk="yes"), "--format", "json")
        self.assertEqual(status, 0, err)
        result = json.loads(out)
        by_edition = {edition["id"]: edition for edition in result["editions"]}
        for edition_id, edition in by_edition.items():
            expected = classify_json(dict(OFF_LABEL, low_risk="yes"), edition_id)
            self.assertEqual(edition["classification"], expected["classification"])
            self.assertEqual([g["id"] for g in edition["grounds"]], [a["id"] for a in expected["articles"]])
        self.assertNotEqual(by_edition["2019"]["classification"], by_edition["2025"]["classification"])
        causes = result["differences"][0]["causes"]
        only = [cause for cause in causes if cause["kind"] == "asked_only_here"]
        self.assertEqual([(c["edition"], c["node"]) for c in only], [("2025", "low_risk")])
        self.assertTrue(only[0]["articles"], "the rule is named")
        self.assertIsNone(result["transition"])

    def test_a_question_only_one_edition_asks_needs_an_answer(self):
        status, out, err = self.compare(OFF_LABEL, "--lang", "en")
        self.assertEqual(status, 0, err)
        self.assertIn("Needs an answer", out)
        self.assertIn("Only this edition asks this question.", out)
        self.assertIn("Class: " + classify_json(OFF_LABEL, "2019")["class_label"]["en"], out)

    def test_exit_three_only_when_no_edition_classifies(self):
        status, out, _ = self.compare({"exclusion": "none"}, "--format", "json")
        self.assertEqual(status, 3)
        self.assertEqual({e["status"] for e in json.loads(out)["editions"]}, {"needs_answer"})
        self.assertEqual(self.compare({"exclusion": "maybe"})[0], 2)

    def test_a_study_begun_before_the_amendment_gets_the_transitional_caveat(self):
        status, out, err = self.compare(dict(OFF_LABEL, low_risk="yes"), "--format", "markdown", study_date="2025-03-01")
        self.assertEqual(status, 0, err)
        self.assertIn("## 経過措置について", out)
        self.assertIn("附則", out)
        status, out, _ = self.compare(dict(OFF_LABEL, low_risk="yes"), "--format", "json", study_date="2025-03-01")
        transition = json.loads(out)["transition"]
        self.assertEqual((transition["study_edition"], transition["screening_edition"]), ("2019", "2025"))


class Flow(unittest.TestCase):
    def questions(self, edition):
        status, out, err = jcta("questions", "--edition", edition, "--format", "json")
        self.assertEqual(status, 0, err)
        return json.loads(out)["nodes"]

    def test_dot_and_mermaid_have_every_question_and_choice(self):
        nodes = self.questions("2025")
        status, dot, err = jcta("flow", "--edition", "2025", "--format", "dot")
        self.assertEqual(status, 0, err)
        status, mermaid, err = jcta("flow", "--edition", "2025", "--format", "mermaid", "--lang", "en")
        self.assertEqual(status, 0, err)
        self.assertTrue(mermaid.split("\n")[3].startswith("flowchart TD"))
        for node in nodes:
            self.assertIn('"q_%s" [label="' % node["id"], dot)
            self.assertIn("  q_%s[" % node["id"], mermaid)
            for choice in node["choices"]:
                target = "q_" + choice["next"] if "next" in choice else "o_" + choice["outcome"]
                self.assertIn('"q_%s" -> "%s"' % (node["id"], target), dot)
        self.assertNotIn("penwidth=3", dot)

    def test_the_answers_path_is_highlighted(self):
        answers = dict(OFF_LABEL, low_risk="yes")
        status, dot, err = jcta("flow", "--edition", "2025", "--answers", "-", stdin=json.dumps({"answers": answers}))
        self.assertEqual(status, 0, err)
        highlighted = [line for line in dot.splitlines() if "penwidth=3" in line and " -> " in line]
        self.assertEqual(len(highlighted), len(answers))

    def test_svg_is_drawn_by_graphviz_with_japanese_labels(self):
        status, svg, err = jcta("flow", "--edition", "2019", "--format", "svg")
        self.assertEqual(status, 0, err)
        self.assertIn("<svg", svg)
        self.assertIn('font-family="Noto Sans CJK JP', svg)
        first = self.questions("2019")[0]["question"]["ja"]
        self.assertIn(first[:8], svg)
        fonts = subprocess.run(["fc-list", ":lang=ja", "family"], capture_output=True, text=True).stdout
        self.assertIn("Noto Sans CJK JP", fonts, "the font the chart names is installed (fonts-noto-cjk)")

    def test_without_graphviz_the_message_says_what_to_install(self):
        done = subprocess.run([binary(), "flow", "--edition", "2025", "--format", "svg"], capture_output=True, text=True,
                              env=dict(os.environ, PATH="/nonexistent"), timeout=60)
        self.assertEqual(done.returncode, 1)
        self.assertEqual(done.stdout, "")
        self.assertIn("needs Graphviz", done.stderr)
        self.assertIn("scripts/install-deps.sh", done.stderr)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        BIN_ARGUMENT = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
