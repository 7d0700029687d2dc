import ArgumentParser
import Foundation
import JCTACore

/// `jcta cases [ID]`: the casebook entries the rules rest on.
struct CasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cases",
        abstract: "Show the casebook entries (事例集), one or all.",
        discussion: "Example: jcta cases 3-10"
    )

    @OptionGroup var rules: EditionOptions

    @Argument(help: "A case id such as 3-10; all cases when omitted.",
              completion: .custom { words, _, _ in CasesCommand.caseIDs(forWords: words) })
    var id: String?

    /// Completion: the case ids of the edition named on the command line, else of every embedded edition.
    static func caseIDs(forWords words: [String]) -> [String] {
        let named = words.firstIndex(of: "--edition").flatMap { words.indices.contains($0 + 1) ? words[$0 + 1] : nil }
        let entries = EditionCatalog.entries.filter { named == nil || $0.id == named }
        let ids = entries.flatMap { (try? $0.load())?.cases.map(\.id) ?? [] }
        return Array(Set(ids)).sorted { $0.compare($1, options: .numeric) == .orderedAscending }
    }

    func run() throws {
        let q = try rules.load()
        let shown: [CaseEntry]
        if let id {
            guard let entry = q.caseEntry(id) else {
                printError("error: no case '\(id)'; the cases are: " + q.cases.map(\.id).joined(separator: ", "))
                throw ExitStatus.invalidInput.exitCode
            }
            shown = [entry]
        } else {
            shown = q.cases
        }
        print(shown.map { CaseText.render($0, questionnaire: q, language: rules.lang) }.joined(separator: "\n"), terminator: "")
    }
}
