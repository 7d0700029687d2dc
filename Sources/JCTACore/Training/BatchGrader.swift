/// Grades a trainee's answers file against the scenarios' computed classes. Every unknown scenario id and
/// every unknown class is reported together, so a trainer fixes a collected file in one pass.
public enum BatchGrader {
    public static func grade(_ file: TraineeAnswersFile, pool: TrainingPool, date: CivilDate) throws(DiagnosticList) -> ScoreSheet {
        var problems: [Diagnostic] = []
        var records: [TrainingRecord] = []
        let classes = Classification.allCases.map(\.rawValue)
        for entry in file.answers {
            let item = pool.item(id: entry.scenario)
            if item == nil {
                problems.append(Diagnostic(.danglingReference, at: entry.location, "unknown scenario '\(entry.scenario)'",
                    fix: "use an id from `jcta train --list`, e.g. \(QuestionnaireValidator.suggestions(for: entry.scenario, among: pool.items.map(\.id)))"))
            }
            let picked = Classification(rawValue: entry.classification)
            if picked == nil {
                problems.append(Diagnostic(.badValue, at: entry.location,
                    "'\(entry.classification)' (the answer to '\(entry.scenario)') is not a class",
                    fix: "use one of: \(classes.joined(separator: ", "))"))
            }
            if let item, let picked { records.append(TrainingRecord(item: item, picked: picked)) }
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        return ScoreSheet(questionnaire: pool.questionnaire, trainee: file.trainee, seed: file.seed, date: date, records: records)
    }
}
