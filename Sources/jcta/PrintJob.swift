import Glibc
import JCTAScreens

/// `--print-command CMD`: each document is its own print job. CMD runs through /bin/sh once per document with
/// the document on its standard input; its standard output goes nowhere (so `lp`'s "request id is …" never
/// lands on the kiosk screen) and its standard error is kept for the reason shown when it fails. A command
/// that has not finished after `timeoutSeconds` is killed with its process group, so a stuck printer never
/// wedges the kiosk or the next print.
struct PrintJob {
    static let timeoutSeconds = 60

    let command: String

    /// nil when the command read the document and exited 0; else why not, in words.
    func run(_ document: String) -> WriteFailure? {
        var input: [Int32] = [0, 0]
        var errors: [Int32] = [0, 0]
        guard Self.pipeClosedOnExec(&input) else { return failure("pipe: " + Self.errnoText()) }
        guard Self.pipeClosedOnExec(&errors) else {
            close(input[0]); close(input[1])
            return failure("pipe: " + Self.errnoText())
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input[0], STDIN_FILENO)
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, errors[1], STDERR_FILENO)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The kiosk ignores SIGINT, SIGQUIT, SIGTSTP and SIGPIPE; the print command gets the defaults back, runs
        // in its own process group (so a timeout kills all of it) and with no signal blocked.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGTSTP, SIGPIPE, SIGTERM, SIGHUP, SIGCHLD] { sigaddset(&defaults, signal) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP))
        var pid: pid_t = 0
        let arguments = ["/bin/sh", "-c", command]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, &attributes, &argv, environ)
        close(input[0])
        close(errors[1])
        guard spawned == 0 else {
            close(input[1]); close(errors[0])
            return failure("/bin/sh: " + String(cString: strerror(spawned)))
        }
        let deadline = Self.now() + Self.timeoutSeconds * 1000
        _ = fcntl(input[1], F_SETFL, fcntl(input[1], F_GETFL) | O_NONBLOCK)
        _ = fcntl(errors[0], F_SETFL, fcntl(errors[0], F_GETFL) | O_NONBLOCK)
        let bytes = Array(document.utf8)
        var written = 0
        var inputOpen = true
        var errorText: [UInt8] = []
        var status: Int32 = 0
        var exited = false
        while !exited {
            if inputOpen && written < bytes.count {
                let result = bytes.withUnsafeBytes { write(input[1], $0.baseAddress! + written, bytes.count - written) }
                if result > 0 { written += result } else if result < 0 && errno != EAGAIN && errno != EINTR {
                    // EPIPE: the command stopped reading; its exit status says whether that is a failure.
                    inputOpen = false
                }
            }
            if inputOpen && written >= bytes.count {
                close(input[1])
                inputOpen = false
            }
            var chunk = [UInt8](repeating: 0, count: 1024)
            let got = chunk.withUnsafeMutableBytes { read(errors[0], $0.baseAddress, 1024) }
            if got > 0 && errorText.count < 4096 { errorText += chunk[0..<got] }
            if waitpid(pid, &status, WNOHANG) == pid {
                exited = true
                break
            }
            if Self.now() > deadline {
                kill(-pid, SIGKILL)
                waitpid(pid, &status, 0)
                if inputOpen { close(input[1]) }
                close(errors[0])
                return failure("the print command did not finish within \(Self.timeoutSeconds) s and was stopped",
                               ja: "印刷コマンドが \(Self.timeoutSeconds) 秒で終わらなかったため止めました")
            }
            usleep(10_000)
        }
        if inputOpen { close(input[1]) }
        close(errors[0])
        let lastLine = String(decoding: errorText, as: UTF8.self).split(whereSeparator: \.isNewline).last.map(String.init)
        let detail = lastLine.map { ": \($0)" } ?? ""
        if status & 0x7f == 0 {
            let code = (status >> 8) & 0xff
            if code == 0 { return nil }
            return failure("the print command ended with exit status \(code)\(detail)",
                           ja: "印刷コマンドが終了コード \(code) で終わりました\(detail)")
        }
        let signal = status & 0x7f
        return failure("the print command was ended by signal \(signal)\(detail)",
                       ja: "印刷コマンドがシグナル \(signal) で終わりました\(detail)")
    }

    private func failure(_ en: String, ja: String? = nil) -> WriteFailure {
        .other(LocalizedMessage(ja: ja ?? en, en: en))
    }

    /// A pipe whose ends a later print command does not inherit (only the dup2'd copies reach the child).
    private static func pipeClosedOnExec(_ ends: inout [Int32]) -> Bool {
        guard pipe(&ends) == 0 else { return false }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return true
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }

    private static func now() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Int(time.tv_sec) * 1000 + Int(time.tv_nsec) / 1_000_000
    }
}
