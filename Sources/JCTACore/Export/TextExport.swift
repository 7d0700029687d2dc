/// The result as plain text, for printing and for screen readers.
public enum TextExport {
    public static func render(_ document: ResultDocument) -> String {
        let s = ResultSections(document)
        var out = "\(s.heading)\n\n"
        out += "\(s.classLine): \(s.headline)\n"
        out += s.explanation + "\n\n"
        out += s.stamp.joined(separator: "\n") + "\n"
        for section in s.sections {
            out += "\n[\(section.title)]\n"
            out += section.items.map { "  * \($0)" }.joined(separator: "\n") + "\n"
        }
        return out
    }
}
