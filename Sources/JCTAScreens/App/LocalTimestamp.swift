import JCTACore

/// The local date and time, for default export names; passed in as a clock so screens stay deterministic.
public struct LocalTimestamp: Hashable, Sendable {
    public var date: CivilDate
    public var hour: Int
    public var minute: Int
    public var second: Int

    public init(date: CivilDate, hour: Int, minute: Int, second: Int = 0) {
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// `YYYYMMDD-HHMM`.
    public var compact: String {
        date.compact + "-" + twoDigits(hour) + twoDigits(minute)
    }

    /// `HH:MM`, as score sheets show the time.
    public var timeOfDay: String {
        twoDigits(hour) + ":" + twoDigits(minute)
    }

    /// `HH:MM:SS`, as score sheets show the time (and their file names carry it).
    public var timeWithSeconds: String {
        timeOfDay + ":" + twoDigits(second)
    }

    /// `YYYYMMDD-HHMMSS`: two saves in one minute get different default names.
    public var compactWithSeconds: String {
        compact + twoDigits(second)
    }

    private func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
