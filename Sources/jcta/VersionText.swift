import JCTACore

/// `jcta --version`: the tool's version and the editions of the rules built into it, with the dates each
/// is in force.
enum VersionText {
    static var full: String {
        let editions = EditionCatalog.entries.map { entry in
            let until = entry.effectiveUntil.map { " to \($0)" } ?? ""
            return "  \(entry.id): in force from \(entry.effectiveFrom)\(until)"
        }
        return (["jcta \(JCTAVersion.current)", "embedded editions of the rules:"] + editions).joined(separator: "\n")
    }
}
