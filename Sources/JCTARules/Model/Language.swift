/// The two languages every user-visible text is written in.
public enum Language: String, CaseIterable, Sendable, Codable {
    case ja, en

    public var other: Language { self == .ja ? .en : .ja }
}

/// A text in Japanese and English.
public struct LocalizedText: Hashable, Sendable, Codable {
    public var ja: String
    public var en: String

    public init(ja: String, en: String) {
        self.ja = ja
        self.en = en
    }

    public subscript(language: Language) -> String {
        language == .ja ? ja : en
    }
}
