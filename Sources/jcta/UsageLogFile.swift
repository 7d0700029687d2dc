import Glibc
import JCTAScreens

/// A kiosk's `--log FILE`: appended with O_APPEND, one `write` per line, so each line lands whole at the end
/// even when another process appends too. Before each line it checks that the path still names the open
/// file: after logrotate moves it away (or deletes it) a new file is created at the path; a truncated file
/// needs nothing (O_APPEND writes at its new end). A line that cannot be written is counted with its reason,
/// for the operator after the PIN and for standard error at exit.
final class UsageLogFile: @unchecked Sendable {
    private let path: String
    private var descriptor: Int32
    private(set) var failedWrites = 0
    private(set) var lastFailure: String?

    /// Opens (creating, mode 0640) the log; the reason when it cannot be opened.
    static func open(_ path: String) -> Result<UsageLogFile, LogOpenFailure> {
        let descriptor = openForAppend(path)
        guard descriptor >= 0 else { return .failure(LogOpenFailure(reason: String(cString: strerror(errno)))) }
        return .success(UsageLogFile(path: path, descriptor: descriptor))
    }

    struct LogOpenFailure: Error {
        var reason: String
    }

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    private static func openForAppend(_ path: String) -> Int32 {
        Glibc.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o640)
    }

    /// Appends the entry stamped with the local time.
    func append(_ entry: UsageLogEntry) {
        reopenIfMoved()
        guard descriptor >= 0 else { return }
        let line = Array(entry.jsonLine(time: Self.timestamp()).utf8)
        let written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        if written < 0 {
            recordFailure(String(cString: strerror(errno)))
        } else if written < line.count {
            recordFailure("only \(written) of \(line.count) bytes written (disk full?)")
        }
    }

    /// Opens the path again when it no longer names the open file (moved, deleted or replaced).
    private func reopenIfMoved() {
        var atPath = stat()
        var open = stat()
        let pathExists = stat(path, &atPath) == 0
        if descriptor >= 0, pathExists, fstat(descriptor, &open) == 0,
           atPath.st_dev == open.st_dev, atPath.st_ino == open.st_ino { return }
        let reopened = Self.openForAppend(path)
        guard reopened >= 0 else {
            recordFailure("cannot reopen \(path): " + String(cString: strerror(errno)))
            return
        }
        if descriptor >= 0 { close(descriptor) }
        descriptor = reopened
    }

    private func recordFailure(_ reason: String) {
        failedWrites += 1
        lastFailure = reason
    }

    /// What the operator should know, or nil when every line was written.
    var problem: LocalizedMessage? {
        guard failedWrites > 0, let lastFailure else { return nil }
        return LocalizedMessage(ja: "利用記録 \(path) に \(failedWrites) 行を書けませんでした（最後の理由: \(lastFailure)）。",
                                en: "The usage log \(path) missed \(failedWrites) line(s) (last reason: \(lastFailure)).")
    }

    /// Local time with its UTC offset, to the second: `2026-04-01T09:05:07+09:00`.
    static func timestamp() -> String {
        var seconds = time(nil)
        var parts = tm()
        localtime_r(&seconds, &parts)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let offset = parts.tm_gmtoff / 60
        let sign = offset < 0 ? "-" : "+"
        return "\(Int(parts.tm_year) + 1900)-\(two(Int(parts.tm_mon) + 1))-\(two(Int(parts.tm_mday)))"
            + "T\(two(Int(parts.tm_hour))):\(two(Int(parts.tm_min))):\(two(Int(parts.tm_sec)))"
            + "\(sign)\(two(abs(offset) / 60)):\(two(abs(offset) % 60))"
    }
}
