import Foundation
import Glibc
import JCTACore

/// Carries out `Effect.write` for the runtimes (full screen and plain prompts): an atomic write, with the
/// failure turned into what the screens show.
public enum ExportWriter {
    /// nil when written.
    public static func write(_ text: String, to path: String, overwrite: Bool) -> WriteFailure? {
        do {
            try AtomicFileWriter.write(text, to: path, overwrite: overwrite)
            return nil
        } catch .exists {
            return .exists
        } catch {
            return .other(reason(error, path: path))
        }
    }

    /// Why a write failed, in the user's language: the common system errors as sentences naming the folder
    /// and what to do; any other keeps the system's own text.
    static func reason(_ failure: AtomicFileWriter.Failure, path: String) -> LocalizedMessage {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let isFolder = LocalizedMessage(ja: "\(path) はフォルダです。ファイル名を入力してください。",
                                        en: "\(path) is a folder; type a file name.")
        guard case .cannotWrite(_, let systemText) = failure else {
            return failure == .isDirectory(path) ? isFolder : LocalizedMessage(ja: failure.message(.ja), en: failure.message(.en))
        }
        var isDirectory: ObjCBool = false
        let folderExists = FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) && isDirectory.boolValue
        switch errorCode(systemText) {
        // A folder that is there but refuses new files (as /proc does) keeps the system's text.
        case ENOENT where !folderExists, ENOTDIR where !folderExists:
            return LocalizedMessage(ja: "\(folder) というフォルダはありません。", en: "There is no folder \(folder).")
        case EACCES, EPERM:
            return LocalizedMessage(ja: "\(folder) フォルダに書き込む権限がありません。",
                                    en: "You do not have permission to write in the folder \(folder).")
        case EROFS:
            return LocalizedMessage(ja: "\(folder) フォルダは読み取り専用のファイルシステムにあり、書き込めません。",
                                    en: "The folder \(folder) is on a read-only file system.")
        case ENOSPC, EDQUOT:
            return LocalizedMessage(ja: "ディスクに空きがありません。", en: "The disk is full.")
        case EISDIR:
            return isFolder
        default:
            return LocalizedMessage(ja: failure.message(.ja), en: failure.message(.en))
        }
    }

    /// The error number behind a system message: the writer keeps only `strerror`'s text, which is the same
    /// text in this process for the same number.
    static func errorCode(_ systemText: String) -> Int32? {
        [ENOENT, ENOTDIR, EACCES, EPERM, EROFS, ENOSPC, EDQUOT, EISDIR].first { String(cString: strerror($0)) == systemText }
    }
}
