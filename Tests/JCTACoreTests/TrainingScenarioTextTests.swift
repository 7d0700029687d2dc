import XCTest
@testable import JCTACore

/// Exercise texts read as a clinician's plan, not as a formula that gives the class away.
final class TrainingScenarioTextTests: XCTestCase {
    func testNoDescriptionStatesTheLegalConclusionOutright() throws {
        // Each phrase restates an answer of the tree instead of a fact of the plan: the funding question
        // ("no company funds"), the approval question ("as approved"), the purpose and medical-act questions,
        // the exclusions ("not a clinical trial") and an open fact told as "not yet confirmed".
        let giveaways = ["目的としていません", "評価しません", "評価項目にしません", "まだ確認できていません", "まだ確認していません",
                         "まだ分かっていません", "特定臨床研究", "臨床研究法", "企業からの資金", "資金提供はありません",
                         "承認どおり", "承認の範囲内で使い", "治験ではなく", "医行為", "誰にも",
                         "not an aim", "does not aim", "are not evaluated", "is not an endpoint", "has not been confirmed",
                         "not yet confirmed", "is not yet known", "no company funds", "provides no funds", "gives no money",
                         "as approved", "within its approval", "not a clinical trial", "medical act", "nobody is given"]
        for scenario in try TrainingTestSupport.scenarios() {
            for phrase in giveaways {
                XCTAssertFalse(scenario.description.ja.contains(phrase) || scenario.description.en.lowercased().contains(phrase),
                               "\(scenario.id) says '\(phrase)'")
            }
        }
    }

    func testNoSentenceRecursAcrossExercisesOfOneClassOnly() throws {
        for edition in try TrainingTestSupport.editions() {
            let pool = TrainingPool(scenarios: try TrainingTestSupport.scenarios(), questionnaire: edition)
            for (language, separator) in [("ja", "。"), ("en", ". ")] {
                var classesBySentence: [String: [Classification]] = [:]
                for item in pool.items {
                    let text = language == "ja" ? item.scenario.description.ja : item.scenario.description.en
                    for sentence in Set(text.components(separatedBy: separator).map(Self.trimmed)) where !sentence.isEmpty {
                        classesBySentence[sentence, default: []].append(item.expected)
                    }
                }
                // A sentence several exercises share is a formula when it only ever comes with one class.
                for (sentence, classes) in classesBySentence where classes.count > 1 {
                    XCTAssertGreaterThan(Set(classes).count, 1,
                                         "edition \(edition.edition): \(classes.count) exercises of one class say '\(sentence)'")
                }
            }
        }
    }

    func testEnglishCallsTheCompanyAMarketingAuthorisationHolder() throws {
        for scenario in try TrainingTestSupport.scenarios() {
            for text in [scenario.title.en, scenario.description.en, scenario.teachingPoint.en] {
                let words = text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" })
                XCTAssertFalse(words.contains { $0 == "maker" || $0 == "maker's" || $0 == "makers" },
                               "\(scenario.id) says 'maker' for 製造販売業者")
                XCTAssertFalse(text.contains("marketing company"), "\(scenario.id) says 'marketing company'")
            }
        }
    }

    private static func trimmed(_ sentence: String) -> String {
        var text = sentence.trimmingCharacters(in: .whitespacesAndNewlines)
        while text.hasSuffix(".") { text.removeLast() }
        return text
    }

    func testConsultExercisesDoNotShareAnEnding() throws {
        for edition in try TrainingTestSupport.editions() {
            let pool = TrainingPool(scenarios: try TrainingTestSupport.scenarios(), questionnaire: edition)
            // An ending that two 要相談 exercises share and no other exercise has would be a formula.
            func ending(_ item: TrainingItem) -> String { String(item.scenario.description.ja.suffix(10)) }
            let consult = pool.items.filter { $0.expected == .consult }.map(ending)
            let others = Set(pool.items.filter { $0.expected != .consult }.map(ending))
            for shared in Set(consult) where consult.filter({ $0 == shared }).count > 1 {
                XCTAssertTrue(others.contains(shared), "edition \(edition.edition): 要相談 exercises end alike: \(shared)")
            }
        }
    }

    func testEveryExerciseHasATitleThatDoesNotNameItsClass() throws {
        for scenario in try TrainingTestSupport.scenarios() {
            XCTAssertFalse(scenario.title.ja.isEmpty)
            for classification in Classification.allCases {
                XCTAssertFalse(scenario.title.ja.contains(classification.shortLabel.ja), scenario.id)
            }
            for tag in scenario.tags { XCTAssertNotEqual(TrainingTags.label(tag).en, tag.replacingOccurrences(of: "_", with: " "), "tag \(tag) has a name") }
        }
    }
}
