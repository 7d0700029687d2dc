import JCTACore

/// A training round on screen: the core session plus where the screens are (highlight, scroll) and
/// whether its score sheet has been saved.
public struct TrainingRound: Sendable {
    public var session: TrainingSession
    /// The highlighted class, walk offer or walk choice.
    public var highlight = 0
    /// How far the description, the feedback or the score is scrolled.
    public var scroll = 0
    /// The score sheet was exported, so quitting loses nothing.
    public var exported = false
    /// Where the answers so far are to be kept, marked incomplete: set when the trainee confirms quitting
    /// before the round's end; the command that started the screen writes the sheet there after it closes.
    public var keptOnQuit: String?

    public init(session: TrainingSession) {
        self.session = session
    }

    /// Any action in the wrong phase is refused by the session and changes nothing; the screens only offer
    /// actions of the current phase, so the error needs no handling beyond resetting the view.
    mutating func perform(_ action: (inout TrainingSession) throws(TrainingSession.OutOfTurn) -> Void) {
        do {
            try action(&session)
            highlight = session.phase == .walking ? (session.walk?.suggestedChoiceIndex ?? 0) : 0
            scroll = 0
        } catch {}
    }
}

extension AppState {
    /// Starts a round from the plan with this trainee (nil or blank: none).
    mutating func beginTraining(trainee: String?) {
        guard let plan = trainingPlan else { return }
        do {
            guard let pool = plan.pool else { throw TrainingPlanUnavailable() }
            let session = try TrainingSession(pool: pool, selection: plan.selection, trainee: trainee)
            training = TrainingRound(session: session)
            phase = .training
        } catch {
            // No scenario loads or fits these rules (a `--questionnaire` file of other rules).
            status = StatusMessage(LocalizedMessage(ja: "研修の設問を選べません。", en: "No training exercises can be selected."),
                                   tone: .warning)
        }
    }
}

/// The plan's scenarios could not be loaded.
struct TrainingPlanUnavailable: Error {}
