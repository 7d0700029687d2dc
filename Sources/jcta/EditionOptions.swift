import ArgumentParser
import JCTACore

/// The options every command shares to pick the rules: an embedded edition, or a file.
struct EditionOptions: ParsableArguments {
    @Option(name: .long, help: "Edition of the rules: 2019 or 2025 (default: the one in force on --study-date).",
            completion: .list(EditionCatalog.entries.map(\.id)))
    var edition: String?

    @Option(name: .long, help: "Planned study start date, YYYY-MM-DD (default: today). Picks the edition in force.")
    var studyDate: String?

    @Option(name: .long, help: "Load the rules from this YAML file instead of the embedded editions.")
    var questionnaire: String?

    @Option(name: .long, help: "Language of text output: ja or en.")
    var lang: Language = .ja

    /// The values parsed, for the code that uses them (shared with the fast start).
    var choice: EditionChoice {
        EditionChoice(edition: edition, studyDate: studyDate, questionnaire: questionnaire, lang: lang)
    }

    func parsedStudyDate() throws -> CivilDate? {
        try choice.parsedStudyDate()
    }

    /// The questionnaire to use. `fileEdition` is the edition an answers file names; the command line wins.
    func load(fileEdition: String? = nil, studyDate fileStudyDate: CivilDate? = nil) throws -> Questionnaire {
        try choice.load(fileEdition: fileEdition, studyDate: fileStudyDate)
    }
}

/// Which rules to use, once the command line is read: an embedded edition, or a file.
struct EditionChoice {
    var edition: String?
    var studyDate: String?
    var questionnaire: String?
    var lang: Language = .ja

    func parsedStudyDate() throws -> CivilDate? {
        guard let studyDate else { return nil }
        return try StudyDateOption.parse(studyDate)
    }

    /// The questionnaire to use. `fileEdition` is the edition an answers file names; the command line wins.
    func load(fileEdition: String? = nil, studyDate fileStudyDate: CivilDate? = nil) throws -> Questionnaire {
        if let path = questionnaire {
            do {
                let loaded = try QuestionnaireLoader.load(path: path)
                let problems = QuestionnaireValidator.validate(loaded)
                guard problems.isEmpty else { throw DiagnosticList(problems) }
                return loaded
            } catch let list as DiagnosticList {
                list.diagnostics.forEach { printError($0.description) }
                throw ExitStatus.invalidInput.exitCode
            }
        }
        let entry: EditionCatalog.Entry
        if let id = edition ?? fileEdition {
            guard let found = EditionCatalog.entry(id: id) else {
                let known = EditionCatalog.entries.map(\.id).joined(separator: ", ")
                printError("error: unknown edition '\(id)'; the embedded editions are: \(known)")
                throw ExitStatus.invalidInput.exitCode
            }
            entry = found
        } else {
            let date = try parsedStudyDate() ?? fileStudyDate ?? CivilDate.today()
            guard let found = EditionCatalog.entry(inForceOn: date) else {
                let first = EditionCatalog.entries.first.map { "\($0.effectiveFrom)" } ?? "?"
                printError("error: no edition is in force on \(date): the Act applies from \(first); name one with --edition")
                throw ExitStatus.invalidInput.exitCode
            }
            entry = found
        }
        do {
            return try entry.load()
        } catch {
            // An embedded edition is validated by the test suite; reaching here means a broken build.
            error.diagnostics.forEach { printError($0.description) }
            throw ExitStatus.invalidInput.exitCode
        }
    }
}

extension Language: ExpressibleByArgument {}
