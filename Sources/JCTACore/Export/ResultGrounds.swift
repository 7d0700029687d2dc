/// What a result rests on in law, as the office files it: the provisions the result cites, in the rules' order.
/// Read from the result (so from the loaded questionnaire), never from a fixed list of ids.
public enum ResultGrounds {
    public static func labels(_ result: ClassificationResult, language: Language) -> [String] {
        result.articles.map { $0.label[language] }
    }
}
