import ArgumentParser
import Foundation
import Glibc
import JCTACore
import JCTAScreens

/// `jcta --kiosk` and its settings: checked before the screen starts, so a kiosk never starts half set up.
struct KioskOptions: ParsableArguments {
    static let defaultIdleReset = 120

    @Flag(name: .long, help: "Run as a kiosk: no way out but the operator's PIN or SIGTERM/SIGHUP, answers wiped between people.")
    var kiosk = false

    @Option(name: .long, help: "Kiosk: return to the start after this many seconds with no key (default: 120).")
    var idleReset: Int?

    @Option(name: .long, help: "Kiosk: file holding the operator's PIN (required; must not be readable by other users).")
    var adminPinFile: String?

    @Option(name: .long, help: "Kiosk: write exports into this directory under generated names.")
    var exportDir: String?

    @Flag(name: .long, help: "Kiosk: write exported documents to standard output for a printer pipe (the screen uses /dev/tty).")
    var printCommand = false

    @Option(name: .long, help: "Kiosk: append one JSON line per finished screening (time, edition, class, duration) to this file.")
    var log: String?

    func validate() throws {
        guard kiosk else {
            if idleReset != nil || adminPinFile != nil || exportDir != nil || printCommand || log != nil {
                throw ValidationError("--idle-reset, --admin-pin-file, --export-dir, --print-command and --log need --kiosk")
            }
            return
        }
        if adminPinFile == nil {
            throw ValidationError("--kiosk needs --admin-pin-file FILE: without a PIN an operator could not end the kiosk")
        }
        if let idleReset, idleReset < 1 { throw ValidationError("--idle-reset must be at least 1 second") }
        if exportDir != nil && printCommand {
            throw ValidationError("--export-dir and --print-command cannot be used together: pick where exports go")
        }
    }

    /// The kiosk's settings, or nil without `--kiosk`; prints why and exits 2 when the PIN file or the export
    /// directory is not usable.
    func settings(language: Language) throws -> KioskSettings? {
        guard kiosk, let adminPinFile else { return nil }
        let pin = try readPIN(adminPinFile)
        var target: KioskSettings.ExportTarget?
        if let exportDir {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: exportDir, isDirectory: &isDirectory), isDirectory.boolValue else {
                return try refuse("--export-dir \(exportDir) is not a directory")
            }
            target = .directory(exportDir)
        } else if printCommand {
            target = .standardOutput
        }
        return KioskSettings(idleResetSeconds: idleReset ?? Self.defaultIdleReset, adminPIN: pin, exportTarget: target,
                             logsUsage: log != nil, language: language)
    }

    /// The first line of the PIN file, trimmed; the file must be a regular file that other users cannot read.
    private func readPIN(_ path: String) throws -> String {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return try refuse("cannot use --admin-pin-file \(path): \(String(cString: strerror(errno)))")
        }
        guard info.st_mode & S_IFMT == S_IFREG else { return try refuse("--admin-pin-file \(path) is not a regular file") }
        if info.st_mode & S_IROTH != 0 || info.st_mode & S_IWOTH != 0 {
            let mode = String(info.st_mode & 0o777, radix: 8)
            return try refuse("--admin-pin-file \(path) can be read or written by every user (mode \(mode)); run: chmod 600 \(path)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return try refuse("cannot read --admin-pin-file \(path)")
        }
        let pin = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).first
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard !pin.isEmpty else { return try refuse("--admin-pin-file \(path) is empty: write the PIN on its first line") }
        return pin
    }

    private func refuse<T>(_ reason: String) throws -> T {
        printError("error: kiosk mode not started: \(reason)")
        throw ExitStatus.invalidInput.exitCode
    }
}
