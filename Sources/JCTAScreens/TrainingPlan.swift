import JCTACore

/// What training rounds started from the screens use: the scenarios usable with the edition, and the
/// selection and trainee the command line gave (`jcta train` flags, or the defaults for `jcta`).
public struct TrainingPlan: Sendable {
    public var pool: TrainingPool
    public var selection: ScenarioSelection
    /// The trainee named on the command line; nil asks on screen.
    public var trainee: String?

    public init(pool: TrainingPool, selection: ScenarioSelection, trainee: String? = nil) {
        self.pool = pool
        self.selection = selection
        self.trainee = trainee
    }
}
