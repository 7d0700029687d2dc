import JCTACore

/// The names a kiosk gives its exports, and the one check that keeps every write inside the export
/// directory: only a plain generated name is ever joined to it.
public enum KioskExportName {
    /// `jcta-YYYYMMDD-HHMM-NNN.<ext>` for a result, `jcta-score-…` for a score sheet.
    public static func make(subject: ExportPanel.Subject, time: LocalTimestamp, sequence: Int, format: ExportFormat) -> String {
        let number = String(sequence)
        let padded = String(repeating: "0", count: max(3 - number.count, 0)) + number
        return (subject == .result ? "jcta-" : "jcta-score-") + "\(time.compact)-\(padded).\(format.fileExtension)"
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
