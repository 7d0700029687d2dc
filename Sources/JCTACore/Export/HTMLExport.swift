/// The result as one printable page for the study file: the class, the stamp, every answer, the grounds,
/// cases, articles, caveats, obligations, facts to confirm, the disclaimer, and blank lines for the office's
/// reviewer. The same sections as the other exports (`ResultSections`).
public enum HTMLExport {
    public static func render(_ document: ResultDocument) -> String {
        render([document])
    }

    /// Several results as one page per result (each starts on a new sheet when printed).
    public static func render(_ documents: [ResultDocument]) -> String {
        let first = documents.first
        let title = (first.map { ResultSections($0).heading } ?? "jcta")
            + (documents.count == 1 ? first?.studyTitle.map { " — \($0)" } ?? "" : "")
        return HTMLPage.document(title: title, language: first?.language ?? .ja,
                                 body: documents.map { "<section class=\"result\">\n" + body($0) + "</section>\n" }.joined())
    }

    static func body(_ document: ResultDocument) -> String {
        let s = ResultSections(document)
        let r = document.result
        let lang = document.language
        func t(_ ja: String, _ en: String) -> String { lang == .ja ? ja : en }
        let e = HTMLPage.escape
        var body = "<h1>\(e(s.heading))</h1>\n"
        body += "<div class=\"class \(r.classification.rawValue)\">\(e(s.classLine))</div>\n"
        body += "<p><strong>\(e(s.headline))</strong></p>\n<p>\(e(s.explanation))</p>\n"
        let grounds = ResultGrounds.labels(r, language: lang)
        if !grounds.isEmpty { body += "<p>\(e(t("根拠条文", "Grounds"))): \(e(grounds.joined(separator: "; ")))</p>\n" }
        // The tool's version is a bare line on screens; on paper it is labelled in words.
        let stamp = s.stamp.map { $0 == "jcta \(document.toolVersion)" ? HTMLPage.toolLine(document.toolVersion, language: lang) : $0 }
        body += "<table class=\"stamp\">\n" + stamp.map { line in
            guard let colon = line.range(of: ": ") else { return "<tr><td colspan=\"2\">\(e(line))</td></tr>\n" }
            return "<tr><th>\(e(String(line[..<colon.lowerBound])))</th><td>\(e(String(line[colon.upperBound...])))</td></tr>\n"
        }.joined() + "</table>\n"
        let pathTitle = t("回答の経過", "Path of answers")
        for section in s.sections {
            body += "<h2>\(e(section.title))</h2>\n"
            if section.title == pathTitle {
                // Question and answer in one flowing line: compact on paper, and read in order by text tools.
                body += "<ul class=\"path\">\n" + r.path.map { step in
                    "<li>\(e(QuestionNode.numberLabel(step.number, lang))) \(e(step.question[lang])) → <strong>\(e(step.answer[lang]))</strong></li>\n"
                }.joined() + "</ul>\n"
            } else {
                body += HTMLPage.list(section.items)
            }
        }
        body += HTMLPage.reviewerBox(language: lang)
        return body
    }
}
