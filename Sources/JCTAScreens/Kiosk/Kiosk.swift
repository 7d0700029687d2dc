/// A kiosk's running state: how long nobody has pressed a key, the clock for usage durations, the reference
/// numbers of exports, and the wrong PINs typed. Nothing here belongs to a user.
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
    private var nextReference: Int
    /// How the current result left the kiosk, once saved or printed.
    private(set) var delivery: UsageLogEntry.Ending?
    /// Wrong PINs since the kiosk started (an idle reset does not forgive them).
    public private(set) var wrongPINs = 0
    /// The tick before which no PIN is checked; nil when not locked out.
    public private(set) var pinLockedUntilTick: Int?

    /// Wrong PINs allowed before each further one makes the prompt wait.
    public static let freePINTries = 3
    /// The first wait; each further wrong PIN doubles it, up to `longestPINLockoutSeconds`.
    public static let firstPINLockoutSeconds = 10
    public static let longestPINLockoutSeconds = 15 * 60

    public init(settings: KioskSettings) {
        self.settings = settings
        nextReference = max(settings.firstReference, 1)
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
        delivery = nil
    }

    mutating func resultReached() {
        resultTick = ticks
    }

    /// From starting the screening to its last result, in whole seconds (rounded); nil without a result.
    var screeningSeconds: Int? {
        guard let start = screeningStartTick, let end = resultTick else { return nil }
        return (end - start + Self.ticksPerSecond / 2) / Self.ticksPerSecond
    }

    /// The next reference number for an export; it is never reset, so references stay unique.
    mutating func takeReference() -> Int {
        defer { nextReference += 1 }
        return nextReference
    }

    mutating func delivered(_ ending: UsageLogEntry.Ending) {
        delivery = ending
    }

    /// Whole seconds left before a PIN is checked again; nil when the prompt is not waiting.
    public var pinLockoutSecondsLeft: Int? {
        guard let until = pinLockedUntilTick, until > ticks else { return nil }
        return (until - ticks + Self.ticksPerSecond - 1) / Self.ticksPerSecond
    }

    /// A wrong PIN; returns the lockout it starts (seconds), if any: none for the first three, then 10 s,
    /// 20 s, 40 s… up to 15 minutes, so guessing a four-digit PIN takes weeks.
    mutating func wrongPIN() -> Int? {
        wrongPINs += 1
        guard wrongPINs >= Self.freePINTries else { return nil }
        let doublings = min(wrongPINs - Self.freePINTries, 16)
        let seconds = min(Self.firstPINLockoutSeconds << doublings, Self.longestPINLockoutSeconds)
        pinLockedUntilTick = ticks + seconds * Self.ticksPerSecond
        return seconds
    }

    /// Forgets the last person's timings (the reference numbers and the wrong PINs go on).
    mutating func startOver() {
        idleTicks = nil
        screeningStartTick = nil
        resultTick = nil
        delivery = nil
    }
}
