import Foundation

/// `jcta validate`: each file checked as the kind its top-level keys say. Training scenario files are checked
/// against the questionnaire editions given with them (valid ones), else against the embedded editions.
public enum RulesFileValidation {
    /// A file to check: its name in diagnostics, and its text (or why it could not be read).
    public struct Source: Sendable {
        public var name: String
        public var text: Result<String, DiagnosticList>

        public init(name: String, text: Result<String, DiagnosticList>) {
            self.name = name
            self.text = text
        }

        /// Reads a file; what cannot be read as text is reported by the questionnaire loader's checks.
        public static func file(_ path: String) -> Source {
            if let data = FileManager.default.contents(atPath: path), data.count <= QuestionnaireLoader.maximumBytes,
               let text = String(validating: data, as: UTF8.self) {
                return Source(name: path, text: .success(text))
            }
            do {
                _ = try QuestionnaireLoader.load(path: path)
            } catch {
                return Source(name: path, text: .failure(error))
            }
            // The file changed between the two reads and is readable now.
            return file(path)
        }

        /// The files built into the binary: the editions and the training scenarios.
        public static var embedded: [Source] {
            (EditionCatalog.entries.map(\.fileName) + [ScenarioLoader.fileName]).compactMap { name in
                    EditionCatalog.embeddedFile(named: name).map { Source(name: "Questionnaires/\(name)", text: .success($0)) }
                }
        }
    }

    /// What one file turned out to be: a one-line summary when valid, else its diagnostics.
    public struct Report: Sendable {
        public var name: String
        public var kind: RulesFileKind?
        public var summary: String?
        public var diagnostics: [Diagnostic]
    }

    public static func validate(_ sources: [Source]) -> [Report] {
        var reports: [Report?] = Array(repeating: nil, count: sources.count)
        var scenarioFiles: [(index: Int, text: String)] = []
        var editions: [Questionnaire] = []
        for (index, source) in sources.enumerated() {
            let text: String
            switch source.text {
            case .failure(let list):
                reports[index] = Report(name: source.name, kind: nil, summary: nil, diagnostics: list.diagnostics)
                continue
            case .success(let read): text = read
            }
            switch RulesFileKind.detect(text, file: source.name) {
            case .failure(let diagnostic):
                reports[index] = Report(name: source.name, kind: nil, summary: nil, diagnostics: [diagnostic])
            case .success(.trainingScenarios):
                scenarioFiles.append((index, text))
            case .success(.questionnaire), .success(nil):
                let (report, questionnaire) = checkQuestionnaire(text, name: source.name)
                reports[index] = report
                if let questionnaire { editions.append(questionnaire) }
            }
        }
        if !scenarioFiles.isEmpty && editions.isEmpty {
            editions = EditionCatalog.entries.compactMap { try? $0.load() }
        }
        for file in scenarioFiles {
            reports[file.index] = checkScenarios(file.text, name: sources[file.index].name, editions: editions)
        }
        return reports.compactMap { $0 }
    }

    private static func checkQuestionnaire(_ text: String, name: String) -> (Report, Questionnaire?) {
        do {
            let questionnaire = try QuestionnaireLoader.load(text: text, file: name)
            let problems = QuestionnaireValidator.validate(questionnaire)
            guard problems.isEmpty else { return (Report(name: name, kind: .questionnaire, summary: nil, diagnostics: problems), nil) }
            let summary = "valid questionnaire edition \(questionnaire.edition): \(questionnaire.nodes.count) questions, "
                + "\(questionnaire.outcomes.count) outcomes, \(questionnaire.cases.count) cases"
            return (Report(name: name, kind: .questionnaire, summary: summary, diagnostics: []), questionnaire)
        } catch {
            return (Report(name: name, kind: .questionnaire, summary: nil, diagnostics: error.diagnostics), nil)
        }
    }

    private static func checkScenarios(_ text: String, name: String, editions: [Questionnaire]) -> Report {
        do {
            let scenarios = try ScenarioLoader.load(text: text, file: name)
            let problems = ScenarioValidator.validate(scenarios, editions: editions)
            guard problems.isEmpty else { return Report(name: name, kind: .trainingScenarios, summary: nil, diagnostics: problems) }
            let summary = "valid training scenario file: \(scenarios.count) scenarios, checked against edition"
                + (editions.count == 1 ? " " : "s ") + editions.map(\.edition).joined(separator: ", ")
            return Report(name: name, kind: .trainingScenarios, summary: summary, diagnostics: [])
        } catch {
            return Report(name: name, kind: .trainingScenarios, summary: nil, diagnostics: error.diagnostics)
        }
    }
}
