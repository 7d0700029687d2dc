import Foundation
import JCTACore
import JCTAScreens

/// A full-screen round quit before its end, from `jcta train` or from the welcome screen, leaves the answers
/// given so far in a score sheet marked incomplete, at the path the quit confirmation named; once the screen
/// is closed, the user is told where it is. Line mode's `q` keeps its round the same way.
enum UnfinishedRound {
    /// Writes the sheet when the trainee confirmed quitting part-way; true when one was written.
    @discardableResult
    static func keep(_ state: AppState, format: ExportFormat? = nil, overwrite: Bool = false) throws -> Bool {
        guard let round = state.training, let path = round.keptOnQuit, !round.session.records.isEmpty else { return false }
        let now = LocalTimestamp.now()
        try write(round.session.scoreSheet(date: now.date, time: now.timeOfDay), to: path, format: format, overwrite: overwrite,
                  language: state.language)
        return true
    }

    /// Writes a round's sheet (it says itself that it is incomplete) and tells where; line mode's `q` too.
    static func write(_ sheet: ScoreSheet, to path: String, format: ExportFormat?, overwrite: Bool, language: Language) throws {
        let chosen = format ?? (path.lowercased().hasSuffix(".json") ? .json : .markdown)
        do {
            try AtomicFileWriter.write(sheet.rendered(as: chosen, language: language), to: path, overwrite: overwrite)
        } catch {
            printError("error: \(error.description)")
            throw ExitStatus.ioFailure.exitCode
        }
        print(message(path: path, language: language))
    }

    /// "The round was quit before its end; the answers so far are saved, marked incomplete, as NAME in the
    /// folder FOLDER." The absolute folder, so the trainee finds the file whatever folder jcta ran in.
    static func message(path: String, language: Language, currentFolder: String = FileManager.default.currentDirectoryPath) -> String {
        let absolute = ((path.hasPrefix("/") ? path : currentFolder + "/" + path) as NSString).standardizingPath
        let folder = (absolute as NSString).deletingLastPathComponent
        let file = (absolute as NSString).lastPathComponent
        return language == .ja
            ? "研修を途中で終了しました。ここまでの回答を未完了の採点表として \(folder) フォルダに \(file) として保存しました。"
            : "The round was quit before its end. The answers so far are saved, marked incomplete, as \(file) in the folder \(folder)."
    }
}
