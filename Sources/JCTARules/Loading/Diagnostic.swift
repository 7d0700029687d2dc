/// A problem found in a questionnaire or answers file: a stable code, where, what, and how to fix it.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public var code: DiagnosticCode
    public var location: SourceLocation
    public var message: String
    public var fix: String

    public init(_ code: DiagnosticCode, at location: SourceLocation, _ message: String, fix: String) {
        self.code = code
        self.location = location
        self.message = message
        self.fix = fix
    }

    /// One line: `file:line:column: error JCTA021: message (fix: …)`.
    public var description: String {
        "\(location): error \(code.rawValue): \(message) (fix: \(fix))"
    }
}

/// Stable diagnostic codes; tests and documentation refer to them, so they never change meaning.
public enum DiagnosticCode: String, Sendable, CaseIterable {
    case unreadable = "JCTA001"
    case yamlSyntax = "JCTA002"
    case emptyFile = "JCTA003"
    case notText = "JCTA004"
    case tooLarge = "JCTA005"
    case tooDeep = "JCTA006"
    case duplicateKey = "JCTA007"
    case anchorOrAlias = "JCTA008"
    case wrongType = "JCTA010"
    case missingKey = "JCTA011"
    case unknownKey = "JCTA012"
    case badValue = "JCTA013"
    case missingLanguage = "JCTA014"
    case unsupportedFormat = "JCTA015"
    case unknownFileKind = "JCTA016"
    case duplicateID = "JCTA020"
    case danglingReference = "JCTA021"
    case choiceDestination = "JCTA022"
    case unreachable = "JCTA023"
    case cycle = "JCTA024"
    case caseNotCited = "JCTA025"
    case unsureChoice = "JCTA026"
    case unsureDestination = "JCTA027"
    case missingReason = "JCTA028"
    case consultOutcome = "JCTA029"
    case emptyChoices = "JCTA030"
    case outcomeNeverReached = "JCTA031"
    case effectiveDates = "JCTA032"
    case groundIgnored = "JCTA033"
    case groundOutcomeClass = "JCTA034"
    case citationMismatch = "JCTA035"
}

/// Diagnostics thrown together: loading stops at the first structural error in a file but reports every
/// problem the validator finds.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
