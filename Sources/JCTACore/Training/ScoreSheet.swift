/// A trainer's record of one trainee's round: who, under which edition, which round (seed, count, filters),
/// when, each exercise's pick against the computed class (with what decides it and the teaching point for
/// a miss), and the score with its breakdown by topic.
public struct ScoreSheet: Sendable, Hashable {
    public var edition: String
    public var editionTitle: LocalizedText
    public var effectivePeriod: String
    public var trainee: String?
    /// Nil when the answers did not come from a seeded round (a batch file without a seed).
    public var seed: UInt64?
    public var count: Int?
    public var filters: [String]
    public var date: CivilDate
    /// Local time of day the sheet was made (HH:MM:SS; HH:MM in older sheets), when known.
    public var time: String?
    /// Whether every exercise of the round is on the sheet (answered or counted as missing).
    public var complete: Bool
    /// Exercises of the round not reached because the round was quit early.
    public var notReached: Int
    public var records: [TrainingRecord]
    public var score: TrainingScore
    public var toolVersion: String

    public init(questionnaire: Questionnaire, trainee: String?, seed: UInt64?, count: Int? = nil, filters: [String] = [],
                date: CivilDate, time: String? = nil, complete: Bool = true, notReached: Int = 0,
                records: [TrainingRecord], toolVersion: String = JCTAVersion.current) {
        edition = questionnaire.edition
        editionTitle = questionnaire.title
        effectivePeriod = questionnaire.effectivePeriod
        self.trainee = trainee
        self.seed = seed
        self.count = count
        self.filters = filters
        self.date = date
        self.time = time
        self.complete = complete
        self.notReached = notReached
        self.records = records
        score = TrainingScore(records)
        self.toolVersion = toolVersion
    }

    /// Exercises of the round with no answer (counted as wrong).
    public var missing: [TrainingRecord] { records.filter { $0.picked == nil } }

    public func rendered(as format: ExportFormat, language: Language) -> String {
        switch format {
        case .json: ScoreSheetJSON.render(self)
        case .markdown: ScoreSheetMarkdown.render(self, language: language)
        case .text: ScoreSheetText.render(self, language: language)
        case .html: ScoreSheetHTML.render(self, language: language)
        }
    }

    /// The sheet's default file name (`ScoreSheetFileName`).
    public func defaultFileName(extension ext: String) -> String {
        ScoreSheetFileName.make(trainee: trainee, seed: seed, date: date, time: time, extension: ext)
    }

    /// The stamp lines (trainee, edition, round, date and time, tool) in one language, shared by the renderers.
    func stamp(_ language: Language) -> [String] {
        let ja = language == .ja
        var lines: [String] = []
        if let trainee { lines.append((ja ? "受講者" : "Trainee") + ": \(trainee)") }
        lines.append((ja ? "版" : "Edition") + ": \(edition) \(editionTitle[language]) (\(effectivePeriod))")
        if let seed {
            lines.append((ja ? "シード" : "Seed") + ": \(seed)" + (count.map { ja ? "、\($0)問" : ", \($0) exercises" } ?? ""))
        }
        if !filters.isEmpty {
            lines.append((ja ? "分野の絞り込み" : "Topics") + ": " + filters.map { TrainingTags.label($0)[language] }.joined(separator: ja ? "、" : ", "))
        }
        lines.append((ja ? "日時" : "Date") + ": \(date)" + (time.map { " \($0)" } ?? ""))
        if notReached > 0 {
            lines.append(ja ? "未完了: 途中で終了し、\(notReached)問に進んでいません" : "Incomplete: the round was quit with \(notReached) exercise\(notReached == 1 ? "" : "s") not reached")
        }
        if !missing.isEmpty {
            lines.append(ja ? "未回答 \(missing.count)問（誤りとして数えます）: " + missing.map(\.title.ja).joined(separator: "、")
                            : "\(missing.count) unanswered (counted as wrong): " + missing.map(\.title.en).joined(separator: "; "))
        }
        if !complete { lines.append(ja ? "出題範囲との照合なし" : "Not checked against the round") }
        lines.append("jcta \(toolVersion)")
        return lines
    }
}
