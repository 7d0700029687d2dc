import Foundation
import Glibc
import JCTAScreens

/// The line mode's input and output on file descriptors (standard input and output): lines read with an optional time limit (a kiosk's idle period), a PIN read without echo, and
/// a screen wipe for the next kiosk user. Reads go through its own buffer so a time limit never misses a
/// line already read from the descriptor.
final class LineConsole {
    private let input: Int32
    private let output: Int32
    private var buffer: [UInt8] = []
    private var ended = false

    init(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) {
        self.input = input
        self.output = output
    }

    var isTerminal: Bool { isatty(input) == 1 }

    func read(timeout: Int?) -> PlainIO.Read {
        let deadline = timeout.map { Date().addingTimeInterval(Double($0)) }
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[..<newline]
                buffer.removeSubrange(...newline)
                return .line(String(decoding: line, as: UTF8.self).replacingOccurrences(of: "\r", with: ""))
            }
            if ended {
                // Ctrl-D on a terminal ends one read; a later read waits for the next line.
                ended = false
                guard buffer.isEmpty else {
                    defer { buffer = [] }
                    return .line(String(decoding: buffer, as: UTF8.self))
                }
                return .end
            }
            if let deadline {
                let left = Int(deadline.timeIntervalSinceNow * 1000)
                if left <= 0 { return .timedOut }
                var waiting = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
                let ready = poll(&waiting, 1, Int32(left))
                if ready == 0 { return .timedOut }
                if ready < 0 { if errno == EINTR { continue } else { return .end } }
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = Glibc.read(input, &chunk, chunk.count)
            if count < 0 {
                if errno == EINTR { continue }
                ended = true
            } else if count == 0 {
                ended = true
            } else {
                buffer += chunk[..<count]
            }
        }
    }

    /// A line read with the terminal's echo off (a PIN); the prompt is written only once echo is off.
    func readSecret(prompt: String, timeout: Int?) -> PlainIO.Read {
        var saved = termios()
        guard isTerminal, tcgetattr(input, &saved) == 0 else {
            write(prompt)
            return read(timeout: timeout)
        }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(input, TCSANOW, &quiet)
        defer { tcsetattr(input, TCSANOW, &saved) }
        write(prompt)
        return read(timeout: timeout)
    }

    func write(_ text: String) {
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { Glibc.write(output, $0.baseAddress! + written, bytes.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                return
            }
            written += result
        }
    }

    /// Clears the screen and the scrollback where the terminal understands it (not on a dumb one), and
    /// drops anything typed but not yet entered.
    func wipe() {
        buffer = []
        guard isatty(output) == 1 else { return }
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        if !term.isEmpty && term != "dumb" { write("\u{1B}[H\u{1B}[2J\u{1B}[3J") }
        tcflush(input, TCIFLUSH)
    }

    /// Whole seconds on the monotonic clock.
    static func seconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec
    }

    func io() -> PlainIO {
        PlainIO(read: { self.read(timeout: $0) }, readSecret: { self.readSecret(prompt: $0, timeout: $1) }, write: { self.write($0) },
                writeFile: ExportWriter.write, isTerminal: isTerminal)
    }
}
