import Foundation
import JCTACore
import Testing
@testable import JCTAScreens

/// One number for one question: the full-screen header, the result's path of answers, the 要相談 breakdown,
/// the case panels, the Markdown, text and HTML exports, the line mode, `jcta compare` and the training walk
/// all give a question the number its question screen shows, for whole screenings of both editions.
@Suite struct QuestionNumberTests {
    static let editions = [TestRules.edition2019, TestRules.edition2025]

    /// The question number a line or item begins with: 「問8」, 「問 8」, "Q8".
    static func leadingNumber(_ text: some StringProtocol) -> Int? {
        guard let match = String(text).firstMatch(of: /^\s*[*]?\s*(?:問 ?|Q)([0-9]+)/) else { return nil }
        return Int(match.1)
    }

    /// Every outcome, each 「わからない」 and a few ways to each question: the paths the reader tests walk,
    /// one per outcome and per first question answered 「わからない」, to keep the run short.
    static func paths(_ q: Questionnaire) -> [[String]] {
        var seen = Set<String>()
        return ReaderTextTests.allPaths(q).filter { path in
            var session = ScreeningSession(q)
            var firstUnsure = "-"
            for choice in path {
                if firstUnsure == "-", session.currentNode?.choice(choice)?.unsure == true { firstUnsure = session.currentNode!.id }
                try? session.answer(choice: choice)
            }
            return seen.insert((session.result?.outcome ?? "?") + " " + firstUnsure).inserted
        }
    }

    @Test(arguments: editions.map(\.edition))
    func everyScreenAndExportGivesAQuestionItsScreenNumber(_ edition: String) throws {
        let q = Self.editions.first { $0.edition == edition }!
        let paths = Self.paths(q)
        #expect(paths.count > 10)
        for path in paths {
            for language in Language.allCases {
                // The full screen: the number each question's header shows.
                var state = TestRules.state(q, language: language, width: 120, height: 40)
                state.apply(.activate)
                var shown: [String: Int] = [:]
                for choice in path {
                    guard let node = state.session.currentNode, let index = node.choices.firstIndex(where: { $0.id == choice }) else { break }
                    let header = state.screenText.split(separator: "\n")[1]
                    let number = try #require(Self.leadingNumber(header), "\(edition) \(node.id): no number in \(header)")
                    #expect(number == q.questionNumber(node.id), "\(edition) \(node.id): the header's number is the question's own")
                    shown[node.id] = number
                    state.apply(.choose(index + 1))
                }
                let document = try #require(state.document, "\(path) ends without a result")
                let r = document.result
                func label(_ node: String) -> String { QuestionNode.numberLabel(shown[node]!, language) }

                // The result's path of answers and the 要相談 breakdown, on screen and in every export.
                let sections = ResultSections(document)
                let pathItems = try #require(sections.sections.first { ResultScreen.isPathSection($0, language) }).items
                #expect(pathItems.map { Self.leadingNumber($0) } == r.path.map { shown[$0.node] })
                let screen = ResultScreen.body(state, sections, width: 116).map(\.line.text).joined(separator: "\n")
                let markdown = document.rendered(as: .markdown), text = document.rendered(as: .text)
                let html = document.rendered(as: .html)
                for step in r.path {
                    let named = label(step.node) + " " + step.question[language]
                    #expect(screen.contains(label(step.node) + " "), "\(edition) screen path: \(named)")
                    #expect(markdown.contains(named) && text.contains(named), "\(edition) exports' path: \(named)")
                    #expect(html.contains("<li>" + label(step.node) + " "), "\(edition) HTML path: \(named)")
                }
                for scenario in r.scenarios {
                    let item = r.questionName(scenario.node, language)
                    #expect(Self.leadingNumber(item) == shown[scenario.node], "\(edition) breakdown: \(item)")
                    #expect(text.contains(item) && markdown.contains(item))
                }
                // A case panel names the questions citing the case by the same numbers.
                for step in r.path {
                    for reference in q.node(step.node)!.cases {
                        let panel = CaseText.render(q.caseEntry(reference.id)!, questionnaire: q, language: language)
                        #expect(panel.contains(q.questionName(step.node, language)!), "\(edition) case \(reference.id)")
                        #expect(q.questionName(step.node, language)!.hasPrefix(label(step.node) + " "))
                    }
                }
                // The line mode: each question read out, each answer echoed, the result's path.
                let script = PlainScript(r.path.map { step in
                    String(q.node(step.node)!.choices.firstIndex { $0.id == step.choice }! + 1)
                } + [nil, "n"])
                var prompter = PlainPrompter(questionnaire: q, language: language, studyDate: nil, clock: { TestRules.fixedTime },
                                             io: script.io, kiosk: nil)
                _ = prompter.run()
                for step in r.path {
                    let spoken = SpokenText.spokenNumber(shown[step.node]!, language)
                    #expect(script.output.contains("\n" + spoken + ": " + step.question[language] + "\n"), "\(edition) line mode asks \(spoken)")
                    #expect(script.output.contains(spoken + ": " + q.node(step.node)!.choice(step.choice)!.label[language] + "\n"))
                    #expect(script.output.contains(spoken + ": " + step.question[language] + " " + (language == .ja ? "回答: " : "Answer: ")),
                            "\(edition) line mode's path names \(spoken)")
                }
                // The training walk in the line mode.
                for step in r.path {
                    let asked = TrainingPrompts.question(q.node(step.node)!, number: q.questionNumber(step.node)!, language: language)
                    #expect(asked.hasPrefix("\n" + label(step.node) + " "))
                }
                // `jcta compare` and the comparison panel: a question that differs between the editions.
                let answers = Dictionary(uniqueKeysWithValues: r.path.map { ($0.node, $0.choice) })
                let comparison = EditionComparison(answers: answers, editions: Self.editions, studyDate: nil, screenedOn: TestRules.fixedTime.date)
                for cause in comparison.differences.flatMap(\.causes) where cause.edition == edition {
                    #expect(cause.number == shown[cause.node], "\(edition) compare names \(cause.node) by its screen number")
                }
            }
        }
    }
}
