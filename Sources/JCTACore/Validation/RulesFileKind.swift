import Yams

/// The kinds of rules file the research office edits, told apart by their top-level keys.
public enum RulesFileKind: Sendable, Equatable {
    /// An edition of the questionnaire (`edition:`, `nodes:`, …).
    case questionnaire
    /// The training scenario file (`scenarios:`).
    case trainingScenarios

    /// The top-level keys only this kind has, taken from the readers so the two never disagree.
    static var distinctiveKeys: [(kind: RulesFileKind, keys: [String])] {
        let questionnaire = QuestionnaireLoader.topLevelKeys
        let scenarios = ScenarioReader.topLevelKeys
        return [(.questionnaire, questionnaire.filter { !scenarios.contains($0) }),
                (.trainingScenarios, scenarios.filter { !questionnaire.contains($0) })]
    }

    /// The kind of `text`, from its unindented `key:` lines, or the keys of a flow mapping (`{…}`, JSON).
    /// nil when it has none (empty, comments only, a list, binary), or when the YAML is broken or unsafe: the
    /// questionnaire loader then explains what is wrong. A file whose keys fit no kind, or both, is one diagnostic naming the keys each
    /// kind starts with.
    public static func detect(_ text: String, file: String) -> Result<RulesFileKind?, Diagnostic> {
        var keys = topLevelKeys(of: text)
        if keys.isEmpty { keys = flowMappingKeys(of: text, file: file) }
        guard let first = keys.first else { return .success(nil) }
        let names = Set(keys.map(\.key))
        let matching = distinctiveKeys.filter { !names.isDisjoint(with: $0.keys) }
        if matching.count == 1 { return .success(matching[0].kind) }
        // Unsafe or broken YAML is explained by the loader's own checks (aliases, nesting, syntax) first.
        guard (try? QuestionnaireLoader.composeSafely(text, file: file, emptyFix: "")) != nil else { return .success(nil) }
        let expected = distinctiveKeys.map { entry in
            "\(entry.kind.name): " + entry.keys.map { "`\($0):`" }.joined(separator: ", ")
        }.joined(separator: "; ")
        let found = keys.map(\.key).joined(separator: ", ")
        let what = matching.isEmpty ? "is neither a questionnaire edition nor a training scenario file"
                                    : "mixes the keys of a questionnaire edition and of a training scenario file"
        return .failure(Diagnostic(.unknownFileKind, at: SourceLocation(file: file, line: first.line, column: 1),
                                   "the file \(what) (top-level keys: \(found))",
                                   fix: "a file of jcta's rules has the top-level keys of one kind: \(expected)"))
    }

    public var name: String {
        switch self {
        case .questionnaire: "questionnaire edition"
        case .trainingScenarios: "training scenario file"
        }
    }

    /// The keys of a document written as one flow mapping, with their lines; empty for anything else.
    static func flowMappingKeys(of text: String, file: String) -> [(key: String, line: Int)] {
        guard let root = try? QuestionnaireLoader.composeSafely(text, file: file, emptyFix: ""),
              case .mapping(let mapping) = root else { return [] }
        return mapping.keys.compactMap { key in key.string.map { ($0, key.mark?.line ?? 1) } }
    }

    /// `key:` at the start of a line, outside comments and documents markers, with its 1-based line.
    static func topLevelKeys(of text: String) -> [(key: String, line: Int)] {
        var keys: [(key: String, line: Int)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon]
            guard let head = key.first, head.isLetter || head == "_",
                  key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { continue }
            keys.append((String(key), index + 1))
        }
        return keys
    }
}
