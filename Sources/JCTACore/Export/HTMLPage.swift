/// A self-contained printable page: inline A4 print CSS, no scripts, no external files, text escaped.
public enum HTMLPage {
    public static func document(title: String, language: Language, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <title>\(escape(title))</title>
        <style>
        @page { size: A4; margin: 11mm 13mm; }
        body { font-family: "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif; font-size: 8.5pt; line-height: 1.32; color: #111; margin: 0 auto; max-width: 184mm; }
        h1 { font-size: 13pt; margin: 0 0 2mm; }
        h2 { font-size: 9.5pt; margin: 2.5mm 0 1mm; border-bottom: 0.3mm solid #999; break-after: avoid; }
        .class { font-size: 12pt; font-weight: bold; padding: 1mm 3mm; border-left: 2mm solid; margin: 1.5mm 0; }
        p { margin: 1mm 0; }
        .specified { border-color: #b3261e; background: #f9d5d3; }
        .clinical { border-color: #b06000; background: #fde7c2; }
        .out_of_scope { border-color: #2e7d32; background: #d7ecd9; }
        .consult { border-color: #3949ab; background: #dde3f8; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 0.2mm solid #bbb; padding: 0.5mm 1.5mm; text-align: left; vertical-align: top; }
        th { background: #f2f2f2; font-weight: normal; white-space: nowrap; }
        ul, ol { margin: 0; padding-left: 5mm; }
        li, tr { break-inside: avoid; }
        .review td { height: 7mm; width: 100%; }
        .review td.remarks { height: 16mm; }
        .result + .result { break-before: page; }
        .page { break-after: page; }
        </style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }

    /// Blank lines for the research office's reviewer: name, date and remarks.
    public static func reviewerBox(language lang: Language) -> String {
        func t(_ ja: String, _ en: String) -> String { escape(lang == .ja ? ja : en) }
        return "<h2>\(t("研究支援部門 確認欄", "Research office review"))</h2>\n<table class=\"review\">\n"
            + "<tr><th>\(t("確認者", "Reviewer"))</th><td></td></tr>\n"
            + "<tr><th>\(t("確認日", "Date"))</th><td></td></tr>\n"
            + "<tr><th>\(t("備考", "Remarks"))</th><td class=\"remarks\"></td></tr>\n</table>\n"
    }

    /// 「作成ツール: jcta 0.1.0」: the version that made the page, labelled in words.
    public static func toolLine(_ version: String, language lang: Language) -> String {
        (lang == .ja ? "作成ツール" : "Made with") + ": jcta \(version)"
    }

    public static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    public static func list(_ items: [String], ordered: Bool = false) -> String {
        let tag = ordered ? "ol" : "ul"
        return "<\(tag)>\n" + items.map { "<li>\(escape($0))</li>\n" }.joined() + "</\(tag)>\n"
    }
}
