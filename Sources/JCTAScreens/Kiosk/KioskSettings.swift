import JCTACore

/// What `jcta --kiosk` was started with, fixed for the life of the process.
public struct KioskSettings: Hashable, Sendable {
    /// Where a kiosk's exports go; never a path the user types.
    public enum ExportTarget: Hashable, Sendable {
        /// This directory, under generated names.
        case directory(String)
        /// Standard output, for a printer pipe (the screens then use /dev/tty).
        case standardOutput
    }

    /// Seconds with no key before the kiosk returns to the start.
    public var idleResetSeconds: Int
    /// The operator's PIN, which ends the program.
    public var adminPIN: String
    /// Nil: exports are off.
    public var exportTarget: ExportTarget?
    /// Whether finished screenings are appended to the usage log.
    public var logsUsage: Bool
    /// The language every new person starts in.
    public var language: Language

    public init(idleResetSeconds: Int, adminPIN: String, exportTarget: ExportTarget?, logsUsage: Bool, language: Language) {
        self.idleResetSeconds = idleResetSeconds
        self.adminPIN = adminPIN
        self.exportTarget = exportTarget
        self.logsUsage = logsUsage
        self.language = language
    }

    /// Compares every byte whatever the first difference, so the time taken does not reveal the PIN.
    func accepts(pin: String) -> Bool {
        let typed = Array(pin.utf8)
        let expected = Array(adminPIN.utf8)
        var difference = UInt8(typed.count == expected.count ? 0 : 1)
        for index in expected.indices {
            difference |= expected[index] ^ (index < typed.count ? typed[index] : 0)
        }
        return difference == 0
    }

    var exportDestination: ExportPanel.Destination? {
        switch exportTarget {
        case .directory?: .exportDirectory
        case .standardOutput?: .printer
        case nil: nil
        }
    }
}
