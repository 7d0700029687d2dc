import ArgumentParser
import JCTACore

/// Where a command's document goes: standard output, or `--output FILE` written atomically and never
/// replacing a file without `--force`; shared so every command writes, and fails to write, the same way.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Write the output to this file (atomically) instead of standard output.")
    var output: String?

    @Flag(name: .long, help: "Replace --output if it exists.")
    var force = false

    /// Prints `rendered`, or writes it to --output; a file not written is said, with exit status 1.
    func write(_ rendered: String) throws {
        guard let output else {
            print(rendered, terminator: "")
            return
        }
        do {
            try AtomicFileWriter.write(rendered, to: output, overwrite: force)
        } catch {
            printError("error: \(error.description)")
            throw ExitStatus.ioFailure.exitCode
        }
    }
}
