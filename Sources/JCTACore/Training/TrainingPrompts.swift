/// The texts a plain line-mode round shows, so any line front end (the `train` command, a kiosk without a
/// terminal) says the same things. Scenario ids and tags are held back until the feedback: an id such as
/// `case_3_10` would give the answer away.
public enum TrainingPrompts {
    /// The classes in the order they are numbered 1-4.
    public static let classes: [Classification] = [.specified, .clinical, .outOfScope, .consult]

    public static func opening(_ session: TrainingSession, language: Language) -> String {
        let q = session.questionnaire
        let ja = language == .ja
        var lines = [ja ? "臨床研究法 研修: \(q.edition)年版 \(q.title.ja) (\(q.effectivePeriod))"
                        : "Clinical Trials Act training: edition \(q.edition), \(q.title.en) (\(q.effectivePeriod))"]
        lines.append(ja ? "設問 \(session.items.count)問、シード \(session.selection.seed)（--seed \(session.selection.seed) で同じ組み合わせ）"
                        : "\(session.items.count) exercises, seed \(session.selection.seed) (--seed \(session.selection.seed) gives the same set)")
        let topics = session.selection.filters.map { TrainingTags.label($0)[language] }
        if !topics.isEmpty { lines.append((ja ? "分野の絞り込み: " : "Topics: ") + topics.joined(separator: ja ? "、" : ", ")) }
        if let trainee = session.trainee { lines.append((ja ? "受講者: " : "Trainee: ") + trainee) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The description of the current scenario and the numbered classes.
    public static func scenario(_ session: TrainingSession, language: Language) -> String {
        guard let item = session.current else { return "" }
        let ja = language == .ja
        var out = "\n" + (ja ? "[\(session.index + 1)/\(session.items.count)] 設問" : "[\(session.index + 1)/\(session.items.count)] Exercise") + "\n"
        out += item.scenario.description[language] + "\n\n"
        out += (ja ? "この研究の分類は?" : "How is this study classified?") + "\n"
        for (index, classification) in classes.enumerated() {
            out += "  \(index + 1)) \(classification.label[language])\n"
        }
        return out
    }

    public static func classPrompt(_ language: Language) -> String {
        language == .ja ? "分類 [1-4, q=終了]> " : "class [1-4, q=quit]> "
    }

    /// The same choice as the full screen's: 1 walks the tree, 2 goes to the answer.
    public static func walkOffer(_ language: Language) -> String {
        language == .ja ? "答え合わせの前に判定ツリーをたどりますか? 1) たどる  2) 答え合わせへ [1/2, q=終了]> "
                        : "Walk the decision tree before the answer? 1) walk  2) skip to the answer [1/2, q=quit]> "
    }

    /// `q` during a round: the same question as the full screen's, naming where the answers so far go.
    public static func quitConfirmation(_ path: String, language: Language) -> String {
        language == .ja ? "研修を途中で終了しますか? ここまでの回答は未完了の採点表として \(path) に保存します [y/n]> "
                        : "Quit the round before its end? The answers so far are kept in \(path), marked incomplete [y/n]> "
    }

    public static func saveOffer(_ suggested: String, language: Language) -> String {
        language == .ja ? "採点表を保存しますか? y) \(suggested) に保存  n) 保存しない  またはファイル名 [y/n/名前]> "
                        : "Save the score sheet? y) as \(suggested)  n) no  or type a file name [y/n/name]> "
    }

    /// `?` in the walk: the question's help.
    public static func help(_ node: QuestionNode, questionnaire: Questionnaire, language: Language) -> String {
        let keys = language == .ja ? "数字=回答  b=戻る  s=たどるのをやめる  t=設問文  c=事例  ?=ヘルプ  q=研修を終了"
                                   : "digit=answer  b=back  s=stop walking  t=the exercise  c=cases  ?=help  q=quit the round"
        return "\n" + node.help[language] + "\n" + keys + "\n"
    }

    /// `c` in the walk: the casebook entries behind the question, summarised.
    public static func cases(_ node: QuestionNode, questionnaire: Questionnaire, language: Language) -> String {
        let entries = node.cases.compactMap { questionnaire.caseEntry($0.id) }
        guard !entries.isEmpty else { return language == .ja ? "\nこの質問に関係する事例はありません。\n" : "\nNo casebook entry is cited here.\n" }
        return "\n" + entries.map { "(\($0.id)) " + $0.summary[language] }.joined(separator: "\n") + "\n"
    }

    /// The walk's current question, by its fixed number (as on the screening's question screen), with its
    /// numbered choices.
    public static func question(_ node: QuestionNode, number: Int, language: Language) -> String {
        var out = "\n" + QuestionNode.numberLabel(number, language) + " " + node.question[language] + "\n"
        for (index, choice) in node.choices.enumerated() {
            out += "  \(index + 1)) \(choice.label[language])\n"
        }
        return out
    }

    public static func questionPrompt(_ node: QuestionNode, language: Language) -> String {
        language == .ja ? "回答 [1-\(node.choices.count), b=戻る, s=やめる, t=設問文, c=事例, ?=ヘルプ, q=終了]> "
                        : "answer [1-\(node.choices.count), b=back, s=stop walking, t=exercise, c=cases, ?=help, q=quit]> "
    }

    public static func feedback(_ feedback: TrainingFeedback, language: Language) -> String {
        let ja = language == .ja
        let topics = feedback.scenario.tags.map { TrainingTags.label($0)[language] }.joined(separator: ja ? "、" : ", ")
        var out = "\n" + (ja ? "設問: \(feedback.scenario.title.ja)（分野: \(topics)）" : "Exercise: \(feedback.scenario.title.en) (topics: \(topics))") + "\n"
        for section in feedback.sections(language) {
            out += "[\(section.title)]\n" + section.items.map { "  \($0)" }.joined(separator: "\n") + "\n"
        }
        return out
    }

    public static func invalid(_ language: Language) -> String {
        language == .ja ? "入力が正しくありません。" : "Not a valid answer here."
    }

    /// The refusal with what is valid at this prompt.
    public static func invalid(_ language: Language, valid: String) -> String {
        invalid(language) + (language == .ja ? "入力できるのは: " : " Valid here: ") + valid + "\n"
    }

    public static func classKeys(_ language: Language) -> String {
        language == .ja ? "1-4（分類）、q（終了）" : "1-4 (the class), q (quit)"
    }

    public static func walkOfferKeys(_ language: Language) -> String {
        language == .ja ? "1（たどる）、2（答え合わせへ）、q（終了）" : "1 (walk), 2 (the answer), q (quit)"
    }

    public static func walkKeys(_ node: QuestionNode, language: Language) -> String {
        language == .ja ? "1-\(node.choices.count)（回答）、b（戻る）、s（たどるのをやめる）、t（設問文）、c（事例）、?（ヘルプ）、q（終了）"
                        : "1-\(node.choices.count) (answer), b (back), s (stop walking), t (the exercise), c (cases), ? (help), q (quit)"
    }

    /// After the feedback at a terminal: the pause before the next exercise.
    public static func nextPrompt(_ language: Language) -> String {
        language == .ja ? "Enter で次の設問へ（q=終了）> " : "Enter for the next exercise (q=quit)> "
    }

    /// q in a round: the same question the full screen asks.
    public static func quitConfirmation(_ language: Language) -> String {
        language == .ja ? "研修を途中で終了しますか？ ここまでの回答は未完了の採点表として保存します。 [y/n]> "
                        : "Quit the round before its end? The answers so far are kept in a score sheet marked incomplete. [y/n]> "
    }
}
