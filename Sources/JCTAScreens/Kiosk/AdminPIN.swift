/// The operator's PIN, read from its file each time someone types one, so a PIN changed by the operator
/// works without restarting the kiosk. Equal when read from the same place.
public struct AdminPIN: Hashable, Sendable {
    /// Where the PIN comes from (the file's path), for equality and messages.
    public let source: String
    private let read: @Sendable () -> Reading

    /// What reading the PIN's file gave.
    public enum Reading: Sendable {
        case pin(String)
        case problem(LocalizedMessage)
    }

    public init(source: String, read: @escaping @Sendable () -> Reading) {
        self.source = source
        self.read = read
    }

    /// A PIN that never changes (tests).
    public static func fixed(_ pin: String) -> AdminPIN {
        AdminPIN(source: "fixed", read: { .pin(pin) })
    }

    public enum Check: Hashable, Sendable {
        case accepted
        case wrong
        /// The file cannot be used now (removed, made readable by others…): no PIN is accepted.
        case unusable(LocalizedMessage)
    }

    public func check(_ typed: String) -> Check {
        switch read() {
        case .problem(let reason): return .unusable(reason)
        case .pin(let pin): return Self.sameBytes(typed, pin) ? .accepted : .wrong
        }
    }

    /// Compares every byte whatever the first difference, so the time taken does not reveal the PIN.
    static func sameBytes(_ typed: String, _ pin: String) -> Bool {
        let typed = Array(typed.utf8)
        let expected = Array(pin.utf8)
        var difference = UInt8(typed.count == expected.count ? 0 : 1)
        for index in expected.indices {
            difference |= expected[index] ^ (index < typed.count ? typed[index] : 0)
        }
        return difference == 0
    }

    public static func == (lhs: AdminPIN, rhs: AdminPIN) -> Bool { lhs.source == rhs.source }
    public func hash(into hasher: inout Hasher) { hasher.combine(source) }
}
