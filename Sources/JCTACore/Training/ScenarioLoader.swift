import Foundation
import Yams

/// Reads `Questionnaires/scenarios.yaml` strictly (unknown keys are errors) into scenarios, or into
/// diagnostics naming file, line and column, in the same way as `QuestionnaireLoader`.
public enum ScenarioLoader {
    public static let fileName = "scenarios.yaml"
    public static let supportedFormat = 1

    /// The scenarios built into the binary.
    public static func loadEmbedded() throws(DiagnosticList) -> [TrainingScenario] {
        let file = "Questionnaires/\(fileName)"
        guard let text = EditionCatalog.embeddedFile(named: fileName) else {
            throw DiagnosticList([Diagnostic(.unreadable, at: SourceLocation(file: file, line: 1, column: 1),
                                             "this jcta was built without \(fileName)",
                                             fix: "add Questionnaires/\(fileName) and rebuild")])
        }
        return try load(text: text, file: file)
    }

    public static func load(text: String, file: String) throws(DiagnosticList) -> [TrainingScenario] {
        let root = try QuestionnaireLoader.composeSafely(text, file: file, emptyFix: "start with `format: 1` and `scenarios:`")
        let document = YAMLDocument(file: file)
        return try document.result(ScenarioReader(document: document).read(root))
    }
}

/// Builds scenarios from a composed YAML tree with the questionnaire reader's strict helpers.
struct ScenarioReader {
    let document: YAMLDocument

    static let topLevelKeys = ["format", "scenarios"]
    static let scenarioKeys = ["id", "case", "tags", "title", "description", "answers", "teaching_point", "contrasts"]

    func read(_ root: Node) -> [TrainingScenario]? {
        guard let top = document.mapping(root, what: "the scenario file", known: Self.topLevelKeys) else { return nil }
        let format = top.required("format").flatMap { readFormat($0) }
        guard let list = top.required("scenarios"), let items = document.sequence(list, what: "scenarios") else { return nil }
        let scenarios = items.compactMap(readScenario)
        guard format != nil else { return nil }
        return scenarios
    }

    private func readFormat(_ node: Node) -> Int? {
        guard let text = document.string(node, what: "format") else { return nil }
        guard let value = Int(text), value == ScenarioLoader.supportedFormat else {
            document.report(.unsupportedFormat, node, "format '\(text)' is not supported by this jcta",
                            fix: "write `format: \(ScenarioLoader.supportedFormat)`, or use a newer jcta")
            return nil
        }
        return value
    }

    private func readScenario(_ node: Node) -> TrainingScenario? {
        guard let map = document.mapping(node, what: "a scenario", known: Self.scenarioKeys) else { return nil }
        let id = map.required("id").flatMap { document.identifier($0, what: "scenario id") }
        let name = "scenario '\(id ?? "?")'"
        let caseID = map.optional("case").flatMap { document.identifier($0, what: "\(name) case", pattern: .caseNumber) }
        let tags = map.required("tags").map { readTags($0, owner: name) } ?? []
        let title = map.required("title").flatMap { document.text($0, what: "\(name) title") }
        let description = map.required("description").flatMap { document.text($0, what: "\(name) description") }
        let answers = map.required("answers").flatMap { readAnswers($0, owner: name) }
        let teaching = map.required("teaching_point").flatMap { document.text($0, what: "\(name) teaching_point") }
        let contrasts = map.optional("contrasts").flatMap { readContrasts($0, owner: name) } ?? []
        guard let id, let title, let description, let answers, let teaching else { return nil }
        return TrainingScenario(id: id, caseID: caseID, tags: tags, title: title, description: description, answers: answers,
                                teachingPoint: teaching, contrasts: contrasts, location: map.location)
    }

    /// Tags are snake_case topics, or a casebook list number `1`, `2`, `3`.
    private func readTags(_ node: Node, owner: String) -> [String] {
        guard let items = document.sequence(node, what: "\(owner) tags") else { return [] }
        var tags: [String] = []
        for item in items {
            guard let tag = document.string(item, what: "a tag of \(owner)") else { continue }
            guard TrainingTags.isWellFormed(tag) else {
                document.report(.badValue, item, "tag '\(tag)' of \(owner) is neither a list number nor a snake_case topic",
                                fix: "use 1, 2, 3 (the casebook list) or a topic such as funding or off_label")
                continue
            }
            if tags.contains(tag) {
                document.report(.duplicateID, item, "tag '\(tag)' appears twice in \(owner)", fix: "keep one of them")
                continue
            }
            tags.append(tag)
        }
        return tags
    }

    /// `contrasts: {secondary_aim: ["yes"], purpose: [efficacy_safety]}`: question id to other choice ids.
    private func readContrasts(_ node: Node, owner: String) -> [TrainingScenario.Answer]? {
        guard case .mapping(let mapping) = node else {
            document.report(.wrongType, node, "\(owner) contrasts must be a mapping of question id to a list of choice ids, found \(document.kind(of: node))",
                            fix: "write `contrasts: {secondary_aim: [\"yes\"]}`")
            return nil
        }
        var contrasts: [TrainingScenario.Answer] = []
        for (key, value) in mapping {
            guard let nodeID = document.identifier(key, what: "a question id in \(owner) contrasts"),
                  let items = document.sequence(value, what: "the contrasts to '\(nodeID)' in \(owner)") else { continue }
            for item in items {
                guard let choice = document.identifier(item, what: "a contrast to '\(nodeID)' in \(owner)") else { continue }
                contrasts.append(.init(node: nodeID, choice: choice, location: document.location(of: item)))
            }
        }
        return contrasts
    }

    private func readAnswers(_ node: Node, owner: String) -> [TrainingScenario.Answer]? {
        guard case .mapping(let mapping) = node else {
            document.report(.wrongType, node, "\(owner) answers must be a mapping of question id to choice id, found \(document.kind(of: node))",
                            fix: "write `answers: {exclusion: none, product: drug, …}`")
            return nil
        }
        var answers: [TrainingScenario.Answer] = []
        for (key, value) in mapping {
            guard let nodeID = document.identifier(key, what: "a question id in \(owner) answers"),
                  let choice = document.identifier(value, what: "the answer to '\(nodeID)' in \(owner)") else { continue }
            answers.append(.init(node: nodeID, choice: choice, location: document.location(of: key)))
        }
        if answers.isEmpty && document.diagnostics.isEmpty {
            document.report(.missingKey, node, "\(owner) has no answers", fix: "give the answer a correct walk gives to each question")
        }
        return answers
    }
}
