/// The result as Markdown, for a study file or an e-mail to the research office.
public enum MarkdownExport {
    public static func render(_ document: ResultDocument) -> String {
        let s = ResultSections(document)
        var out = "# \(s.heading)\n\n"
        out += "**\(escape(s.classLine))**: \(escape(s.headline))\n\n"
        out += escape(s.explanation) + "\n\n"
        out += s.stamp.map { "- \(escape($0))" }.joined(separator: "\n") + "\n"
        for section in s.sections {
            out += "\n## \(escape(section.title))\n\n"
            out += section.items.map { "- \(escape($0))" }.joined(separator: "\n") + "\n"
        }
        return out
    }

    /// Keeps user and rule text from being read as Markdown markup.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            // '>' quotes only at the start of a line; inside one ("->") it is plain text.
            if "\\`*_[]<#|".contains(character) || (character == ">" && out.isEmpty) { out.append("\\") }
            out.append(character == "\n" ? " " : character)
        }
        return out
    }
}
