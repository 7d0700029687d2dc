/// A round on paper: the exercise texts to hand out, an answer key with the right class under each
/// edition and the teaching point, and an answers template with the ids filled in for `jcta train --answers`.
public struct TrainingBooklet: Sendable {
    public struct Entry: Sendable {
        public var item: TrainingItem
        /// The right class under each edition, in the editions' order.
        public var classes: [(edition: String, classification: Classification)]
    }

    public var selection: ScenarioSelection
    public var edition: String
    public var entries: [Entry]

    /// The round of `selection` in `pools[0]` (the edition in use), keyed under every pool's edition.
    public init(pools: [TrainingPool], selection: ScenarioSelection) throws(ScenarioSelection.Problem) {
        self.selection = selection
        edition = pools[0].questionnaire.edition
        entries = try selection.select(from: pools[0]).map { item in
            Entry(item: item, classes: pools.compactMap { pool in pool.item(id: item.id).map { (pool.questionnaire.edition, $0.expected) } })
        }
    }

    /// The answers file a trainer hands out or fills from the answers collected: `jcta train --answers` reads it.
    /// It always names the count, so grading checks the round the trainees had, never every exercise.
    public var answersTemplate: String {
        var out = "{\n  \"trainee\": \"\",\n  \"edition\": \"\(edition)\",\n  \"seed\": \(selection.seed),\n"
        out += "  \"count\": \(entries.count),\n"
        if !selection.filters.isEmpty { out += "  \"filters\": [" + selection.filters.map { "\"\($0)\"" }.joined(separator: ", ") + "],\n" }
        out += "  \"answers\": {\n"
        out += entries.map { "    \"\($0.item.id)\": \"\"" }.joined(separator: ",\n")
        return out + "\n  }\n}\n"
    }

    public func rendered(as format: TrainingReportFormat, language: Language) -> String {
        let ja = language == .ja
        func t(_ j: String, _ e: String) -> String { ja ? j : e }
        let choices = TrainingPrompts.classes.enumerated().map { "\($0.offset + 1). \($0.element.label[language])" }
        let round = t("シード \(selection.seed)、\(entries.count)問", "seed \(selection.seed), \(entries.count) exercises")
        let title = t("臨床研究法 研修 設問集", "Clinical Trials Act training: exercises") + " (\(round))"
        switch format {
        case .html:
            let h = HTMLPage.escape
            var body = "<section class=\"page\">\n<h1>\(h(title))</h1>\n"
            body += "<p>\(h(t("受講者名", "Trainee"))): ____________________</p>\n"
            body += "<p>\(h(t("各設問の分類を1〜4で答えてください: ", "Answer each exercise with 1-4: ") + choices.joined(separator: "　")))</p>\n"
            for (index, entry) in entries.enumerated() {
                body += "<h3>\(h(t("設問", "Exercise"))) \(index + 1). \(h(entry.item.scenario.title[language]))</h3>\n"
                body += "<p>\(h(entry.item.scenario.description[language]))</p>\n<p>\(h(t("回答", "Answer"))): ____</p>\n"
            }
            body += "</section>\n<section class=\"page\">\n<h1>\(h(t("解答と解説", "Answer key")))</h1>\n"
            for (index, entry) in entries.enumerated() {
                body += "<h3>\(index + 1). \(h(entry.item.scenario.title[language]))</h3>\n<ul>\n"
                for key in entry.classes { body += "<li>\(h(t("\(key.edition)年版", "Edition \(key.edition)"))): \(h(key.classification.label[language]))</li>\n" }
                body += "<li>\(h(t("解説", "Teaching point"))): \(h(entry.item.scenario.teachingPoint[language]))</li>\n</ul>\n"
            }
            body += "</section>\n<section>\n<h1>\(h(t("回答ファイルのひな形", "Answers template")))</h1>\n<pre>\(h(answersTemplate))</pre>\n</section>\n"
            return HTMLPage.document(title: title, language: language, body: body)
        default:
            let e = MarkdownExport.escape
            var out = "# \(e(title))\n\n" + t("受講者名", "Trainee") + ": ____________________\n\n"
            out += t("各設問の分類を1〜4で答えてください: ", "Answer each exercise with 1-4: ") + choices.joined(separator: "　") + "\n"
            for (index, entry) in entries.enumerated() {
                out += "\n## " + t("設問", "Exercise") + " \(index + 1). \(e(entry.item.scenario.title[language]))\n\n"
                out += e(entry.item.scenario.description[language]) + "\n\n" + t("回答", "Answer") + ": ____\n"
            }
            out += "\n# " + t("解答と解説", "Answer key") + "\n"
            for (index, entry) in entries.enumerated() {
                out += "\n## \(index + 1). \(e(entry.item.scenario.title[language]))\n\n"
                for key in entry.classes { out += "- " + t("\(key.edition)年版", "Edition \(key.edition)") + ": " + key.classification.label[language] + "\n" }
                out += "- " + t("解説", "Teaching point") + ": " + e(entry.item.scenario.teachingPoint[language]) + "\n"
            }
            out += "\n# " + t("回答ファイルのひな形", "Answers template") + "\n\n```json\n" + answersTemplate + "```\n"
            return out
        }
    }
}
