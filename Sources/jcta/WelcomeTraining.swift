import JCTACore
import JCTAScreens

/// The training that `jcta`'s welcome screen offers: ten scenarios in an order picked at random for this
/// run (the seed is shown, so a round can be repeated with `jcta train --seed`). Set rounds come from the
/// `jcta train` flags, which stay in one place.
enum WelcomeTraining {
    static let count = 10

    /// Nil when no scenario is usable with the rules in use (a `--questionnaire` file of other rules).
    static func plan(_ questionnaire: Questionnaire) -> TrainingPlan? {
        guard let scenarios = try? ScenarioLoader.loadEmbedded() else { return nil }
        let pool = TrainingPool(scenarios: scenarios, questionnaire: questionnaire)
        let selection = ScenarioSelection(count: count, seed: UInt64.random(in: 0...999_999))
        guard let items = try? selection.select(from: pool), !items.isEmpty else { return nil }
        return TrainingPlan(pool: pool, selection: selection)
    }
}
