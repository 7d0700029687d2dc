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
        lines.append(ja ? "設問 \(session.items.count)件、シード \(session.selection.seed)（--seed \(session.selection.seed) で同じ組み合わせ）"
                        : "\(session.items.count) scenarios, seed \(session.selection.seed) (--seed \(session.selection.seed) gives the same set)")
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
        language == .ja ? "分類 [1-4]> " : "class [1-4]> "
    }

    public static func walkOffer(_ language: Language) -> String {
        language == .ja ? "判定ツリーを自分でたどりますか? w) たどる  s) 飛ばす [w/s]> "
                        : "Walk the decision tree yourself first? w) walk  s) skip [w/s]> "
    }

    /// The walk's current question with its numbered choices.
    public static func question(_ node: QuestionNode, language: Language) -> String {
        var out = "\n" + node.question[language] + "\n"
        for (index, choice) in node.choices.enumerated() {
            out += "  \(index + 1)) \(choice.label[language])\n"
        }
        return out
    }

    public static func questionPrompt(_ node: QuestionNode, language: Language) -> String {
        language == .ja ? "回答 [1-\(node.choices.count), b=戻る, s=やめる]> " : "answer [1-\(node.choices.count), b=back, s=stop walking]> "
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
}
