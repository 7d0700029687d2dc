/// One trainee's round: for each scenario, pick a class, optionally walk the tree, then read the feedback.
/// Pure state: the front end (line mode, screens) shows `phase` and calls the actions; nothing here reads
/// input, prints or looks at the clock.
public struct TrainingSession: Sendable {
    public enum Phase: Sendable, Hashable {
        /// Showing the description; waiting for a class.
        case choosing
        /// A class is picked; the trainee may walk the tree or skip it.
        case offeringWalk
        /// Walking the tree in `walk`.
        case walking
        /// Showing `feedback`.
        case feedback
        /// Every scenario is done.
        case finished
    }

    /// An action that the current phase does not accept.
    public struct OutOfTurn: Error, Sendable, Hashable {
        public var phase: Phase
    }

    public let questionnaire: Questionnaire
    public let items: [TrainingItem]
    public let trainee: String?
    public let selection: ScenarioSelection
    public private(set) var index = 0
    public private(set) var phase: Phase
    public private(set) var picked: Classification?
    public private(set) var walk: ScreeningSession?
    public private(set) var feedback: TrainingFeedback?
    public private(set) var records: [TrainingRecord] = []

    public init(pool: TrainingPool, selection: ScenarioSelection, trainee: String? = nil) throws(ScenarioSelection.Problem) {
        questionnaire = pool.questionnaire
        items = try selection.select(from: pool)
        self.selection = selection
        let name = trainee?.trimmed
        self.trainee = name?.isEmpty == false ? name : nil
        phase = items.isEmpty ? .finished : .choosing
    }

    public var current: TrainingItem? {
        items.indices.contains(index) ? items[index] : nil
    }

    public var score: TrainingScore { TrainingScore(records) }

    public mutating func choose(_ classification: Classification) throws(OutOfTurn) {
        guard phase == .choosing else { throw OutOfTurn(phase: phase) }
        picked = classification
        phase = .offeringWalk
    }

    public mutating func startWalk() throws(OutOfTurn) {
        guard phase == .offeringWalk else { throw OutOfTurn(phase: phase) }
        walk = ScreeningSession(questionnaire)
        phase = .walking
    }

    /// Answers the walk's current question (0-based index, as numbered on screen minus one); reaching a
    /// result ends the walk and shows the feedback.
    public mutating func answerWalk(index choice: Int) throws(OutOfTurn) {
        guard phase == .walking, var session = walk else { throw OutOfTurn(phase: phase) }
        // An index out of range is ignored: the question stays, as on the screening screen.
        try? session.answer(index: choice)
        walk = session
        if let result = session.result { grade(walked: result) }
    }

    /// Goes back one question in the walk.
    public mutating func walkBack() throws(OutOfTurn) {
        guard phase == .walking, var session = walk else { throw OutOfTurn(phase: phase) }
        session.back()
        walk = session
    }

    /// Skips the walk, or abandons one under way: the pick is graded alone.
    public mutating func skipWalk() throws(OutOfTurn) {
        guard phase == .offeringWalk || phase == .walking else { throw OutOfTurn(phase: phase) }
        grade(walked: nil)
    }

    /// From the feedback to the next scenario (or the end).
    public mutating func next() throws(OutOfTurn) {
        guard phase == .feedback else { throw OutOfTurn(phase: phase) }
        index += 1
        picked = nil
        walk = nil
        feedback = nil
        phase = current == nil ? .finished : .choosing
    }

    /// The score sheet of the exercises graded so far, with a class picked but not yet checked graded as it
    /// stands (quitting before the feedback keeps it); a round quit early is marked with how many exercises
    /// it did not reach. The count is the round's size, so the sheet can be graded again against its round.
    public func scoreSheet(date: CivilDate, time: String? = nil) -> ScoreSheet {
        var kept = records
        if phase == .offeringWalk || phase == .walking, let item = current, let picked {
            kept.append(TrainingRecord(item: item, picked: picked, questionnaire: questionnaire))
        }
        return ScoreSheet(questionnaire: questionnaire, trainee: trainee, seed: selection.seed, count: items.count,
                          filters: selection.filters, date: date, time: time, notReached: items.count - kept.count, records: kept)
    }

    /// Whether the round holds any answer (a class picked counts, checked or not).
    public var hasAnswers: Bool { !records.isEmpty || picked != nil }

    private mutating func grade(walked: ClassificationResult?) {
        guard let item = current, let picked else { return }
        let feedback = TrainingFeedback(item: item, picked: picked, walk: walked, questionnaire: questionnaire)
        self.feedback = feedback
        // The feedback's explanation is the record's: working it out twice doubled the wait for the feedback.
        var record = TrainingRecord(item: item, picked: picked, walked: walked?.classification)
        record.explanation = feedback.wrongChoice
        records.append(record)
        walk = nil
        phase = .feedback
    }
}
