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

    @Option(name: .long, help: "Kiosk: file holding the operator's PIN (required; only its owner may read or write it: mode 600 or 400).")
    var adminPinFile: String?

    @Option(name: .long, help: "Kiosk: write exports into this directory under generated names.")
    var exportDir: String?

    @Option(name: .long, help: ArgumentHelp(
        "Kiosk: print through this command, run by /bin/sh once per document with the document (text, 80 columns) on its standard input, e.g. 'lp -d lobby'.",
        valueName: "command"))
    var printCommand: String?

    @Option(name: .long, help: "Kiosk: append JSON Lines to this file: start, stop, each result (saved, printed or abandoned), wrong PINs and lockouts.")
    var log: String?

    func validate() throws {
        guard kiosk else {
            if idleReset != nil || adminPinFile != nil || exportDir != nil || printCommand != nil || log != nil {
                throw ValidationError("--idle-reset, --admin-pin-file, --export-dir, --print-command and --log need --kiosk")
            }
            return
        }
        if adminPinFile == nil {
            throw ValidationError("--kiosk needs --admin-pin-file FILE: without a PIN an operator could not end the kiosk")
        }
        if let idleReset, idleReset < 1 { throw ValidationError("--idle-reset must be at least 1 second") }
        if exportDir != nil && printCommand != nil {
            throw ValidationError("--export-dir and --print-command cannot be used together: pick where exports go")
        }
        if let printCommand, printCommand.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--print-command needs a command, e.g. --print-command 'lp -d lobby'")
        }
    }

    /// The kiosk's settings, or nil without `--kiosk`; prints why and exits 2 when the PIN file, the export
    /// directory or the print command is not usable. `operatorNotice` is what the operator sees after the PIN.
    func settings(language: Language, operatorNotice: @escaping @Sendable () -> LocalizedMessage? = { nil }) throws -> KioskSettings? {
        guard kiosk, let adminPinFile else { return nil }
        if case .problem(let reason) = PINFile.read(adminPinFile) { return try refuse(reason.en) }
        let path = adminPinFile
        let pin = AdminPIN(source: path, read: { PINFile.read(path) })
        var target: KioskSettings.ExportTarget?
        var firstReference = 1
        if let exportDir {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: exportDir, isDirectory: &isDirectory), isDirectory.boolValue else {
                return try refuse("--export-dir \(exportDir) is not a directory")
            }
            target = .directory(exportDir)
            // Reference numbers go on from the highest one in the directory, so a restart never repeats one.
            let names = (try? FileManager.default.contentsOfDirectory(atPath: exportDir)) ?? []
            firstReference = (names.compactMap(KioskExportName.referenceNumber(inName:)).max() ?? 0) + 1
        } else if let printCommand {
            if let terminal = PrintTarget.ownTerminal(in: printCommand) {
                return try refuse("--print-command would print onto the kiosk's own terminal (\(terminal)); name a printer, e.g. 'lp -d lobby'")
            }
            target = .printer
        }
        return KioskSettings(idleResetSeconds: idleReset ?? Self.defaultIdleReset, adminPIN: pin, exportTarget: target,
                             logsUsage: log != nil, language: language, firstReference: firstReference,
                             operatorNotice: operatorNotice)
    }

    private func refuse<T>(_ reason: String) throws -> T {
        printError("error: kiosk mode not started: \(reason)")
        throw ExitStatus.invalidInput.exitCode
    }
}
