import JCTACore

/// Everything the screens show, in one value: `update` changes it, `render` draws it.
public struct AppState: Sendable {
    /// What the welcome screen offers, in order. A new mode (training, kiosk) is a new case here, a label in
    /// `WelcomeScreen`, and a branch in `AppState.start(_:)`.
    public enum Mode: CaseIterable, Sendable {
        case screening
        case caseBrowser
    }

    /// The screen under any panel.
    public enum Phase: Hashable, Sendable {
        case welcome
        /// Questions and the result; which one follows from the session.
        case screening
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
        !session.steps.isEmpty && exportedAnswers != session.answers
    }

    /// The result with today's stamp, the title and the language: what the screen shows and exports write.
    public var document: ResultDocument? {
        session.result.map {
            ResultDocument(result: $0, screenedOn: clock().date, studyDate: studyDate,
                           studyTitle: studyTitle, language: language)
        }
    }

    /// Starts the mode picked on the welcome screen.
    mutating func start(_ mode: Mode) {
        switch mode {
        case .screening:
            phase = .screening
            choiceHighlight = session.suggestedChoiceIndex
        case .caseBrowser:
            panels.append(.caseList(CaseListPanel(caseIDs: questionnaire.cases.map(\.id))))
        }
    }
}
