import ArgumentParser
import Foundation
import JCTACore

/// `jcta flow`: the rules of an edition as a flowchart (DOT, Mermaid, or SVG drawn by Graphviz).
struct FlowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flow",
        abstract: "Draw an edition's rules as a flowchart: DOT, Mermaid, or SVG (drawn by Graphviz's dot).",
        discussion: """
        Every question is a box (its number, first sentence and cited cases), every choice a labelled arrow \
        (dashed for "not sure"), every result a box coloured by class: red specified, orange clinical, green \
        outside the Act, blue consult. With --answers, the path the answers take is drawn heavier in red. \
        SVG needs Graphviz (Debian package graphviz, installed by scripts/install-deps.sh) and, for Japanese \
        labels, the font "Noto Sans CJK JP" (fonts-noto-cjk). \
        Example: jcta flow --edition 2025 --format svg --output flow-2025.svg
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case dot, mermaid, svg
    }

    @OptionGroup var rules: EditionOptions

    @Option(name: .long, help: "Output format: dot, mermaid or svg.")
    var format: Format = .dot

    @Option(name: .long, help: "An answers file (or - for standard input) whose path to highlight.")
    var answers: String?

    @OptionGroup var destination: OutputOptions

    func run() throws {
        let file = try answers.map(AnswersFileReader.readOrExit)
        let questionnaire = try rules.load(fileEdition: file?.edition, studyDate: file?.studyDate)
        let chart = FlowChart(questionnaire, language: rules.lang, answers: file?.answers)
        let rendered: String
        switch format {
        case .dot: rendered = chart.dot()
        case .mermaid: rendered = chart.mermaid()
        case .svg: rendered = FlowChartSVG.embed(dot: chart.dot(), in: try Self.drawSVG(chart.dot()))
        }
        try destination.write(rendered)
    }

    /// Runs Graphviz's `dot -Tsvg` on `source`; a missing `dot` is a clear message and exit 1.
    static func drawSVG(_ source: String) throws -> String {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/dot" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let path else {
            printError("error: --format svg needs Graphviz's `dot`, which is not installed. Install it with "
                       + "scripts/install-deps.sh (Debian: apt-get install graphviz fonts-noto-cjk), or write --format dot or mermaid.")
            throw ExitStatus.ioFailure.exitCode
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            printError("error: cannot run \(path): \(error.localizedDescription)")
            throw ExitStatus.ioFailure.exitCode
        }
        // Read the output on another thread while writing, so a large chart cannot fill both pipes.
        let collected = OutputCollector(output.fileHandleForReading)
        input.fileHandleForWriting.write(Data(source.utf8))
        try? input.fileHandleForWriting.close()
        let svg = collected.wait()
        let messages = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            printError("error: dot failed (status \(process.terminationStatus)): \(messages)")
            throw ExitStatus.ioFailure.exitCode
        }
        return String(decoding: svg, as: UTF8.self)
    }
}

/// Reads a pipe to its end on a background thread.
private final class OutputCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
