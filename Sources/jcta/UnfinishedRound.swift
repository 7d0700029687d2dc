import Foundation
import JCTACore
import JCTAScreens

/// A full-screen round quit before its end, from `jcta train` or from the welcome screen, leaves the answers
/// given so far in a score sheet marked incomplete, at the path the quit confirmation named; once the screen
/// is closed, the user is told where it is.
enum UnfinishedRound {
    /// Writes the sheet when the trainee confirmed quitting part-way; true when one was written.
    @discardableResult
    static func keep(_ state: AppState, format: ExportFormat? = nil, overwrite: Bool = false) throws -> Bool {
        guard let round = state.training, let path = round.keptOnQuit, !round.session.records.isEmpty else { return false }
        let now = LocalTimestamp.now()
        let sheet = round.session.scoreSheet(date: now.date, time: now.timeOfDay)
        let chosen = format ?? (path.lowercased().hasSuffix(".json") ? .json : .markdown)
        do {
            try AtomicFileWriter.write(sheet.rendered(as: chosen, language: state.language), to: path, overwrite: overwrite)
        } catch {
            printError("error: \(error.description)")
            throw ExitStatus.ioFailure.exitCode
        }
        print(message(path: path, language: state.language))
        return true
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
