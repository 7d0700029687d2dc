import JCTACore

/// `--study-date`: a day (YYYY-MM-DD) or, as a clinician often knows only the month, a month (YYYY-MM,
/// read as its first day) — unless an edition comes into force inside that month, where the day decides
/// the edition and must be given.
enum StudyDateOption {
    static func parse(_ text: String) throws -> CivilDate {
        if let date = CivilDate(iso: text) { return date }
        if let first = CivilDate(iso: text + "-01") {
            let splitting = EditionCatalog.entries.first { $0.effectiveFrom.year == first.year && $0.effectiveFrom.month == first.month && $0.effectiveFrom.day != 1 }
            guard let splitting else { return first }
            printError("error: --study-date '\(text)': the \(splitting.id) edition comes into force on \(splitting.effectiveFrom), within that month; write the day, YYYY-MM-DD\n"
                       + "エラー: --study-date '\(text)': \(splitting.id) 年版は同じ月の \(splitting.effectiveFrom) に施行されるため、日まで YYYY-MM-DD で書いてください")
            throw ExitStatus.invalidInput.exitCode
        }
        printError("error: --study-date '\(text)' is not a date; write YYYY-MM-DD or YYYY-MM (the 1st), e.g. 2026-04-01 or 2026-04\n"
                   + "エラー: --study-date '\(text)' は日付として読めません。YYYY-MM-DD か YYYY-MM（その月の1日）で書いてください（例: 2026-04-01、2026-04）")
        throw ExitStatus.invalidInput.exitCode
    }
}
