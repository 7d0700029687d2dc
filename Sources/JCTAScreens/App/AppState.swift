import JCTACore

/// Everything the screens show, in one value: `update` changes it, `render` draws it.
public struct AppState: Sendable {
    /// What the welcome screen can offer, in order. A new mode is a new case here, a label in
    /// `WelcomeScreen`, and a branch in `AppState.start(_:)`.
    public enum Mode: CaseIterable, Sendable {
        case screening
        case caseBrowser
        /// Offered only with a `trainingPlan`.
        case training
    }

    /// The screen under any panel.
    public enum Phase: Hashable, Sendable {
        case welcome
        /// Questions and the result; which one follows from the session.
        case screening
        /// A training round; the screen follows from the round's phase.
        case training
    }

    /// Below this size the screens do not fit; a notice asks for a larger window.
    public static let minimumWidth = 60
    public static let minimumHeight = 16

    public var session: ScreeningSession
    public var language: Language
    public var width: Int
    public var height: Int
    public var phase: Phase = .welcome
    /// Open panels, the last on top.
    public var panels: [Panel] = []
    public var welcomeHighlight = 0
    public var choiceHighlight = 0
    public var result = ResultScreen.Position()
    public var studyTitle = ""
    public var studyDate: CivilDate?
    public var status: StatusMessage?
    /// The answers as last exported, so quitting after an export loses nothing and needs no question.
    public var exportedAnswers: [String: String]?
    public let clock: @Sendable () -> LocalTimestamp
    /// Where training rounds come from; nil: no training on this run.
    public var trainingPlan: TrainingPlan?
    /// The round under way (phase `.training`).
    public var training: TrainingRound?
    /// Whether the runner keeps the round's answers in a score sheet however it ends (`jcta train`): quitting
    /// then loses nothing, and the confirmation of a round quit part-way names the file.
    public var keepsTrainingSheetOnQuit = false
    /// The file that sheet goes to: `--sheet`, or the default name the quit confirmation showed (nil until
    /// then: the runner names it when it writes).
    public var trainingSheetOnQuit: String?
    /// The default name's extension (`md`, or `json` with `--sheet-format json`).
    public var trainingSheetExtension = "md"
    /// Set in kiosk mode (`jcta --kiosk`).
    public var kiosk: Kiosk?

    public init(questionnaire: Questionnaire, language: Language, width: Int, height: Int,
                studyDate: CivilDate? = nil, clock: @escaping @Sendable () -> LocalTimestamp) {
        session = ScreeningSession(questionnaire)
        self.language = language
        self.width = width
        self.height = height
        self.studyDate = studyDate
        self.clock = clock
    }

    public var questionnaire: Questionnaire { session.questionnaire }

    /// The modes the welcome screen lists.
    public var modes: [Mode] {
        Mode.allCases.filter { $0 != .training || trainingPlan != nil }
    }

    /// The question on screen, in a screening or in a training walk.
    public var currentNode: QuestionNode? {
        switch phase {
        case .welcome: nil
        case .screening: session.currentNode
        case .training: training?.session.walk?.currentNode
        }
    }

    /// What tells one screen from another: a status message belongs to the screen it was shown on.
    struct ScreenIdentity: Hashable {
        var phase: Phase
        var panels: Int
        var question: String?
        var hasResult: Bool
        var answers: Int
    }

    var screenIdentity: ScreenIdentity {
        ScreenIdentity(phase: phase, panels: panels.count, question: currentNode?.id, hasResult: session.result != nil,
                       answers: training?.session.records.count ?? session.steps.count)
    }

    public var isTooSmall: Bool {
        width < Self.minimumWidth || height < Self.minimumHeight
    }

    /// What keys mean right now.
    public var inputContext: KeyMap.Context {
        if isTooSmall { return .commands }
        return panels.last?.inputContext ?? .commands
    }

    /// Whether quitting now would throw away answers the user has not saved.
    public var wouldLoseAnswers: Bool {
        if let training, training.session.hasAnswers, !training.exported, !keepsTrainingSheetOnQuit { return true }
        return !session.steps.isEmpty && exportedAnswers != session.answers
    }

    /// Where exports go: a typed path, or a kiosk's directory or printer; nil when a kiosk has exports off.
    var exportDestination: ExportPanel.Destination? {
        guard let kiosk else { return .askPath }
        return kiosk.settings.exportDestination
    }

    /// The result with today's stamp, the title and the language: what the screen shows and exports write.
    public var document: ResultDocument? {
        session.result.map {
            ResultDocument(result: $0, screenedOn: clock().date, studyDate: studyDate,
                           studyTitle: studyTitle, language: language)
        }
    }

    /// Starts the mode picked on the welcome screen.
    public mutating func start(_ mode: Mode) {
        switch mode {
        case .screening:
            phase = .screening
            choiceHighlight = session.suggestedChoiceIndex
            if kiosk != nil {
                // The last visitor's note ("saved…", "sent to the printer…") is not the next one's.
                status = nil
                kiosk?.screeningStarted()
            }
        case .caseBrowser:
            panels.append(.caseList(CaseListPanel(caseIDs: questionnaire.cases.map(\.id))))
        case .training:
            if let trainee = trainingPlan?.trainee {
                beginTraining(trainee: trainee)
            } else {
                panels.append(.trainee(TraineePrompt()))
            }
        }
    }
}
