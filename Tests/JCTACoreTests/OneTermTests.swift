import Foundation
import Testing
@testable import JCTACore

/// One term for one thing: 製造販売業者 is "marketing-authorisation holder" in every English text of both
/// editions (the glossary's term), never "maker", and never 「メーカー」 in the Japanese.
@Suite struct OneTermTests {
    /// Every text a person reads in `edition`, by language: each LocalizedText's `ja`/`en`, and the cases'
    /// casebook Japanese beside our English rendering. Walks the encoded rules, so a field added later is read too.
    static func texts(edition: String) throws -> (ja: [String], en: [String]) {
        let q = try #require(EditionCatalog.entry(id: edition)).load()
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(q))
        var ja: [String] = [], en: [String] = []
        func walk(_ value: Any, key: String?) {
            if let object = value as? [String: Any] {
                for (k, v) in object { walk(v, key: k) }
            } else if let array = value as? [Any] {
                for v in array { walk(v, key: key) }
            } else if let text = value as? String {
                switch key {
                case "en", "textEnglish", "noteEnglish": en.append(text)
                case "ja", "text", "note": ja.append(text)
                default: break
                }
            }
        }
        walk(json, key: nil)
        return (ja, en)
    }

    @Test(arguments: ["2019", "2025"])
    func englishSaysMarketingAuthorisationHolderNeverMaker(_ edition: String) throws {
        let (_, en) = try Self.texts(edition: edition)
        #expect(en.count > 300, "the walk reads the edition's English texts")
        #expect(en.contains { $0.contains("marketing-authorisation holder") })
        let maker = try Regex(#"\bmakers?\b"#).ignoresCase()
        for text in en where text.contains(maker) {
            Issue.record("\(edition): \"maker\" in: \(text)")
        }
    }

    @Test(arguments: ["2019", "2025"])
    func japaneseSays製造販売業者NeverMaker(_ edition: String) throws {
        let (ja, _) = try Self.texts(edition: edition)
        #expect(ja.count > 300)
        #expect(ja.contains { $0.contains("製造販売業者") })
        for text in ja where text.contains("メーカー") {
            Issue.record("\(edition): 「メーカー」 in: \(text)")
        }
    }
}
