import JCTACore

/// `?`: the current question's help and glossary terms (the whole glossary elsewhere), then the keys.
public struct HelpPanel: ScrollingTextPanel, Hashable, Sendable {
    public var scroll = 0
    static let closingIntents: Set<Intent> = [.close, .back, .help]

    public init() {}

    func title(_ state: AppState) -> String {
        state.language.text("ヘルプ・用語", "Help and glossary")
    }

    func lines(_ state: AppState, width: Int) -> [StyledLine] {
        let lang = state.language
        let q = state.questionnaire
        var lines: [StyledLine] = []
        func heading(_ text: String) {
            if !lines.isEmpty { lines.append(StyledLine(text: "")) }
            lines.append(StyledLine(text: text, style: .strong))
        }
        func keyLines() {
            heading(lang.text("キー操作", "Keys"))
            for (key, meaning) in state.phase == .training ? Self.trainingKeyGuide(lang) : Self.keyGuide(lang) {
                lines += StyledLine.wrapped(key + String(repeating: " ", count: max(12 - DisplayWidth.of(key), 1)) + meaning,
                                            width: width, indent: 2, hanging: 12)
            }
        }
        let node = state.currentNode
        // In a round, the round's keys come first: the glossary is long and the keys are what is asked for.
        if state.phase == .training { keyLines() }
        if let node {
            heading(lang.text("この質問について", "About this question"))
            lines += StyledLine.wrapped(node.help[lang], width: width, indent: 2)
        }
        let terms = node.map { $0.terms.compactMap { q.term($0.id) } } ?? q.glossary
        if !terms.isEmpty {
            heading(lang.text("用語", "Terms"))
            for term in terms {
                lines += StyledLine.wrapped(term.term[lang], width: width, style: CellStyle(tone: .accent), indent: 2)
                lines += StyledLine.wrapped(term.definition[lang], width: width, indent: 4)
            }
        }
        if state.phase != .training { keyLines() }
        return lines
    }

    /// The keys of a training round, on every screen of it.
    static func trainingKeyGuide(_ lang: Language) -> [(String, String)] {
        [
            ("1-4", lang.text("設問の分類を選ぶ", "pick the exercise's class")),
            ("1/2", lang.text("判定ツリーをたどる／答え合わせへ進む", "walk the decision tree / go to the answer")),
            ("1-9", lang.text("判定ツリーの質問に答える", "answer a question of the tree")),
            ("b Backspace", lang.text("ツリーで一つ前の質問に戻る", "go back one question in the tree")),
            ("Esc", lang.text("ツリーをたどるのをやめる／パネルを閉じる", "stop walking / close a panel")),
            ("t", lang.text("設問文をもう一度見る（ツリーと答え合わせ）", "the exercise's text again (walk and feedback)")),
            ("c", lang.text("関係する事例を見る", "the casebook entries behind this")),
            ("j/k PgDn", lang.text("スクロール", "scroll")),
            ("Enter", lang.text("決定／次の設問へ", "take / next exercise")),
            ("e", lang.text("採点表を保存する（結果画面）", "save the score sheet (score screen)")),
            ("L", lang.text("English / 日本語 の切替", "switch 日本語 / English")),
            ("q", lang.text("終了する（途中なら確認のうえ未完了の採点表を残せます）", "quit (mid-round it asks first)")),
        ]
    }

    static func keyGuide(_ lang: Language) -> [(String, String)] {
        [
            ("1-9", lang.text("その番号の選択肢で答える・その番号を開く（結果画面ではその節へ）",
                              "answer with that choice, open that entry (on the result, go to that section)")),
            ("j/k ↑/↓", lang.text("選択を移動（Enter で決定）・スクロール", "move the highlight (Enter chooses it), scroll")),
            ("PgUp/PgDn", lang.text("1画面分移動", "a screenful up or down")),
            ("Home/End", lang.text("最初・最後へ", "to the first or the last")),
            ("b Backspace", lang.text("一つ前の質問に戻る", "go back one question")),
            ("r", lang.text("最初からやり直す（確認あり）", "restart (asks first)")),
            ("c", lang.text("関係する事例を見る", "the casebook entries behind this")),
            ("o", lang.text("事例の英文（当方による訳）と原文を切り替える", "a case's casebook original and our English rendering")),
            ("?", lang.text("このヘルプ", "this help")),
            ("L", lang.text("English / 日本語 の切替", "switch 日本語 / English")),
            ("e", lang.text("結果を保存する（結果画面）。数字で形式、Enter で保存", "save the result (result screen): a digit for the format, Enter saves")),
            ("v", lang.text("すべての版で比べる（結果画面）", "compare every edition (result screen)")),
            ("s", lang.text("ここまでの回答を保存し、あとで jcta --answers で続ける", "save the answers so far; resume later with jcta --answers")),
            ("Tab", lang.text("保存の画面で課題名とファイル名を切り替える", "in the save panel, move between the title and the file name")),
            ("q", lang.text("終了する", "quit")),
            ("Esc", lang.text("パネルを閉じる・保存をやめる", "close a panel, cancel saving")),
        ]
    }

    static func keys(_ lang: Language) -> [KeyBar.Item] {
        [.init("j/k", lang.text("スクロール", "scroll")), .init("PgDn", lang.text("次頁", "page")),
         .init("Esc", lang.text("閉じる", "close")),
         .init("L", lang.other == .en ? "English" : "日本語")]
    }
}
