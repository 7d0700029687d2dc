/// Grades a trainee's answers against the exercises' computed classes. When the answers name their round
/// (a seed, and a count and filters if the round had them), every exercise of the round is graded: a missing
/// answer counts as wrong and is listed, never dropped from the total. Every unknown exercise and every
/// unreadable class is reported together, so a trainer fixes a collected file in one pass.
public enum BatchGrader {
    public static func grade(_ file: TraineeAnswersFile, pool: TrainingPool, date: CivilDate, time: String? = nil)
        throws(DiagnosticList) -> ScoreSheet {
        var problems: [Diagnostic] = []
        var picks: [String: Classification] = [:]
        var round: [TrainingItem]?
        let selection = file.seed.map { ScenarioSelection(filters: file.filters, count: file.count, seed: $0) }
        if let selection {
            do {
                round = try selection.select(from: pool)
            } catch {
                problems.append(Diagnostic(.badValue, at: SourceLocation(file: file.source, line: 1, column: 1),
                                           "the round (seed \(selection.seed)) cannot be selected: \(error)",
                                           fix: "check the count and filters the answers name"))
            }
        }
        let inRound = round.map { Set($0.map(\.id)) }
        for entry in file.answers {
            if pool.item(id: entry.scenario) == nil {
                problems.append(Diagnostic(.danglingReference, at: entry.location, "unknown exercise '\(entry.scenario)'",
                    fix: "use an id from `jcta train --list`, e.g. \(QuestionnaireValidator.suggestions(for: entry.scenario, among: pool.items.map(\.id)))"))
            } else if let inRound, !inRound.contains(entry.scenario) {
                problems.append(Diagnostic(.danglingReference, at: entry.location,
                    "exercise '\(entry.scenario)' is not in the round of seed \(file.seed!)\(file.count.map { ", count \($0)" } ?? "")",
                    fix: "check the seed and count, or use `jcta train --list --seed \(file.seed!)\(file.count.map { " --count \($0)" } ?? "")`"))
            }
            if let picked = ClassAnswer.parse(entry.classification) {
                picks[entry.scenario] = picked
            } else {
                problems.append(Diagnostic(.badValue, at: entry.location,
                    "'\(entry.classification)' (the answer to '\(entry.scenario)') is not a class", fix: "use one of: \(ClassAnswer.accepted)"))
            }
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        let items = round ?? file.answers.compactMap { pool.item(id: $0.scenario) }
        let records = items.map { TrainingRecord(item: $0, picked: picks[$0.id], questionnaire: pool.questionnaire) }
        return ScoreSheet(questionnaire: pool.questionnaire, trainee: file.trainee, seed: file.seed, count: file.count,
                          filters: file.filters, date: date, time: time, complete: round != nil, records: records)
    }
}
