/// What a kiosk's print command receives: the text export wrapped to the page, so no printer cuts a line
/// off or wraps it mid-character. 80 columns fit A4 and Letter portrait at 10 characters per inch; a
/// Japanese character takes two. A wrapped line keeps its indent (and the room of its list marker).
public enum PrintedDocument {
    public static let pageColumns = 80

    public static func layout(_ text: String) -> String {
        var out: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(line)
            guard DisplayWidth.of(line) > pageColumns else {
                out.append(line)
                continue
            }
            let indent = line.prefix { $0 == " " }.count
            let body = String(line.dropFirst(indent))
            let marker = ["- ", "* ", "・"].first { body.hasPrefix($0) }.map { DisplayWidth.of($0) } ?? 0
            let wrapped = StyledLine.wrapped(body, width: pageColumns - indent, hanging: marker)
            out += wrapped.map { String(repeating: " ", count: indent + $0.indent) + $0.text }
        }
        return out.joined(separator: "\n")
    }
}
