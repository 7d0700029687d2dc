/// A scenario together with what its facts decide under the edition in use.
public struct TrainingItem: Sendable, Hashable {
    public var scenario: TrainingScenario
    public var key: ClassificationResult

    public var id: String { scenario.id }
    public var expected: Classification { key.classification }
}

/// The scenarios usable with one questionnaire. A scenario whose facts do not reach an outcome in it
/// (possible only with `--questionnaire FILE`; the embedded editions are checked by the tests) is set aside
/// with the reason, never graded against a guess.
public struct TrainingPool: Sendable {
    public struct SetAside: Sendable, Hashable {
        public var scenario: String
        public var problem: ScenarioKey.Problem
    }

    public let questionnaire: Questionnaire
    /// In the order of the scenario file.
    public let items: [TrainingItem]
    public let setAside: [SetAside]

    public init(scenarios: [TrainingScenario], questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
        var items: [TrainingItem] = []
        var setAside: [SetAside] = []
        for scenario in scenarios {
            switch ScenarioKey.result(of: scenario, in: questionnaire) {
            case .success(let key): items.append(TrainingItem(scenario: scenario, key: key))
            case .failure(let problem): setAside.append(SetAside(scenario: scenario.id, problem: problem))
            }
        }
        self.items = items
        self.setAside = setAside
    }

    public func item(id: String) -> TrainingItem? {
        items.first { $0.id == id }
    }

    /// Every tag in use: list numbers first, then topics in alphabetical order.
    public var tags: [String] {
        TrainingTags.ordered(Set(items.flatMap(\.scenario.tags)))
    }
}
