import Foundation
@testable import JCTACore

/// Paths to the checked-in fixtures and the built binary.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    static func text(_ relative: String) -> String {
        String(decoding: FileManager.default.contents(atPath: path(relative)) ?? Data(), as: UTF8.self)
    }

    static func minimal() throws -> Questionnaire {
        try QuestionnaireLoader.load(path: path("valid/minimal.yaml"))
    }

    /// The `jcta` executable built beside the test bundle.
    static var binary: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("jcta").path
    }

    /// Runs the built `jcta` with `arguments` and `input` on stdin; returns exit status, stdout, stderr.
    static func run(_ arguments: [String], input: String = "", directory: String? = nil) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}
