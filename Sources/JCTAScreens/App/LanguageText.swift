import JCTACore

extension Language {
    /// Picks the Japanese or the English wording of a screen text written in place.
    func text(_ ja: String, _ en: String) -> String {
        self == .ja ? ja : en
    }
}

extension LocalizedMessage {
    func callAsFunction(_ language: Language) -> String {
        language == .ja ? ja : en
    }
}
