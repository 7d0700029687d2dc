import Foundation
import JCTACore
import Testing
@testable import JCTAScreens

/// What a clinician reads, across both editions: every answer path to every result, on the screen and in the
/// Markdown and text exports, in Japanese and English, names things in words (no snake_case ids); every
/// question keeps its highlighted choice on screen at every accepted size; case numbers are never cut.
@Suite struct ReaderTextTests {
    static let editions = [TestRules.edition2019, TestRules.edition2025]

    /// The first few sessions (breadth first) that stand at each question: a result can depend on earlier
    /// answers (the grounds of 特定 collected on the way), so one way to a question is not enough.
    static func firstSessions(_ q: Questionnaire, perQuestion: Int = 4) -> [String: [ScreeningSession]] {
        var found: [String: [ScreeningSession]] = [:]
        var queue: [ScreeningSession] = [ScreeningSession(q)]
        var head = 0
        while head < queue.count {
            let session = queue[head]
            head += 1
            guard let node = session.currentNode, found[node.id, default: []].count < perQuestion else { continue }
            found[node.id, default: []].append(session)
            for index in node.choices.indices {
                var next = session
                try? next.answer(index: index)
                queue.append(next)
            }
        }
        return found
    }

    /// For every choice of every question: a few ways to that question, that choice, then first choices to a
    /// result. So every outcome a choice leads to, and every 「わからない」, is rendered at least once.
    static func allPaths(_ q: Questionnaire) -> [[String]] {
        let sessions = firstSessions(q)
        var paths: [[String]] = []
        for node in q.nodes {
            for start in sessions[node.id] ?? [] {
                for index in node.choices.indices {
                    var session = start
                    try? session.answer(index: index)
                    while session.currentNode != nil { try? session.answer(index: 0) }
                    paths.append(session.steps.map(\.choice))
                }
            }
        }
        return Array(Set(paths)).sorted { $0.joined(separator: " ") < $1.joined(separator: " ") }
    }

    /// Words joined by `_` (`not_a_product`, `low_risk`): how ids look, never how people write.
    static func identifiers(in text: String) -> [String] {
        text.split { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_")) }
            .filter { word in word.split(separator: "_").filter { $0.first?.isLetter == true }.count >= 2 }
            .map(String.init)
    }

    @Test(arguments: editions.map(\.edition))
    func everyResultReadsInWordsOnScreenAndInExports(_ edition: String) {
        let q = Self.editions.first { $0.edition == edition }!
        let paths = Self.allPaths(q)
        #expect(paths.count > 20)
        var outcomesSeen = Set<String>()
        for path in paths {
            for language in Language.allCases {
                var state = TestRules.state(q, language: language)
                state.apply(.activate)
                for choice in path {
                    guard let number = state.session.currentNode?.choices.firstIndex(where: { $0.id == choice }) else { break }
                    state.apply(.choose(number + 1))
                }
                guard let document = state.document else {
                    Issue.record("\(path) ends without a result")
                    continue
                }
                outcomesSeen.insert(document.result.outcome)
                let sections = ResultSections(document)
                var texts = ["markdown": document.rendered(as: .markdown), "text": document.rendered(as: .text),
                             "screen": ResultScreen.body(state, sections, width: 76).map(\.line.text).joined(separator: "\n")
                                + "\n" + state.screenText]
                texts["screen"]! += "\n" + sections.classLine
                for (medium, text) in texts {
                    let found = Self.identifiers(in: text)
                    #expect(found.isEmpty, "\(edition) \(language) \(medium) \(document.result.outcome): \(found)")
                }
                #expect(!texts["text"]!.contains("(\(document.result.reason ?? "-"))"))
            }
        }
        // Every outcome the tree can end in was rendered.
        let reachable = Set(q.nodes.flatMap(\.choices).compactMap { choice -> String? in
            if case .outcome(let reference)? = choice.destination { return reference.id }
            return nil
        })
        #expect(reachable.isSubset(of: outcomesSeen), "not rendered: \(reachable.subtracting(outcomesSeen))")
    }

    @Test(arguments: editions.map(\.edition))
    func questionsCasesAndHelpReadInWords(_ edition: String) {
        let q = Self.editions.first { $0.edition == edition }!
        for language in Language.allCases {
            for entry in q.cases {
                for other in [false, true] {
                    var panel = CaseDetailPanel(caseID: entry.id)
                    panel.showsOther = other
                    var state = TestRules.state(q, language: language, width: 80, height: 200)
                    state.panels = [.caseDetail(panel)]
                    let found = Self.identifiers(in: state.screenText)
                    #expect(found.isEmpty, "\(edition) case \(entry.id) \(language): \(found)")
                    #expect(state.screenText.contains("関係する質問: 問") || state.screenText.contains("Questions citing it: Q"),
                            "\(entry.id) names its questions by number")
                }
            }
            var state = TestRules.state(q, language: language, width: 120, height: 400)
            state.apply(.activate)
            state.panels = [.help(HelpPanel())]
            #expect(Self.identifiers(in: state.screenText).isEmpty)
        }
    }

    /// The question's number and short title are never cut: at the smallest accepted size they wrap.
    @Test(arguments: editions.map(\.edition))
    func everyQuestionTitleIsShownWholeAtEverySize(_ edition: String) {
        let q = Self.editions.first { $0.edition == edition }!
        for (node, sessions) in Self.firstSessions(q, perQuestion: 1) {
            for language in Language.allCases {
                for (width, height) in [(60, 16), (80, 24), (120, 40)] {
                    var state = TestRules.state(q, language: language, width: width, height: height)
                    state.phase = .screening
                    state.session = sessions[0]
                    let rows = state.screenText.split(separator: "\n", omittingEmptySubsequences: false)
                    let header = rows[1...3].joined().filter { !$0.isWhitespace }
                    let title = q.questionName(node, language)!.filter { !$0.isWhitespace }
                    #expect(header.hasPrefix(title), "\(edition) \(node) \(language) \(width)x\(height): \(rows[1...3])")
                    #expect(!state.screenText.contains("..") && !state.screenText.contains("\u{2026}"))
                }
            }
        }
    }

    @Test func everyShippedQuestionHasAShortTitleAndEveryCaseAnEnglishRendering() {
        for q in Self.editions {
            for node in q.nodes {
                #expect(node.shortTitle != nil, "\(q.edition) \(node.id) has no short title")
            }
            for entry in q.cases {
                #expect(entry.textEnglish != nil, "\(q.edition) case \(entry.id) has no English rendering")
                #expect((entry.note == nil) == (entry.noteEnglish == nil), "\(q.edition) case \(entry.id) note rendering")
            }
        }
        let old = TestRules.edition2019.cases.map { [$0.id, $0.textEnglish ?? "", $0.noteEnglish ?? ""] }
        let new = TestRules.edition2025.cases.map { [$0.id, $0.textEnglish ?? "", $0.noteEnglish ?? ""] }
        #expect(old == new, "the editions share one casebook, so they share its English rendering")
    }

    @Test func theGlossaryCoversTheTermsTheScreensUse() {
        let terms = Set(TestRules.edition2025.glossary.map { $0.term.en })
        for term in ["Specified clinical research", "Clinical Research Standards", "PMD Act", "GCP", "GPSP", "Minds",
                     "Certified Review Board (CRB)", "jRCT", "Marketing-authorisation holder"] {
            #expect(terms.contains(term), "\(term)")
        }
    }

    /// At every accepted size, every question of both editions shows its highlighted choice, whichever it is,
    /// and its case numbers whole.
    @Test(arguments: [(60, 16), (80, 24), (120, 40)])
    func theHighlightedChoiceIsAlwaysOnScreen(_ size: (Int, Int)) {
        for q in Self.editions {
            let sessions = Self.firstSessions(q, perQuestion: 1)
            for language in Language.allCases {
                for node in q.nodes {
                    for highlight in node.choices.indices {
                        var state = TestRules.state(q, language: language, width: size.0, height: size.1)
                        state.phase = .screening
                        state.session = sessions[node.id]?.first ?? ScreeningSession(q)
                        state.choiceHighlight = highlight
                        let buffer = ScreenBuffer(rendering: state)
                        let highlightedRows = (0..<buffer.height - 2).filter { row in
                            (0..<buffer.width).contains { buffer[row, $0].style == .highlighted }
                        }
                        let label = node.choices[highlight].label[language]
                        let shown = highlightedRows.map { buffer.textLines[$0] }.joined()
                        #expect(!highlightedRows.isEmpty && shown.contains("\(highlight + 1). "),
                                "\(q.edition) \(node.id) choice \(highlight + 1) \(language) \(size): \(label)\n\(buffer.textLines.joined(separator: "\n"))")
                        if size.1 >= 24 {
                            for id in node.cases.map(\.id) {
                                #expect(buffer.textLines.contains { $0.contains(" \(id),") || $0.hasSuffix(" \(id)") || $0.contains(": \(id)") },
                                        "\(q.edition) \(node.id) case \(id) \(language) \(size)")
                            }
                        }
                    }
                }
            }
        }
    }

    @Test func listsReachEveryEntryWithTheSameKeys() {
        var state = TestRules.state(TestRules.edition2025, width: 60, height: 16)
        state.apply(.choose(2))
        guard case .caseList? = state.panels.last else {
            Issue.record("no case list")
            return
        }
        state.apply(.end)
        guard case .caseList(let panel)? = state.panels.last else { return }
        #expect(panel.selected == TestRules.edition2025.cases.count - 1)
        #expect(state.screenText.contains("(3-15)"))
        state.apply(.home)
        guard case .caseList(let top)? = state.panels.last else { return }
        #expect(top.selected == 0)
        state.apply(.pageDown)
        guard case .caseList(let paged)? = state.panels.last else { return }
        #expect(paged.selected > 1)
        state.apply(.choose(9))
        #expect(state.panels.last == .caseDetail(CaseDetailPanel(caseID: TestRules.edition2025.cases[8].id)))
    }

    @Test func theAnswersSoFarAreLabelledAndCutByWholeAnswersFromTheLeft() {
        // Narrow but tall enough to keep the trail (at 60x16 it gives way to the help, hint and case line).
        var state = TestRules.state(TestRules.edition2025, width: 60, height: 24)
        state.apply(.activate)
        for _ in 0..<6 { state.apply(.choose(1)) }
        let rows = state.screenText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = rows.firstIndex { $0.contains("これまでの回答") } ?? 0
        // The trail may take a second line when the last answer does not fit beside the label.
        let line = rows[start].trimmingCharacters(in: .whitespaces)
            + (rows[start + 1].isEmpty ? "" : rows[start + 1].trimmingCharacters(in: .whitespaces))
        #expect(line.contains("件は省略"), "\(line)")
        // Every answer shown is whole: the line ends in the last answer's full label.
        let last = state.session.steps.last!
        let label = TestRules.edition2025.node(last.node)!.choice(last.choice)!.label[.ja]
        #expect(line.hasSuffix(label), "\(line)")
    }

    @Test func theEditionsDateRangeNeverWraps() {
        for width in 60...120 {
            for language in Language.allCases {
                let state = TestRules.state(TestRules.edition2025, language: language, width: width, height: 24)
                // The edition in force reads as in force from its date, not as an unfinished range.
                #expect(state.screenText.contains(language == .ja ? "(2025-05-31 施行)" : "(in force from 2025-05-31)"), "\(width) \(language)")
            }
        }
    }

    @Test func theEnglishCaseIsOurRenderingWithTheOriginalOneKeyAway() {
        var state = TestRules.state(TestRules.edition2025, language: .en, width: 80, height: 40)
        state.panels = [.caseDetail(CaseDetailPanel(caseID: "1-3"))]
        #expect(state.screenText.contains("Our English rendering, not an official translation"))
        #expect(state.screenText.contains("type 2 diabetes"))
        state.apply(.showOriginal)
        #expect(state.screenText.contains("2型糖尿病"))
        #expect(!state.screenText.contains("Our English rendering"))
    }

    @Test func keyBarsShowTheRealDigitRangeAndTheSameKeysInBothLanguages() {
        for language in Language.allCases {
            var state = TestRules.state(TestRules.edition2025, language: language)
            state.apply(.activate)
            let bar = keys(state).map(\.key)
            #expect(bar.first == "1-6")
            #expect(!state.screenText.contains("1-9"))
            state.apply(.choose(1), .choose(1), .choose(1), .choose(1), .choose(1), .choose(1), .choose(1))
            #expect(keys(state).map(\.key).contains("r"))
        }
        for build in [{ (s: inout AppState) in }, { $0.apply(.activate) }, { $0.apply(.activate, .cases) },
                      { $0.apply(.activate, .help) }] {
            var ja = TestRules.state(TestRules.edition2025, language: .ja)
            var en = TestRules.state(TestRules.edition2025, language: .en)
            build(&ja)
            build(&en)
            #expect(keys(ja).map(\.key) == keys(en).map(\.key))
            // All of them are drawn at 80 columns.
            for state in [ja, en] {
                let text = ScreenBuffer(rendering: state).textLines.suffix(2).joined(separator: " ")
                for item in keys(state) { #expect(text.contains(item.key + " " + item.label), "\(item)") }
            }
        }
    }
}
