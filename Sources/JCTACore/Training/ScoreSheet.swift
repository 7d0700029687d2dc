/// A trainer's record of one trainee's round: who, under which edition, with which seed, on what date, each
/// scenario's pick against the computed class, and the score with its breakdown by tag.
public struct ScoreSheet: Sendable, Hashable {
    public var edition: String
    public var editionTitle: LocalizedText
    public var effectivePeriod: String
    public var trainee: String?
    /// Nil when the answers did not come from a seeded session (a batch file without a seed).
    public var seed: UInt64?
    public var filters: [String]
    public var date: CivilDate
    public var records: [TrainingRecord]
    public var score: TrainingScore
    public var toolVersion: String

    public init(questionnaire: Questionnaire, trainee: String?, seed: UInt64?, filters: [String] = [], date: CivilDate,
                records: [TrainingRecord], toolVersion: String = JCTAVersion.current) {
        edition = questionnaire.edition
        editionTitle = questionnaire.title
        effectivePeriod = questionnaire.effectivePeriod
        self.trainee = trainee
        self.seed = seed
        self.filters = filters
        self.date = date
        self.records = records
        score = TrainingScore(records)
        self.toolVersion = toolVersion
    }

    public func rendered(as format: ExportFormat, language: Language) -> String {
        switch format {
        case .json: ScoreSheetJSON.render(self)
        case .markdown: ScoreSheetMarkdown.render(self, language: language)
        case .text: ScoreSheetText.render(self, language: language)
        case .html: ScoreSheetHTML.render(self, language: language)
        }
    }

    /// The stamp lines (trainee, edition, seed, date, tool) in one language, shared by the renderers.
    func stamp(_ language: Language) -> [String] {
        let ja = language == .ja
        var lines: [String] = []
        if let trainee { lines.append((ja ? "受講者" : "Trainee") + ": \(trainee)") }
        lines.append((ja ? "版" : "Edition") + ": \(edition) \(editionTitle[language]) (\(effectivePeriod))")
        if let seed { lines.append((ja ? "シード" : "Seed") + ": \(seed)") }
        if !filters.isEmpty { lines.append((ja ? "絞り込み" : "Filter") + ": \(filters.joined(separator: ", "))") }
        lines.append((ja ? "日付" : "Date") + ": \(date)")
        lines.append("jcta \(toolVersion)")
        return lines
    }
}
