/// A one-line note above the key bar (saved, could not save), gone after a while.
public struct StatusMessage: Hashable, Sendable {
    public var message: LocalizedMessage
    public var tone: CellStyle.Tone
    /// Idle ticks left before the note disappears.
    public var ticksLeft: Int

    /// About eight seconds at the run loop's idle tick.
    public static let lifetimeInTicks = 32

    public init(_ message: LocalizedMessage, tone: CellStyle.Tone = .accent) {
        self.message = message
        self.tone = tone
        ticksLeft = Self.lifetimeInTicks
    }
}
