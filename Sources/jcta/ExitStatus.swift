import ArgumentParser
import Foundation
import Glibc

/// Every exit code jcta uses, in one place (the README documents them).
enum ExitStatus: Int32 {
    /// Done; for `validate`, the file is valid.
    case success = 0
    /// A file could not be written or read (the message says why).
    case ioFailure = 1
    /// Invalid input: a broken questionnaire, answers file, edition, node or choice.
    case invalidInput = 2
    /// The answers stop before a result: a question on the path has no answer.
    case missingAnswer = 3
    /// Command-line usage error (swift-argument-parser's own code).
    case usage = 64
    /// Ended by SIGHUP, SIGINT, SIGQUIT or SIGTERM (128 + the signal number).
    case hangup = 129
    case interrupted = 130
    case quit = 131
    case terminated = 143

    var exitCode: ExitCode { ExitCode(rawValue) }

    /// The status for an ending signal (SIGTERM for any other).
    static func ended(by signal: Int32) -> ExitStatus {
        switch signal {
        case SIGHUP: .hangup
        case SIGINT: .interrupted
        case SIGQUIT: .quit
        default: .terminated
        }
    }

    /// The signal's name, as usage logs record it.
    static func name(of signal: Int32) -> String {
        switch signal {
        case SIGHUP: "SIGHUP"
        case SIGINT: "SIGINT"
        case SIGQUIT: "SIGQUIT"
        default: "SIGTERM"
        }
    }
}

/// Writes one line to standard error.
func printError(_ message: String) {
    var standardError = StandardError()
    print(message, to: &standardError)
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}
