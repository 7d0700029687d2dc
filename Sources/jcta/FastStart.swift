import JCTACore

/// The common start, `jcta` with at most `--lang`, `--study-date` and `--edition`, read without
/// ArgumentParser: building its command tree by reflection cost more than everything else `jcta` does
/// before its first screen. Only arguments ArgumentParser would read the same way are taken (each option
/// once, as `--name value`, with a value that is valid); anything else, including every error, goes
/// through ArgumentParser as before.
enum FastStart {
    static func rules(_ arguments: [String]) -> EditionChoice? {
        guard arguments.count.isMultiple(of: 2) else { return nil }
        var rules = EditionChoice()
        var seen: Set<String> = []
        for index in stride(from: 0, to: arguments.count, by: 2) {
            let (name, value) = (arguments[index], arguments[index + 1])
            guard seen.insert(name).inserted else { return nil }
            switch name {
            case "--lang":
                guard let language = Language(rawValue: value) else { return nil }
                rules.lang = language
            case "--study-date":
                guard CivilDate(iso: value) != nil else { return nil }
                rules.studyDate = value
            case "--edition":
                guard EditionCatalog.entry(id: value) != nil else { return nil }
                rules.edition = value
            default:
                return nil
            }
        }
        return rules
    }
}
