/// A study planned to start under one edition and screened under a later one: both editions are shown, with
/// the caveat that the amending Act's transitional provisions decide which rules apply to a running study.
public struct EditionTransition: Sendable, Hashable {
    public var studyDate: CivilDate
    public var screenedOn: CivilDate
    public var studyEdition: String
    public var screeningEdition: String
    /// The day the later edition came into force.
    public var changeDate: CivilDate
    public var caveat: LocalizedText

    /// An edition's id and the days it is in force.
    public struct Period: Sendable {
        public var edition: String
        public var from: CivilDate
        public var until: CivilDate?

        public init(edition: String, from: CivilDate, until: CivilDate?) {
            self.edition = edition
            self.from = from
            self.until = until
        }
    }

    /// nil unless `studyDate` falls under an earlier edition than `screenedOn` among `periods`.
    public init?(studyDate: CivilDate?, screenedOn: CivilDate, periods: [Period]) {
        guard let studyDate else { return nil }
        func inForce(_ date: CivilDate) -> Period? {
            periods.last { date >= $0.from && ($0.until.map { date <= $0 } ?? true) }
        }
        guard let before = inForce(studyDate), let after = inForce(screenedOn), after.from > before.from else { return nil }
        self.studyDate = studyDate
        self.screenedOn = screenedOn
        studyEdition = before.edition
        screeningEdition = after.edition
        changeDate = after.from
        // Verified: the amending Act has supplementary provisions (附則) with transitional measures (MHLW,
        // 再生医療等評価部会 第104回 material on 附則第3条). Not verified: what they say about clinical research.
        caveat = LocalizedText(
            ja: "研究開始予定日（\(studyDate)）は \(changeDate) より前で、スクリーニング日（\(screenedOn)）はその日以降です。"
                + "両方の版の結果を示します。すでに実施中の研究にどちらの版の規定が適用されるかは、\(changeDate) に施行された改正法の附則（経過措置）が定めます。"
                + "本ツールは臨床研究法に関するその附則の内容を確認していません。所属機関と認定臨床研究審査委員会（CRB）に確認してください。",
            en: "The study date (\(studyDate)) is before \(changeDate) and the screening date (\(screenedOn)) is on or after it, "
                + "so both editions are shown. Which edition's rules apply to a study already running is decided by the transitional "
                + "provisions (附則) of the amending Act in force from \(changeDate). This tool has not verified what those provisions "
                + "say about clinical research: confirm with your institution and the Certified Review Board (CRB).")
    }
}
