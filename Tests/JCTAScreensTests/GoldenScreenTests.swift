import Foundation
import JCTACore
import Testing
@testable import JCTAScreens

/// Every screen as a text grid (plus its style layer) at 80x24 and 120x40, in Japanese and English,
/// compared with `Goldens/*.txt`. `UPDATE_GOLDENS=1 swift test` rewrites them and fails, so a person
/// reviews the diff before it is committed.
@Suite struct GoldenScreenTests {
    struct Scene: CustomTestStringConvertible, Sendable {
        var name: String
        var rules: Rules
        var intents: [Intent]
        var sizes: [(width: Int, height: Int)] = [(80, 24), (120, 40)]
        /// The smallest screen accepted too, for scenes with the longest titles, headlines and headers.
        static let allSizes: [(width: Int, height: Int)] = [(80, 24), (120, 40), (60, 16)]
        var setup: Setup = .none

        enum Rules: String, Sendable { case test, edition2025 = "2025" }

        /// What the command line would have added to the state.
        enum Setup: Sendable {
            case none
            /// A training plan (two list-2 scenarios, seed 7), with or without a trainee named.
            case training(trainee: String?)
            /// `--kiosk` with a 120 s idle reset and an export directory.
            case kiosk
        }

        var testDescription: String { "\(rules.rawValue)-\(name)" }
    }

    static let specified2025: [Intent] = [.activate] + [1, 1, 1, 1, 1, 1, 1, 1].map { Intent.choose($0) }
    static let clinical2025: [Intent] = [.activate] + [1, 1, 1, 1, 1, 1, 2, 1].map { Intent.choose($0) }
    static let failure = LocalizedMessage(ja: "/readonly/x.md に書き込めません: Permission denied",
                                          en: "cannot write /readonly/x.md: Permission denied")

    static let scenes: [Scene] = [
        Scene(name: "welcome", rules: .test, intents: []),
        Scene(name: "question", rules: .test, intents: [.activate, .choose(1)]),
        Scene(name: "result", rules: .test, intents: [.activate, .choose(1), .choose(2)]),
        Scene(name: "welcome", rules: .edition2025, intents: []),
        Scene(name: "case-browser", rules: .edition2025, intents: [.choose(2)]),
        Scene(name: "question-first", rules: .edition2025, intents: [.activate]),
        Scene(name: "question-purpose", rules: .edition2025, intents: [.activate, .choose(1), .choose(1), .choose(1), .moveDown]),
        Scene(name: "help", rules: .edition2025, intents: [.activate, .help]),
        Scene(name: "cases", rules: .edition2025, intents: [.activate, .choose(1), .cases], sizes: Scene.allSizes),
        Scene(name: "case-detail", rules: .edition2025, intents: [.activate, .choose(1), .cases, .activate], sizes: Scene.allSizes),
        Scene(name: "result-specified", rules: .edition2025, intents: specified2025, sizes: Scene.allSizes),
        Scene(name: "result-specified-scrolled", rules: .edition2025, intents: specified2025 + [.pageDown, .moveUp]),
        Scene(name: "result-clinical", rules: .edition2025, intents: clinical2025, sizes: Scene.allSizes),
        Scene(name: "result-out-of-scope", rules: .edition2025, intents: [.activate, .choose(1), .choose(6)]),
        Scene(name: "result-consult", rules: .edition2025, intents: [.activate, .choose(5)]),
        Scene(name: "export-format", rules: .edition2025, intents: clinical2025 + [.export]),
        Scene(name: "export-title", rules: .edition2025, intents: clinical2025 + [.export, .choose(1)] + "新薬X試験".map { Intent.insert($0) }),
        Scene(name: "export-path", rules: .edition2025, intents: clinical2025 + [.export, .choose(1), .nextField]),
        Scene(name: "export-overwrite", rules: .edition2025, intents: clinical2025 + [.export, .choose(1), .nextField]
              + Array(repeating: Intent.deleteBackward, count: 30) + "study.md".map { Intent.insert($0) }
              + [.activate, .writeFinished(path: "study.md", failure: .exists)]),
        Scene(name: "export-failed", rules: .edition2025, intents: clinical2025 + [.export, .choose(1), .activate,
                                                                                .writeFinished(path: "/readonly/x.md", failure: .other(failure))]),
        Scene(name: "export-saved", rules: .edition2025, intents: clinical2025 + [.export, .choose(1), .activate,
                                                                               .writeFinished(path: "jcta-20260401-090500.md", failure: nil)]),
        Scene(name: "question-long-trail", rules: .edition2025, intents: [.activate, .choose(1), .choose(1), .choose(1), .choose(1),
                                                                          .choose(1), .choose(1)], sizes: Scene.allSizes),
        Scene(name: "question-small", rules: .edition2025, intents: [.activate, .end], sizes: [(60, 16)]),
        Scene(name: "case-detail-other", rules: .edition2025, intents: [.activate, .choose(1), .cases, .activate, .showOriginal]),
        Scene(name: "result-help", rules: .edition2025, intents: clinical2025 + [.help]),
        Scene(name: "result-consult-breakdown", rules: .edition2025, intents: [.activate] + [1, 1, 1, 1, 1, 1, 3].map { Intent.choose($0) }
              + [.choose(1)], sizes: Scene.allSizes),
        Scene(name: "confirm-restart", rules: .edition2025, intents: [.activate, .choose(1), .restart]),
        Scene(name: "confirm-quit", rules: .edition2025, intents: [.activate, .choose(1), .quit]),
        Scene(name: "too-small", rules: .edition2025, intents: [.activate], sizes: [(59, 20), (40, 10)]),
        Scene(name: "welcome-with-training", rules: .edition2025, intents: [], setup: .training(trainee: nil)),
        Scene(name: "training-trainee", rules: .edition2025, intents: [.choose(3)] + "佐藤".map { Intent.insert($0) },
              setup: .training(trainee: nil)),
        Scene(name: "training-scenario", rules: .edition2025, intents: [.choose(3), .moveDown],
              setup: .training(trainee: "佐藤 花子")),
        Scene(name: "training-walk-offer", rules: .edition2025, intents: [.choose(3), .choose(1)],
              setup: .training(trainee: "佐藤 花子")),
        Scene(name: "training-walk", rules: .edition2025, intents: [.choose(3), .choose(1), .choose(1), .choose(1)],
              setup: .training(trainee: "佐藤 花子")),
        Scene(name: "training-feedback-wrong", rules: .edition2025, intents: [.choose(3), .choose(1), .choose(2), .pageDown],
              setup: .training(trainee: "佐藤 花子")),
        Scene(name: "training-feedback-first-page", rules: .edition2025, intents: [.choose(3), .choose(1), .choose(2)],
              sizes: Scene.allSizes, setup: .training(trainee: "佐藤 花子")),
        Scene(name: "training-exercise-text", rules: .edition2025, intents: [.choose(3), .choose(1), .choose(1), .scenarioText],
              setup: .training(trainee: "佐藤 花子")),
        Scene(name: "training-help", rules: .edition2025, intents: [.choose(3), .help],
              setup: .training(trainee: "佐藤 花子")),
        Scene(name: "training-quit", rules: .edition2025, intents: [.choose(3), .choose(1), .choose(2), .quit],
              setup: .training(trainee: "佐藤 花子")),
        Scene(name: "training-feedback-right", rules: .edition2025, intents: [.choose(3), .choose(2), .choose(2)],
              setup: .training(trainee: "佐藤 花子")),
        Scene(name: "training-score", rules: .edition2025,
              intents: [.choose(3), .choose(1), .choose(2), .activate, .choose(2), .choose(2), .activate],
              sizes: Scene.allSizes, setup: .training(trainee: "佐藤 花子")),
        Scene(name: "training-score-export", rules: .edition2025,
              intents: [.choose(3), .choose(1), .choose(2), .activate, .choose(2), .choose(2), .activate, .export],
              setup: .training(trainee: "佐藤 花子")),
        Scene(name: "kiosk-countdown", rules: .edition2025, intents: [.moveDown] + Array(repeating: .tick, count: 405),
              setup: .kiosk),
        Scene(name: "kiosk-pin", rules: .edition2025, intents: [.admin, .insert("1"), .insert("2"), .insert("3")],
              setup: .kiosk),
        Scene(name: "kiosk-result", rules: .test, intents: [.activate, .choose(1), .choose(2)], setup: .kiosk),
        Scene(name: "kiosk-export-failed", rules: .test,
              intents: [.activate, .choose(1), .choose(2), .export, .choose(1), .activate,
                        .writeFinished(path: "/srv/jcta/jcta-20260401-0905-001.md",
                                       failure: .other(LocalizedMessage(ja: "/srv/jcta/jcta-20260401-0905-001.md に書き込めません: Read-only file system",
                                                                        en: "cannot write /srv/jcta/jcta-20260401-0905-001.md: Read-only file system")))],
              setup: .kiosk),
    ]

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    /// The grid as stored: the text rows, then the style rows.
    static func golden(_ buffer: ScreenBuffer) -> String {
        buffer.textLines.joined(separator: "\n") + "\n-- styles --\n" + buffer.styleLines.joined(separator: "\n") + "\n"
    }

    static func state(_ scene: Scene, language: Language, width: Int, height: Int) -> AppState {
        let questionnaire = scene.rules == .test ? TestRules.questionnaire : TestRules.edition2025
        var state = TestRules.state(questionnaire, language: language, width: 80, height: 24)
        switch scene.setup {
        case .none: break
        case .training(let trainee): state.trainingPlan = TestRules.trainingPlan(trainee: trainee)
        case .kiosk:
            state.kiosk = Kiosk(settings: TestRules.kioskSettings(idleResetSeconds: 120, language: language))
            state.trainingPlan = TestRules.trainingPlan(trainee: nil)
        }
        for intent in scene.intents { _ = update(&state, intent) }
        _ = update(&state, .resize(width: width, height: height))
        return state
    }

    @Test(arguments: scenes)
    func screenMatchesGolden(_ scene: Scene) throws {
        let updating = ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1"
        for language in Language.allCases {
            for size in scene.sizes {
                let name = "\(scene.rules.rawValue)-\(scene.name)-\(language.rawValue)-\(size.width)x\(size.height).txt"
                let file = Self.folder.appendingPathComponent(name)
                let actual = Self.golden(ScreenBuffer(rendering: Self.state(scene, language: language, width: size.width, height: size.height)))
                let stored = FileManager.default.contents(atPath: file.path).map { String(decoding: $0, as: UTF8.self) }
                if updating {
                    if stored != actual {
                        try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
                        try Data(actual.utf8).write(to: file)
                        Issue.record("rewrote Goldens/\(name); review the diff, then run the tests without UPDATE_GOLDENS")
                    }
                    continue
                }
                guard let stored else {
                    Issue.record("Goldens/\(name) is missing; create it with UPDATE_GOLDENS=1 swift test")
                    continue
                }
                if stored != actual {
                    let storedLines = stored.split(separator: "\n", omittingEmptySubsequences: false)
                    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
                    let line = Array(zip(storedLines, actualLines)).firstIndex { $0.0 != $0.1 } ?? min(storedLines.count, actualLines.count)
                    Issue.record("""
                        Goldens/\(name) differs at line \(line + 1):
                          golden: \(line < storedLines.count ? String(storedLines[line]) : "<end>")
                          screen: \(line < actualLines.count ? String(actualLines[line]) : "<end>")
                        """)
                }
            }
        }
    }

    @Test func everyScreenKeepsToItsGrid() {
        for scene in Self.scenes {
            for language in Language.allCases {
                for size in scene.sizes {
                    let buffer = ScreenBuffer(rendering: Self.state(scene, language: language, width: size.width, height: size.height))
                    #expect(buffer.textLines.allSatisfy { DisplayWidth.of($0) <= size.width }, "\(scene.name) \(language)")
                    #expect(buffer.rows.count == size.height)
                }
            }
        }
    }
}
