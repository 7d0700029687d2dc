import JCTACore
import JCTAScreens

/// The training that `jcta`'s welcome screen offers: ten scenarios in an order picked at random for this
/// run (the seed is shown, so a round can be repeated with `jcta train --seed`). Set rounds come from the
/// `jcta train` flags, which stay in one place.
enum WelcomeTraining {
    static let count = 10

    /// Nil when this jcta has no scenarios; they are read and keyed only when a round starts.
    static func plan(_ questionnaire: Questionnaire) -> TrainingPlan? {
        guard EditionCatalog.embeddedFile(named: ScenarioLoader.fileName) != nil else { return nil }
        let selection = ScenarioSelection(count: count, seed: UInt64.random(in: 0...999_999))
        return TrainingPlan(selection: selection) {
            guard let scenarios = try? ScenarioLoader.loadEmbedded() else { return nil }
            let pool = TrainingPool(scenarios: scenarios, questionnaire: questionnaire)
            guard let items = try? selection.select(from: pool), !items.isEmpty else { return nil }
            return pool
        }
    }
}
