import JCTACore

/// The names a kiosk gives its exports, and the one check that keeps every write inside the export
/// directory: only a plain generated name is ever joined to it.
public enum KioskExportName {
    /// `jcta-YYYYMMDD-HHMM-NNN.<ext>` for a result, `jcta-score-…` for a score sheet, `jcta-answers-…` for
    /// answers saved to resume; NNN is the reference
    /// number the visitor is shown.
    public static func make(subject: ExportPanel.Subject, time: LocalTimestamp, sequence: Int, format: ExportFormat) -> String {
        subject.namePrefix + "\(time.compact)-\(reference(sequence)).\(format.fileExtension)"
    }

    /// A reference number as shown and named: at least three digits (`007`).
    public static func reference(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(3 - digits.count, 0)) + digits
    }

    /// The reference number in a generated name (`jcta-YYYYMMDD-HHMM-NNN.ext`), if `name` is one.
    public static func referenceNumber(inName name: String) -> Int? {
        guard name.hasPrefix("jcta-"), let dot = name.lastIndex(of: ".") else { return nil }
        let parts = name[..<dot].split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 4 else { return nil }
        let digits = { (part: Substring, count: Int?) in
            (count.map { part.count == $0 } ?? (part.count >= 3)) && part.allSatisfy { $0.isASCII && $0.isNumber }
        }
        let (date, time, number) = (parts[parts.count - 3], parts[parts.count - 2], parts[parts.count - 1])
        guard digits(date, 8), digits(time, 4), digits(number, nil) else { return nil }
        return Int(number)
    }

    /// `directory/name`, or nil when `name` is anything but a plain file name (a separator, `..`, a leading
    /// dot, a character outside letters, digits, `-`, `_` and `.`): such a name could leave the directory.
    public static func path(_ name: String, in directory: String) -> String? {
        guard !name.isEmpty, !name.hasPrefix("."), !name.contains(".."),
              name.unicodeScalars.allSatisfy({ allowed.contains($0) }) else { return nil }
        return (directory.hasSuffix("/") ? directory : directory + "/") + name
    }

    private static let allowed: Set<Unicode.Scalar> =
        Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.".unicodeScalars)
}
