import Synchronization

/// A file's name, one object per distinct name, so each `SourceLocation` holds a reference rather than a copy.
/// The table lives as long as jcta runs; its names are the few files one run reads.
final class FileName: Sendable {
    let text: String

    private init(_ text: String) { self.text = text }

    private static let known = Mutex<(last: FileName?, all: [String: FileName])>((nil, [:]))

    static func named(_ text: String) -> FileName {
        known.withLock { known in
            // Locations come in runs from one file: the last name is nearly always the one asked for.
            if let last = known.last, last.text == text { return last }
            let name = known.all[text] ?? FileName(text)
            known.all[text] = name
            known.last = name
            return name
        }
    }
}
