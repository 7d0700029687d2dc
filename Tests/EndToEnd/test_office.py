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
import re
import subprocess
import sys
import tempfile
import unittest

import run
from tmuxpane import squeeze

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN_ARGUMENT = None

# A study run with an off-label use the 2025 edition asks about (low risk) and 2019 does not.
OFF_LABEL = {"exclusion": "none", "product": "drug", "use": "on_subjects", "purpose": "efficacy_safety",
             "intervention": "protocol", "medical_act": "administered", "funding": "no", "approval": "off_label"}


def binary():
    return BIN_ARGUMENT or os.environ.get("JCTA_BIN") or os.path.join(ROOT, ".build", "debug", "jcta")


def setUpModule():
    run.JCTA = os.path.abspath(binary())


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
                handle.write("format: 1\nscenarios:\n  - id: a\n    title: {ja: \"題\", en: \"title\"}\n"
                             "    tags: [funding]\n    description: {ja: \"説明\", en: \"text\"}\n"
                             "    answers: {exclusion: none, product: perhaps}\n"
                             "    teaching_point: {ja: \"要点\", en: \"point\"}\n")
            status, _, err = jcta("validate", path)
            self.assertEqual(status, 2)
            self.assertIn(path + ":7:", err)
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
        self.assertEqual(header[:6], ["ファイル", "研究課題名", "版", "研究開始予定日", "スクリーニング日", "分類"])
        self.assertTrue(header[6].startswith("分類ID"), header[6])
        expected = classify_json(dict(OFF_LABEL, low_risk="no"), "2025")
        self.assertEqual(first[0], good)
        self.assertEqual(first[1], "'=HYPERLINK(\"x\"), \"引用\"\r\n二行目", "quoted, CRLF inside, never a formula")
        self.assertEqual(first[6], expected["classification"])
        self.assertEqual(first[5], expected["class_label"]["ja"])
        for article in expected["articles"]:
            self.assertIn(article["label"]["ja"], first[7])
        self.assertEqual(first[-1], "")
        self.assertEqual(second[0], bad)
        self.assertIn("問 2 に回答がありません", second[-1], "the missing question by number, in the default language")
        self.assertIn("(question 'product')", second[-1])


    def test_cases_stay_text_and_the_comparison_names_classes_in_full(self):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "study.json")
            with open(path, "w") as handle:
                json.dump({"study_date": "2025-04-01", "answers": dict(OFF_LABEL, low_risk="yes")}, handle)
            done = subprocess.run([binary(), "classify", "--answers", path, "--edition", "2025", "--format", "csv"],
                                  capture_output=True, timeout=60)
        self.assertEqual(done.returncode, 0, done.stderr)
        header, row = list(csv.reader(io.StringIO(done.stdout.decode("utf-8-sig"), newline="")))
        cases = row[header.index("事例")]
        expected = classify_json(dict(OFF_LABEL, low_risk="yes"), "2025")["cases"]
        self.assertEqual(cases, "、".join("事例 " + case for case in expected), "a bare 3-10 would become a date in Excel")
        self.assertTrue(header[6].startswith("分類ID（"), header[6])
        compared = row[header.index("版の比較（経過措置）")]
        self.assertIn("2025 年版: " + classify_json(dict(OFF_LABEL, low_risk="yes"), "2025")["class_label"]["ja"], compared)
        self.assertIn("2019 年版: " + classify_json(OFF_LABEL, "2019")["class_label"]["ja"], compared)

    def test_an_answer_off_the_path_is_named_in_words(self):
        _, nodes2025 = run.questionnaire_listing(run.jcta, "2025")
        node = nodes2025["low_risk"]
        yes = [c for c in node["choices"] if c["id"] == "yes"][0]
        for fmt in ("text", "markdown", "html"):
            status, out, err = jcta("classify", "--edition", "2019", "--answers", "-", "--format", fmt,
                                    stdin=json.dumps({"answers": dict(OFF_LABEL, low_risk="yes")}))
            self.assertEqual(status, 0, err)
            self.assertNotIn("low_risk", out, fmt)
            self.assertIn(yes["label"]["ja"], out, fmt)
            self.assertIn("（2025 年版）", out, fmt)
        status, out, _ = jcta("classify", "--edition", "2019", "--answers", "-", "--format", "json",
                              stdin=json.dumps({"answers": dict(OFF_LABEL, low_risk="yes")}))
        unused = json.loads(out)["unused_answers"]
        self.assertEqual([(u["node"], u["choice"]) for u in unused], [("low_risk", "yes")])
        self.assertIn(node["question"]["en"], unused[0]["words"]["en"])


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

    def test_each_answer_the_newer_edition_needs_is_spelled_out(self):
        status, out, err = self.compare(OFF_LABEL)
        self.assertEqual(status, 0, err)
        yes = classify_json(dict(OFF_LABEL, low_risk="yes"), "2025")
        no = classify_json(dict(OFF_LABEL, low_risk="no"), "2025")
        self.assertIn("と答えると、「%s」になります（%s）。" % (yes["class_label"]["ja"], yes["headline"]["ja"]), out)
        self.assertIn("と答えると、「%s」になります（%s）。" % (no["class_label"]["ja"], no["headline"]["ja"]), out)
        crb = [c["ja"] for c in yes["caveats"] if "CRB" in c["ja"] and "低リスク" in c["ja"]]
        self.assertEqual(len(crb), 1, yes["caveats"])
        self.assertIn("の場合の留意事項: " + crb[0], out, "the CRB's confirmation of the low-risk use is said")
        status, out, _ = self.compare(OFF_LABEL, "--format", "json")
        answered = {e["id"]: e for e in json.loads(out)["editions"]}["2025"]["if_answered"]
        self.assertEqual({a["choice"]: a["classification"] for a in answered},
                         {"yes": yes["classification"], "no": no["classification"]})

    def test_differences_are_sentences_and_the_page_has_the_reviewer_box(self):
        answers = dict(OFF_LABEL, low_risk="yes")
        status, out, err = self.compare(answers)
        self.assertEqual(status, 0, err)
        section = out.split("[違い（2019 年版と 2025 年版）]")[1].split("\n[")[0]
        # The question by its own number in the edition, as its question screen shows it.
        status, listing, _ = jcta("questions", "--edition", "2025", "--format", "json")
        number = [node["id"] for node in json.loads(listing)["nodes"]].index("low_risk") + 1
        self.assertIn("2025 年版では、問%d「" % number, section)
        self.assertIn("になります（この質問は 2025 年版だけが尋ねます）。根拠: ", section)
        self.assertNotIn("→", section)
        crb = [c["ja"] for c in classify_json(answers, "2025")["caveats"] if "CRB" in c["ja"] and "低リスク" in c["ja"]]
        self.assertEqual(len(crb), 1)
        self.assertIn("留意事項（他の版にはないもの）: " + crb[0], out)
        self.assertIn("作成ツール: jcta ", out)
        status, html, err = self.compare(answers, "--format", "html", "--lang", "en")
        self.assertEqual(status, 0, err)
        for words in ("Reviewer", "Date", "Remarks", "Made with: jcta ", "Under the 2025 edition, answering"):
            self.assertIn(words, html)

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

    def test_the_chart_has_a_legend_phrase_wrapped_arrows_and_an_a4_landscape_size(self):
        status, dot, err = jcta("flow", "--edition", "2025", "--format", "dot")
        self.assertEqual(status, 0, err)
        self.assertIn('size="10.9,7.4"', dot)
        legend = [line for line in dot.splitlines() if line.startswith("  legend ")][0]
        for label in ("凡例", "特定臨床研究", "臨床研究（特定臨床研究以外）", "要相談"):
            self.assertIn(label, legend)
        self.assertIn("いいえ、\\nまったく評価しない", dot, "an arrow label breaks after 、")
        low_risk = classify_json(dict(OFF_LABEL, low_risk="yes"), "2025")
        self.assertIn(low_risk["class_label"]["ja"] + low_risk["headline"]["ja"], dot.replace("\\n", ""),
                      "the outcome box names the class and the reason")
        status, dot, _ = jcta("flow", "--edition", "2025", "--format", "dot", "--lang", "en")
        self.assertIn("Legend", dot)
        self.assertIn("Clinical research (not specified)", dot)

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


def print_to_pdf(html_path, folder):
    """Prints the page with headless Chromium as a reader would; returns (pages, page size, text)."""
    pdf = os.path.join(folder, "page.pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--user-data-dir=" + os.path.join(folder, "profile"), "--print-to-pdf=" + pdf,
                    "file://" + html_path], capture_output=True, timeout=180, check=True)
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
    return int(fields["Pages"]), fields["Page size"].strip(), text


class PrintedPage(unittest.TestCase):
    """The HTML export printed to PDF by a real browser holds the class, the edition and every answer."""

    @classmethod
    def setUpClass(cls):
        cls.rules = run.Rules()

    def check_printed(self, answers, extra=(), title="<script>alert(1)</script> 研究"):
        with tempfile.TemporaryDirectory() as folder:
            page = os.path.join(folder, "result.html")
            status, _, err = jcta("classify", "--edition", run.EDITION, "--answers", "-", "--format", "html",
                                  "--title", title, "--output", page, *extra, stdin=json.dumps({"answers": answers}))
            self.assertEqual(status, 0, err)
            with open(page, encoding="utf-8") as handle:
                html = handle.read()
            for external in ("<script", "src=", "href=", "@import", "url("):
                self.assertNotIn(external, html, "self-contained, no scripts")
            self.assertIn("@page { size: A4", html)
            pages, size, text = print_to_pdf(page, folder)
        expected = json.loads(run.Rules.classify(self.rules, answers))
        self.assertIn(pages, (1, 2), "one or two A4 pages")
        self.assertIn("(A4)", size)
        flat = squeeze(text)
        self.assertIn(squeeze(expected["class_label"]["ja"]), flat)
        self.assertIn(squeeze(expected["edition"]["title"]["ja"]), flat)
        self.assertIn("版" + run.EDITION, flat)
        for step in expected["path"]:
            self.assertIn(squeeze(step["question"]["ja"]) + "→" + squeeze(step["answer"]["ja"]), flat)
        self.assertIn(squeeze(title), flat, "the title is printed as text")
        for blank in ("確認者", "確認日", "備考"):
            self.assertIn(blank, flat)
        return flat

    def test_each_class_prints_on_one_or_two_pages(self):
        for cls, path in sorted(self.rules.paths.items()):
            with self.subTest(cls):
                self.check_printed(self.rules.answers(path))

    def test_a_transitional_result_prints_both_editions(self):
        flat = self.check_printed(dict(OFF_LABEL, low_risk="yes"), extra=("--study-date", "2025-04-01"))
        self.assertIn("経過措置について", flat)
        self.assertIn("附則", flat)


class ResultScreen(unittest.TestCase):
    """The full screen: the export panel offers the printable page, and a study begun before the amendment
    gets both editions on its result screen."""

    @classmethod
    def setUpClass(cls):
        cls.rules = run.Rules()

    def walk_to(self, cls, *args):
        pane = run.Pane(self, args)
        pane.wait_for("スクリーニングを始める")
        pane.keys("Enter")
        for node, number in self.rules.paths[cls]:
            pane.wait_for(self.rules.question(node))
            pane.keys(str(number))
        expected = json.loads(self.rules.classify(self.rules.answers(self.rules.paths[cls])))
        pane.wait_for(expected["headline"]["ja"])
        return pane

    def test_the_export_panel_writes_the_printable_page(self):
        pane = self.walk_to("clinical")
        pane.keys("e")
        pane.wait_for("印刷用ページ HTML (.html)")
        pane.keys("4")
        pane.wait_for("> 研究課題名")
        pane.wait_for("保存先のファイル名")
        pane.type("新薬Xの試験")
        pane.wait_for("新薬Xの試験")
        pane.keys("Tab")
        pane.wait_for("> 保存先のファイル名")
        default_name = pane.wait_for_pattern(r"(jcta-\d{8}-\d{6}\.html)").group(1)
        pane.keys("Enter")
        match = pane.wait_for_pattern(r"保存しました: (jcta-\d{8}-\d{6}\.html)")
        self.assertEqual(match.group(1), default_name, "the name the form showed")
        expected = self.rules.classify(self.rules.answers(self.rules.paths["clinical"]), fmt="html", title="新薬Xの試験")
        self.assertEqual(pane.file(match.group(1)), expected.encode("utf-8"))

    def test_v_compares_the_editions_asking_the_other_editions_question(self):
        root, nodes = run.questionnaire_listing(run.jcta, "2019")
        pane = run.Pane(self, width=100, height=40, command="'%s' --edition 2019" % run.JCTA)
        pane.wait_for("スクリーニングを始める")
        pane.keys("Enter")
        node = root
        while node in OFF_LABEL:
            choices = nodes[node]["choices"]
            number = [c["id"] for c in choices].index(OFF_LABEL[node]) + 1
            pane.wait_for(nodes[node]["question"]["ja"])
            pane.keys(str(number))
            node = choices[number - 1].get("next")
        pane.wait_for(classify_json(OFF_LABEL, "2019")["headline"]["ja"])
        pane.keys("v")
        pane.wait_for("この版で結果を出すには")
        _, nodes2025 = run.questionnaire_listing(run.jcta, "2025")
        pane.wait_for(nodes2025["low_risk"]["question"]["ja"][:20])
        yes = [c["id"] for c in nodes2025["low_risk"]["choices"]].index("yes") + 1
        pane.keys(str(yes))
        newer = classify_json(dict(OFF_LABEL, low_risk="yes"), "2025")
        pane.wait_for("分類: " + newer["class_label"]["ja"])
        for _ in range(40):
            if "違い（2019 年版と 2025 年版）" in pane.screen():
                break
            pane.keys("j")
        pane.wait_for("違い（2019 年版と 2025 年版）")
        pane.keys("Escape")
        pane.wait_until(lambda screen: "版の比較 ─" not in screen and "v 版の比較" in screen, "the result with its key bar")

    def page_down_until(self, pane, pattern):
        """Pages down one page at a time until `pattern` shows, waiting after each PgDn for the position note
        ("16-31/159") to move: keys sent faster than the screen redraws would page past a short section."""
        def position(screen):
            note = re.search(r"(\d+)-(\d+)/(\d+) ─", screen)
            return note and note.groups()

        while True:
            screen = pane.screen()
            match = re.search(pattern, screen)
            if match:
                return match
            shown = position(screen)
            self.assertTrue(shown, "the result scrolls:\n" + screen)
            self.assertNotEqual(shown[1], shown[2], "reached the end without /%s/:\n%s" % (pattern, screen))
            pane.keys("PgDn")
            pane.wait_until(lambda now: position(now) not in (None, shown), "the page after lines %s-%s" % shown[:2])

    def test_a_study_begun_before_the_amendment_shows_both_editions(self):
        pane = self.walk_to("specified", "--study-date", "2025-04-01")
        answers = json.dumps({"answers": self.rules.answers(self.rules.paths["specified"])})
        status, out, err = jcta("classify", "--edition", run.EDITION, "--study-date", "2025-04-01", "--answers", "-",
                                "--format", "json", stdin=answers)
        self.assertEqual(status, 0, err)
        caveat = json.loads(out)["editions_compared"]["transition"]["caveat"]["ja"]
        self.assertIn("附則", caveat)
        # The section's digit brings its title to the top, so the whole caveat is on screen under it.
        section = self.page_down_until(pane, r"(\d) 経過措置について").group(1)
        pane.keys(section)
        pane.wait_until(lambda screen: squeeze(section + "経過措置について" + "-" + caveat) in squeeze(screen),
                        "the transitional section with its whole caveat")


class Usage(unittest.TestCase):
    """A log in the format a kiosk writes with --log: `jcta usage` summarises it and names broken lines."""

    def test_a_kiosk_log_with_a_truncated_line(self):
        with tempfile.TemporaryDirectory() as folder:
            log = os.path.join(folder, "kiosk.jsonl")
            lines = [{"time": "2026-04-0%dT09:00:00+09:00" % day, "edition": "2025", "class": cls, "duration_seconds": seconds}
                     for day, cls, seconds in ((1, "specified", 90), (1, "clinical", 30), (2, "consult", 60), (8, "clinical", 10))]
            with open(log, "w") as handle:
                handle.write("\n".join(json.dumps(line) for line in lines) + '\n{"time": "2026-04-09T1')
            status, out, err = jcta("usage", log, "--by", "week", "--format", "json")
            self.assertEqual(status, 0, err)
            report = json.loads(out)
            self.assertEqual([(p["period"], p["screenings"]) for p in report["periods"]], [("2026-W14", 3), ("2026-W15", 1)])
            self.assertEqual(report["periods"][0]["classes"], {"specified": 1, "clinical": 1, "out_of_scope": 0, "consult": 1})
            self.assertEqual(report["periods"][0]["median_duration_seconds"], 60)
            self.assertEqual(report["total"]["editions"], {"2025": 4})
            self.assertEqual([(p["file"], p["line"]) for p in report["lines_not_read"]], [(log, 5)])
            self.assertIn("1 行を読めなかった", err, "notes in the report's language (Japanese by default)")
            status, out, _ = jcta("usage", log, "--by", "month", "--lang", "en")
            self.assertEqual(status, 0)
            self.assertIn("| 2026-04 | 4 | 1 | 2 | 0 | 1 | 4 | 0:45 |", out)
            self.assertIn("- %s:5: not a complete JSON object" % log, out)
            status, out, err = jcta("usage", log, "--by", "day", "--lang", "ja")
            self.assertEqual(status, 0, err)
            self.assertIn("| 2026-04-05 | 0 |", out, "a day without screenings is a row of zeros")
            self.assertIn("完全な JSON オブジェクトではありません", out)
            self.assertIn("| **合計** |", out)
            for english in ("not a complete", "Total", "\\_"):
                self.assertNotIn(english, out)
            self.assertIn("行を読めなかったため", err)
            done = subprocess.run([binary(), "usage", log, "--format", "csv", "--lang", "ja"], capture_output=True, timeout=60)
            header = next(csv.reader(io.StringIO(done.stdout.decode("utf-8-sig"), newline="")))
            self.assertEqual(header[:2], ["日", "件数"])
            status, _, err = jcta("usage", log, os.path.join(folder, "missing.jsonl"))
            self.assertEqual(status, 1)
            self.assertIn("利用記録", err)


class Help(unittest.TestCase):
    def test_each_office_command_explains_itself(self):
        for command, words in (("validate", ["JCTA016", "scenarios:"]), ("classify", ["csv", "html", "BOM"]),
                               ("compare", ["--answers", "transitional", "Exit codes"]),
                               ("flow", ["--edition", "--format", "--answers", "--output", "Graphviz"]),
                               ("usage", ["--by", "--format", "truncated", "duration_seconds", "out_of_scope",
                                          "2026-04-01T09:05:07+09:00", "headers"])):
            status, out, err = jcta(command, "--help")
            self.assertEqual(status, 0, err)
            for word in words:
                self.assertIn(word, out, "%s --help names %s" % (command, word))
        for command in ("classify", "compare"):
            status, out, _ = jcta("help", command)
            for word in ("--no-pdf-header-footer", "--print-to-pdf"):
                self.assertIn(word, out, "help %s says how to print without the browser's header" % command)
        status, out, _ = jcta("help", "classify")
        for key in ('"answers"', '"edition"', '"study_date"', '"title"', "Example file"):
            self.assertIn(key, out)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        BIN_ARGUMENT = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
