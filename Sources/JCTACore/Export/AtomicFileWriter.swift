import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file whole or not at all: a temporary file beside the target, flushed, then renamed over it.
public enum AtomicFileWriter {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case exists(String)
        case isDirectory(String)
        case cannotWrite(path: String, reason: String)

        public var description: String {
            switch self {
            case .exists(let path): "\(path) already exists (use --force to replace it)"
            case .isDirectory(let path): "\(path) is a directory; give a file name"
            case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
            }
        }

        /// The same message in the user's language, for screens.
        public func message(_ language: Language) -> String {
            guard language == .ja else { return description }
            switch self {
            case .exists(let path): return "\(path) は既にあります（上書きしません）"
            case .isDirectory(let path): return "\(path) はディレクトリです。ファイル名を指定してください"
            case .cannotWrite(let path, let reason): return "\(path) に書き込めません: \(reason)"
            }
        }
    }

    /// Writes `text` to `path`; refuses an existing file unless `overwrite`.
    public static func write(_ text: String, to path: String, overwrite: Bool = false) throws(Failure) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw .isDirectory(path) }
            if !overwrite { throw .exists(path) }
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/.\(url.lastPathComponent).\(getpid()).tmp"
        let bytes = Array(text.utf8)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .cannotWrite(path: path, reason: errorText(errno)) }
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                let reason = errorText(errno)
                close(fd)
                unlink(temporary)
                throw .cannotWrite(path: path, reason: reason)
            }
            written += n
        }
        if fsync(fd) != 0 || close(fd) != 0 {
            let reason = errorText(errno)
            unlink(temporary)
            throw .cannotWrite(path: path, reason: reason)
        }
        if !overwrite {
            // link() fails if the target appeared meanwhile, so an existing file is never replaced.
            if link(temporary, path) != 0 {
                let code = errno
                unlink(temporary)
                if code == EEXIST { throw .exists(path) }
                throw .cannotWrite(path: path, reason: errorText(code))
            }
            unlink(temporary)
        } else if rename(temporary, path) != 0 {
            let reason = errorText(errno)
            unlink(temporary)
            throw .cannotWrite(path: path, reason: reason)
        }
    }

    static func errorText(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
