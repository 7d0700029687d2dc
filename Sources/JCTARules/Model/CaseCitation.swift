/// How a result relies on a casebook entry.
public enum CitationRole: String, Sendable, Hashable, CaseIterable, Codable {
    /// The case's own rule points to this result: it is a ground.
    case ground
    /// The case's 留意事項 (note), not its headline, is what applies; `point` says what the note settles.
    case note
    /// Cited to show the line: the case reaches another conclusion, shown with its own class.
    case contrast
}

/// A casebook entry cited by a choice or an outcome, with the role it plays there.
/// Written in the rules as `"3-1"` (a ground) or `{id: "1-3", as: note, point: {ja: …, en: …}}`.
public struct CaseCitation: Sendable, Hashable, Codable {
    public var id: String
    public var role: CitationRole
    /// Our own words for what the note settles (required for `note`), or why the case contrasts.
    public var point: LocalizedText?
    public var location: SourceLocation

    public init(id: String, role: CitationRole = .ground, point: LocalizedText? = nil, location: SourceLocation) {
        self.id = id
        self.role = role
        self.point = point
        self.location = location
    }
}

extension CaseEntry {
    /// Whether this case's own rule points to a result of `classification` (for out-of-scope results, also
    /// for `reason`). The casebook's second list is "clinical research, specified or not", so it supports both.
    public func supports(_ classification: Classification, reason: String?) -> Bool {
        switch (list, classification) {
        case (.specified, .specified), (.clinical, .specified), (.clinical, .clinical): return true
        // A case that names no reasons stands for any out-of-scope reason (the shipped editions name them all).
        case (.outOfScope, .outOfScope): return reasons.isEmpty || reason.map(reasons.contains) ?? false
        default: return false
        }
    }
}
