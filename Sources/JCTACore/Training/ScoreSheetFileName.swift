/// The one scheme for a score sheet's default file name, used by every way a sheet is saved (the `e` panel,
/// quitting or interrupting a round, line mode, `--sheet-dir`): `score-<trainee>-seed<N>-<date>-<HH-MM-SS>.<ext>`.
/// The trainee's name is kept as written (Japanese included; characters unsafe in file names become `_`) and
/// the time has seconds, so twenty trainees saving to one folder do not share a name; a name still taken gets
/// `-2`, `-3`… (`numbered`).
public enum ScoreSheetFileName {
    public static func make(trainee: String?, seed: UInt64?, date: CivilDate, time: String?, extension ext: String) -> String {
        var parts = ["score"]
        if let trainee, !trainee.isEmpty {
            parts.append(String(trainee.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" }))
        }
        if let seed { parts.append("seed\(seed)") }
        parts.append("\(date)")
        if let time { parts.append(String(time.map { $0 == ":" ? "-" : $0 })) }
        return parts.joined(separator: "-") + ".\(ext)"
    }

    /// A taken name numbered: `score-佐藤-seed7-2026-04-01-09-05-12.md` → `…-2.md`, then `-3`… (attempt 2, 3…).
    public static func numbered(_ path: String, attempt: Int) -> String {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let dot = path[slash...].lastIndex(of: ".") ?? path.endIndex
        var stem = String(path[..<dot])
        let ext = String(path[dot...])
        if attempt > 2, let dash = stem.lastIndex(of: "-"), Int(stem[stem.index(after: dash)...]) == attempt - 1 {
            stem = String(stem[..<dash])
        }
        return stem + "-\(attempt)" + ext
    }
}
