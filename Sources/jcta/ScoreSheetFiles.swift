import Foundation
import JCTACore

/// The one way `jcta train` writes a score sheet (end of a round, a round quit or interrupted, line mode's
/// offer, `--sheet`, `--sheet-dir`), so no sheet is lost or written over another trainee's: a default name
/// (`ScoreSheetFileName`) that is taken gets `-2`, `-3`…, and so does a `--sheet` file unless `--force`
/// replaces it; a file written earlier in the same run is never replaced, even with `--force`. Every write
/// says where the sheet went.
struct ScoreSheetFiles {
    let language: Language
    let force: Bool
    /// `--sheet-format`; nil: JSON for a `.json` path, else `fallback`.
    let format: TrainCommand.SheetFormat?
    /// Where "written" lines go (standard output for a round, standard error when the output is the sheets).
    let say: (String) -> Void
    private var written: Set<String> = []

    init(language: Language, force: Bool, format: TrainCommand.SheetFormat?, say: @escaping (String) -> Void) {
        self.language = language
        self.force = force
        self.format = format
        self.say = say
    }

    /// Writes `sheet` to `path` (a file the user named) or, when nil, under its default name in `folder`
    /// (created when missing); returns the path written.
    @discardableResult
    mutating func write(_ sheet: ScoreSheet, to path: String?, in folder: String? = nil,
                        fallback: TrainCommand.SheetFormat = .markdown) throws -> String {
        let kind = format ?? (path?.lowercased().hasSuffix(".json") == true ? .json : fallback)
        let named = path ?? folder.map { ($0 as NSString).appendingPathComponent(sheet.defaultFileName(extension: kind.fileExtension)) }
            ?? sheet.defaultFileName(extension: kind.fileExtension)
        let ja = language == .ja
        if let folder {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                printError(ja ? "エラー: フォルダ \(folder) を作れません: \(error.localizedDescription)"
                              : "error: cannot create the folder \(folder): \(error.localizedDescription)")
                throw ExitStatus.ioFailure.exitCode
            }
        }
        let text = sheet.rendered(as: kind.export, language: language)
        var target = named
        var attempt = 1
        while true {
            let replace = path != nil && force && !written.contains(Self.key(target))
            do {
                try AtomicFileWriter.write(text, to: target, overwrite: replace)
                break
            } catch .exists where attempt < 99 {
                attempt += 1
                target = ScoreSheetFileName.numbered(named, attempt: attempt)
            } catch {
                printError((ja ? "エラー: " : "error: ") + error.message(language))
                throw ExitStatus.ioFailure.exitCode
            }
        }
        written.insert(Self.key(target))
        if target != named {
            say(ja ? "\(named) は既にあるため、別の名前で保存しました。" : "\(named) already exists, so the sheet was saved under another name.")
        }
        let incomplete = sheet.notReached > 0
        say(ja ? "採点表を書き出しました" + (incomplete ? "（未完了）" : "") + ": \(target)"
               : "Score sheet written" + (incomplete ? " (incomplete)" : "") + ": \(target)")
        return target
    }

    private static func key(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}

extension TrainCommand.SheetFormat {
    var fileExtension: String { self == .json ? "json" : "md" }
}
