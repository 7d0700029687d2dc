/// A kiosk's running state: how long nobody has pressed a key, the clock for usage durations, and the
/// counter behind generated export names. Nothing here belongs to a user.
public struct Kiosk: Hashable, Sendable {
    /// The run loop sends `Intent.tick` every 250 ms.
    public static let ticksPerSecond = 4
    /// The countdown shows for at most this long before the reset.
    public static let longestWarningSeconds = 20

    public let settings: KioskSettings
    /// Ticks since the last key; nil while nobody has touched the kiosk since the last reset.
    public private(set) var idleTicks: Int?
    /// Ticks since the start: the clock for the usage log's durations.
    public private(set) var ticks = 0
    private var screeningStartTick: Int?
    private var resultTick: Int?
    private var exportSequence = 0

    public init(settings: KioskSettings) {
        self.settings = settings
    }

    /// The countdown shows during the last 20 seconds, or the last half of a shorter period.
    public var warningSeconds: Int {
        min(Self.longestWarningSeconds, max(settings.idleResetSeconds / 2, 1))
    }

    /// Whole seconds left before the reset while the countdown shows; nil when it does not.
    public var countdownSeconds: Int? {
        guard let idleTicks else { return nil }
        let left = settings.idleResetSeconds * Self.ticksPerSecond - idleTicks
        guard left <= warningSeconds * Self.ticksPerSecond else { return nil }
        return max((left + Self.ticksPerSecond - 1) / Self.ticksPerSecond, 0)
    }

    /// A tick passed; true when the idle period is over.
    mutating func tick() -> Bool {
        ticks += 1
        guard let idle = idleTicks else { return false }
        idleTicks = idle + 1
        return idle + 1 >= settings.idleResetSeconds * Self.ticksPerSecond
    }

    /// A key: someone is here, and the idle period starts again.
    mutating func keyPressed() {
        idleTicks = 0
    }

    mutating func screeningStarted() {
        screeningStartTick = ticks
        resultTick = nil
    }

    mutating func resultReached() {
        resultTick = ticks
    }

    /// From starting the screening to its last result, in whole seconds (rounded); nil without a result.
    var screeningSeconds: Int? {
        guard let start = screeningStartTick, let end = resultTick else { return nil }
        return (end - start + Self.ticksPerSecond / 2) / Self.ticksPerSecond
    }

    /// The next number for a generated export name; it is never reset, so names stay unique.
    mutating func nextExportSequence() -> Int {
        exportSequence += 1
        return exportSequence
    }

    /// Forgets the last person's timings (the export counter goes on).
    mutating func startOver() {
        idleTicks = nil
        screeningStartTick = nil
        resultTick = nil
    }
}
