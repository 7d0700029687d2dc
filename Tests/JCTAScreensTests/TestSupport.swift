import JCTACore
@testable import JCTAScreens

/// A small questionnaire written for these tests, so transitions do not move when the real editions change:
/// product → funding, reaching all four classes.
enum TestRules {
    static let yaml = """
    format: 1
    edition: "test"
    title: {ja: テスト版, en: Test edition}
    effective_from: 2020-01-01
    sources:
      - {ja: テスト用の規則, en: Rules for tests}
    root: product
    consult_outcome: consult_unsure
    articles:
      - id: act_2_1
        label: {ja: 法第2条第1項, en: "Act, Art. 2(1)"}
        gist: {ja: 臨床研究の定義。, en: Defines clinical research.}
    cases:
      - id: "1-1"
        list: specified
        text: 製造販売業者から資金を受けて、その医薬品の有効性を評価する研究は、特定臨床研究に該当する。
        note: 特殊関係者からの資金も同じ扱いとなる。
        summary: {ja: 企業資金の研究は特定臨床研究。, en: An industry-funded study is specified.}
      - id: "3-1"
        list: out_of_scope
        text: 非侵襲の機器で測るだけの研究は、臨床研究に該当しない。
        summary: {ja: 測定だけなら対象外。, en: Measuring only is out of scope.}
    glossary:
      - id: product
        term: {ja: 医薬品等, en: Products}
        definition: {ja: 医薬品、医療機器、再生医療等製品のこと。, en: "Drugs, medical devices and regenerative products."}
    nodes:
      - id: product
        question: {ja: 評価する対象は医薬品等ですか。, en: Is what the study evaluates a product?}
        help: {ja: 食品や手技そのものは医薬品等ではありません。, en: Foods and procedures as such are not products.}
        cases: ["3-1"]
        terms: [product]
        choices:
          - id: drug
            label: {ja: 医薬品, en: A drug}
            next: funding
          - id: nothing
            label: {ja: どれでもない, en: None of these}
            outcome: out_not_product
            cases: ["3-1"]
          - id: unsure
            unsure: true
            label: {ja: わからない, en: Not sure}
            confirm: {ja: 評価対象が医薬品等か確認してください。, en: Confirm whether it is a product.}
            next: funding
      - id: funding
        question: {ja: 製造販売業者から研究資金等を受けますか。, en: Does the maker fund the study?}
        help: {ja: 寄附金を研究に充てる場合も含みます。, en: Donations spent on the study count.}
        cases: ["1-1"]
        choices:
          - id: maker_funds
            label: {ja: はい, en: "Yes"}
            outcome: specified_funding
            cases: ["1-1"]
          - id: not_funded
            label: {ja: いいえ, en: "No"}
            outcome: clinical_plain
            caveat: {ja: 利益相反の管理は必要です。, en: Conflicts of interest still need managing.}
          - id: unsure
            unsure: true
            label: {ja: わからない, en: Not sure}
            confirm: {ja: 資金の出どころを確認してください。, en: Confirm where the funding comes from.}
            outcome: consult_unsure
    outcomes:
      - id: specified_funding
        class: specified
        headline: {ja: 企業から資金を受ける研究です, en: The maker funds the study}
        explanation: {ja: 製造販売業者から研究資金等を受ける臨床研究は特定臨床研究です。, en: Clinical research funded by the maker is specified.}
        cases: ["1-1"]
        articles: [act_2_1]
        obligations:
          - {ja: 認定臨床研究審査委員会の審査を受け、jRCTに実施計画を提出します。, en: Get review by a certified review board and submit the plan to jRCT.}
      - id: clinical_plain
        class: clinical
        headline: {ja: 特定臨床研究以外の臨床研究です, en: Clinical research that is not specified}
        explanation: {ja: 医薬品等の有効性を評価しますが、企業資金も適応外使用もありません。, en: It evaluates a product without industry funds or off-label use.}
        articles: [act_2_1]
        obligations:
          - {ja: 臨床研究実施基準の遵守に努めます。, en: Try to follow the clinical research standards.}
      - id: out_not_product
        class: out_of_scope
        reason: not_a_product
        headline: {ja: 医薬品等を用いない研究です, en: The study uses no product}
        explanation: {ja: 医薬品等を用いないので臨床研究法の対象外です。, en: Without a product the Act does not apply.}
        articles: [act_2_1]
        obligations:
          - {ja: 人を対象とする生命科学・医学系研究に関する倫理指針に従います。, en: Follow the ethical guidelines for life science and medical research.}
      - id: consult_unsure
        class: consult
        headline: {ja: 回答だけでは決まりません, en: The answers do not settle it}
        explanation: {ja: わからない回答があるため、区分を決められません。, en: A not-sure answer leaves the class open.}
        to_confirm:
          - {ja: 研究計画を添えて所属機関に相談してください。, en: Consult your institution with the plan.}
    """

    static let questionnaire: Questionnaire = {
        do {
            return try QuestionnaireLoader.load(text: yaml, file: "TestRules.yaml")
        } catch {
            fatalError("the test questionnaire does not load: \(error)")
        }
    }()

    static let edition2025: Questionnaire = {
        guard let entry = EditionCatalog.entry(id: "2025") else { fatalError("the 2025 edition is not embedded") }
        do {
            return try entry.load()
        } catch {
            fatalError("the embedded 2025 edition does not load: \(error)")
        }
    }()

    static let edition2019: Questionnaire = {
        guard let entry = EditionCatalog.entry(id: "2019") else { fatalError("the 2019 edition is not embedded") }
        do {
            return try entry.load()
        } catch {
            fatalError("the embedded 2019 edition does not load: \(error)")
        }
    }()

    static let fixedTime = LocalTimestamp(date: CivilDate(year: 2026, month: 4, day: 1)!, hour: 9, minute: 5)

    static let scenarios: [TrainingScenario] = {
        do {
            return try ScenarioLoader.loadEmbedded()
        } catch {
            fatalError("the embedded training scenarios do not load: \(error)")
        }
    }()

    /// Two clinical-research scenarios (list 2) of the 2025 edition in a fixed order.
    static func trainingPlan(trainee: String? = "佐藤 花子") -> TrainingPlan {
        TrainingPlan(pool: TrainingPool(scenarios: scenarios, questionnaire: edition2025),
                     selection: ScenarioSelection(filters: ["2"], count: 2, seed: 7), trainee: trainee)
    }

    static let pin = "2468"

    static func kioskSettings(idleResetSeconds: Int = 10, exportTarget: KioskSettings.ExportTarget? = .directory("/srv/jcta"),
                              language: Language = .ja) -> KioskSettings {
        KioskSettings(idleResetSeconds: idleResetSeconds, adminPIN: .fixed(pin), exportTarget: exportTarget, logsUsage: true,
                      language: language)
    }

    static func kioskState(_ questionnaire: Questionnaire = questionnaire, idleResetSeconds: Int = 10,
                           exportTarget: KioskSettings.ExportTarget? = .directory("/srv/jcta"), language: Language = .ja) -> AppState {
        var state = Self.state(questionnaire, language: language)
        state.kiosk = Kiosk(settings: kioskSettings(idleResetSeconds: idleResetSeconds, exportTarget: exportTarget, language: language))
        return state
    }

    static func state(_ questionnaire: Questionnaire = questionnaire, language: Language = .ja,
                      width: Int = 80, height: Int = 24) -> AppState {
        AppState(questionnaire: questionnaire, language: language, width: width, height: height,
                 clock: { fixedTime })
    }
}

extension AppState {
    /// Applies intents in order and returns the effects of the last one.
    @discardableResult
    mutating func apply(_ intents: Intent...) -> [Effect] {
        var effects: [Effect] = []
        for intent in intents { effects = update(&self, intent) }
        return effects
    }

    /// Sends `count` ticks; returns the effects of all of them.
    mutating func tick(_ count: Int) -> [Effect] {
        (0..<count).flatMap { _ in update(&self, .tick) }
    }

    mutating func type(_ text: String) {
        for character in text { _ = update(&self, .insert(character)) }
    }

    /// The screen as text, one string.
    var screenText: String {
        ScreenBuffer(rendering: self).textLines.joined(separator: "\n")
    }
}
