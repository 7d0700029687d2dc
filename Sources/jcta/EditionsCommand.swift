import ArgumentParser
import JCTACore

/// `jcta editions`: the embedded editions and which one is in force on a date.
struct EditionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "editions",
        abstract: "List the embedded editions of the rules and their dates.",
        discussion: "Example: jcta editions --study-date 2025-01-15"
    )

    @Option(name: .long, help: "Mark the edition in force on this date (default: today).")
    var studyDate: String?

    func run() throws {
        let date: CivilDate
        if let studyDate {
            date = try StudyDateOption.parse(studyDate)
        } else {
            date = CivilDate.today()
        }
        let current = EditionCatalog.entry(inForceOn: date)?.id
        for entry in EditionCatalog.entries {
            let until = entry.effectiveUntil.map(\.description) ?? ""
            let mark = entry.id == current ? "  <- in force on \(date)" : ""
            print("\(entry.id)  \(entry.effectiveFrom) - \(until)\(mark)")
        }
    }
}
