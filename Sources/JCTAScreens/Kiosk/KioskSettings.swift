import JCTACore

/// What `jcta --kiosk` was started with, fixed for the life of the process.
public struct KioskSettings: Hashable, Sendable {
    /// Where a kiosk's exports go; never a path the user types.
    public enum ExportTarget: Hashable, Sendable {
        /// This directory, under generated names.
        case directory(String)
        /// The print command, run once per document (`--print-command`).
        case printer
    }

    /// Seconds with no key before the kiosk returns to the start.
    public var idleResetSeconds: Int
    /// The operator's PIN, which ends the program.
    public var adminPIN: AdminPIN
    /// Nil: exports are off.
    public var exportTarget: ExportTarget?
    /// Whether finished screenings are appended to the usage log.
    public var logsUsage: Bool
    /// The language every new person starts in.
    public var language: Language
    /// The reference number of the first export (numbers already used in the export directory are skipped).
    public var firstReference: Int
    /// What the operator should know when the PIN is accepted (the usage log's failed writes); nil: nothing.
    public var operatorNotice: @Sendable () -> LocalizedMessage?

    public init(idleResetSeconds: Int, adminPIN: AdminPIN, exportTarget: ExportTarget?, logsUsage: Bool, language: Language,
                firstReference: Int = 1, operatorNotice: @escaping @Sendable () -> LocalizedMessage? = { nil }) {
        self.idleResetSeconds = idleResetSeconds
        self.adminPIN = adminPIN
        self.exportTarget = exportTarget
        self.logsUsage = logsUsage
        self.language = language
        self.firstReference = firstReference
        self.operatorNotice = operatorNotice
    }

    public static func == (lhs: KioskSettings, rhs: KioskSettings) -> Bool {
        lhs.idleResetSeconds == rhs.idleResetSeconds && lhs.adminPIN == rhs.adminPIN && lhs.exportTarget == rhs.exportTarget
            && lhs.logsUsage == rhs.logsUsage && lhs.language == rhs.language && lhs.firstReference == rhs.firstReference
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(idleResetSeconds)
        hasher.combine(adminPIN)
        hasher.combine(exportTarget)
        hasher.combine(firstReference)
    }

    /// Whether `pin` is the operator's PIN as the file holds it now.
    func accepts(pin: String) -> Bool {
        adminPIN.check(pin) == .accepted
    }

    var exportDestination: ExportPanel.Destination? {
        switch exportTarget {
        case .directory?: .exportDirectory
        case .printer?: .printer
        case nil: nil
        }
    }
}
