import JCTACore
import Synchronization

/// What training rounds started from the screens use: the scenarios usable with the edition, and the
/// selection and trainee the command line gave (`jcta train` flags, or the defaults for `jcta`).
public struct TrainingPlan: Sendable {
    public var selection: ScenarioSelection
    /// The trainee named on the command line; nil asks on screen.
    public var trainee: String?
    private let source: PoolSource

    /// A plan over scenarios already loaded.
    public init(pool: TrainingPool, selection: ScenarioSelection, trainee: String? = nil) {
        self.selection = selection
        self.trainee = trainee
        source = PoolSource(ready: pool)
    }

    /// A plan whose scenarios are loaded only when a round starts: reading and keying every scenario costs
    /// more than drawing the first screen, and most sessions never train.
    public init(selection: ScenarioSelection, trainee: String? = nil, load: @escaping @Sendable () -> TrainingPool?) {
        self.selection = selection
        self.trainee = trainee
        source = PoolSource(load: load)
    }

    /// The scenarios, loaded on first use; nil when none can be loaded for these rules.
    public var pool: TrainingPool? { source.pool }
}

/// Loads a pool once and keeps it; shared by copies of the plan.
private final class PoolSource: Sendable {
    private let state: Mutex<(loaded: Bool, pool: TrainingPool?)>
    private let load: @Sendable () -> TrainingPool?

    init(ready pool: TrainingPool) {
        state = Mutex((true, pool))
        load = { pool }
    }

    init(load: @escaping @Sendable () -> TrainingPool?) {
        state = Mutex((false, nil))
        self.load = load
    }

    var pool: TrainingPool? {
        state.withLock { state in
            if !state.loaded { state = (true, load()) }
            return state.pool
        }
    }
}
