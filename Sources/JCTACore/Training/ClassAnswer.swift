/// A class as a trainee or trainer writes it: the id (`clinical`), the digit shown on screen (1-4), or
/// the Japanese or English label, long or short (「臨床研究」, 「法の対象外」, "Outside the Act").
public enum ClassAnswer {
    public static func parse(_ text: String) -> Classification? {
        let written = text.trimmed
        if let number = Int(written), TrainingPrompts.classes.indices.contains(number - 1) {
            return TrainingPrompts.classes[number - 1]
        }
        let folded = written.lowercased()
        return Classification.allCases.first { classification in
            [classification.rawValue, classification.label.ja, classification.label.en,
             classification.shortLabel.ja, classification.shortLabel.en].contains { $0.lowercased() == folded }
                // The English short label was "Out of scope" before it matched the long one; trainers still write it.
                || (classification == .outOfScope && folded == "out of scope")
        }
    }

    /// How to write a class, for error messages.
    public static let accepted = "1-4, specified, clinical, out_of_scope, consult, or the label (特定臨床研究, 臨床研究, 対象外, 要相談)"
}
