import Foundation

/// A class as a trainee or trainer writes it: the id (`clinical`), the digit shown on screen (1-4), or
/// the Japanese or English label, long or short (「臨床研究」, 「法の対象外」, "Outside the Act").
/// Written the way an IME gives it too: full-width digits and brackets are read as their ASCII forms (NFKC).
public enum ClassAnswer {
    public static func parse(_ text: String) -> Classification? {
        let written = text.compatibilityNormalized.trimmed
        if let number = Int(written), TrainingPrompts.classes.indices.contains(number - 1) {
            return TrainingPrompts.classes[number - 1]
        }
        let folded = written.lowercased()
        return Classification.allCases.first { classification in
            [classification.rawValue, classification.label.ja, classification.label.en,
             classification.shortLabel.ja, classification.shortLabel.en].contains { $0.compatibilityNormalized.lowercased() == folded }
                // The English short label was "Out of scope" before it matched the long one; trainers still write it.
                || (classification == .outOfScope && folded == "out of scope")
        }
    }

    /// How to write a class, for error messages.
    public static let accepted = "1-4, specified, clinical, out_of_scope, consult, or the label (特定臨床研究, 臨床研究, 対象外, 要相談)"
}

extension String {
    /// NFKC: full-width letters, digits and brackets as their ASCII forms (「２」 is "2", 「（」 is "(").
    var compatibilityNormalized: String { precomposedStringWithCompatibilityMapping }
}
