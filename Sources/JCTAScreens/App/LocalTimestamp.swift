import JCTACore

/// The local date and minute, for default export names; passed in as a clock so screens stay deterministic.
public struct LocalTimestamp: Hashable, Sendable {
    public var date: CivilDate
    public var hour: Int
    public var minute: Int

    public init(date: CivilDate, hour: Int, minute: Int) {
        self.date = date
        self.hour = hour
        self.minute = minute
    }

    /// `YYYYMMDD-HHMM`.
    public var compact: String {
        date.compact + "-" + twoDigits(hour) + twoDigits(minute)
    }

    /// `HH:MM`, as score sheets show the time.
    public var timeOfDay: String {
        twoDigits(hour) + ":" + twoDigits(minute)
    }

    private func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
