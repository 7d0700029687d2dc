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
        let fileStart = SourceLocation(file: file.source, line: 1, column: 1)
        if let seed = file.seed, file.count == nil {
            // Every exercise is a round of its own size: grading against all of them would count the ones
            // the trainee never saw as wrong.
            problems.append(Diagnostic(.missingKey, at: fileStart, "the answers name seed \(seed) but not how many exercises the round had",
                                       fix: "add \"count\": K (the booklet's header says the seed and the number of exercises) or give --count"))
        } else if let seed = file.seed {
            let selection = ScenarioSelection(filters: file.filters, count: file.count, seed: seed)
            do {
                round = try selection.select(from: pool)
            } catch {
                problems.append(Diagnostic(.badValue, at: fileStart, "the round (seed \(seed)) cannot be selected: \(error)",
                                           fix: "check the count and filters the answers name"))
            }
        }
        let inRound = round.map { Set($0.map(\.id)) }
        for var entry in file.answers {
            // The booklet numbers its exercises: 「3」 (or 「３」) is the round's third.
            if let number = Int(entry.scenario.compatibilityNormalized.trimmed), pool.item(id: entry.scenario) == nil {
                guard let round else {
                    problems.append(Diagnostic(.danglingReference, at: entry.location, "exercise number \(number) needs the round it belongs to",
                                               fix: "give the seed and count (in the file or as --seed and --count), or write the exercise's id"))
                    continue
                }
                guard round.indices.contains(number - 1) else {
                    problems.append(Diagnostic(.danglingReference, at: entry.location, "there is no exercise \(number) in a round of \(round.count)",
                                               fix: "number the exercises 1-\(round.count) as the booklet does"))
                    continue
                }
                entry.scenario = round[number - 1].id
            }
            if pool.item(id: entry.scenario) == nil {
                problems.append(Diagnostic(.danglingReference, at: entry.location, "unknown exercise '\(entry.scenario)'",
                    fix: "use the booklet's number or an id from `jcta train --list`, e.g. \(QuestionnaireValidator.suggestions(for: entry.scenario, among: pool.items.map(\.id)))"))
            } else if let inRound, !inRound.contains(entry.scenario) {
                problems.append(Diagnostic(.danglingReference, at: entry.location,
                    "exercise '\(entry.scenario)' is not in the round of seed \(file.seed!)\(file.count.map { ", count \($0)" } ?? "")",
                    fix: "check the seed and count, or use `jcta train --list --seed \(file.seed!)\(file.count.map { " --count \($0)" } ?? "")`"))
            }
            // A blank (the template's "") is an exercise left unanswered: counted as wrong, like a missing one.
            if entry.classification.trimmed.isEmpty { continue }
            if let picked = ClassAnswer.parse(entry.classification) {
                picks[entry.scenario] = picked
            } else {
                problems.append(Diagnostic(.badValue, at: entry.answerLocation ?? entry.location,
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
