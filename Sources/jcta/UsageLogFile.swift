import Glibc
import JCTAScreens

/// A kiosk's `--log FILE`: opened once with O_APPEND, so each line lands whole at the end even when another
/// process appends too; one `write` per line.
final class UsageLogFile {
    private let descriptor: Int32

    /// Opens (creating, mode 0640) the log; nil with the reason when it cannot be opened.
    static func open(_ path: String) -> Result<UsageLogFile, LogOpenFailure> {
        let descriptor = Glibc.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o640)
        guard descriptor >= 0 else { return .failure(LogOpenFailure(reason: String(cString: strerror(errno)))) }
        return .success(UsageLogFile(descriptor: descriptor))
    }

    struct LogOpenFailure: Error {
        var reason: String
    }

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// Appends the entry stamped with the local time; a failed write is dropped (the kiosk goes on).
    func append(_ entry: UsageLogEntry) {
        let line = Array(entry.jsonLine(time: Self.timestamp()).utf8)
        _ = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
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
