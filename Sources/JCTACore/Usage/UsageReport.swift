/// Screenings per day, ISO week or month: how many, the class mix, the editions, the median duration.
public struct UsageReport: Sendable {
    public enum Grouping: String, CaseIterable, Sendable {
        case day, week, month

        /// `2026-04-01`, `2026-W14` (ISO 8601 week) or `2026-04`.
        public func period(of day: CivilDate) -> String {
            switch self {
            case .day: return day.description
            case .month: return String(day.description.prefix(7))
            case .week:
                let (year, week) = Self.isoWeek(day)
                return "\(year)-W" + (week < 10 ? "0\(week)" : "\(week)")
            }
        }

        /// Days since 1970-01-01 (proleptic Gregorian).
        static func dayNumber(_ date: CivilDate) -> Int {
            let y = date.month <= 2 ? date.year - 1 : date.year
            let era = (y >= 0 ? y : y - 399) / 400
            let yearOfEra = y - era * 400
            let dayOfYear = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1
            let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
            return era * 146_097 + dayOfEra - 719_468
        }

        /// The ISO week-numbering year and week: weeks start on Monday; week 1 holds the year's first Thursday.
        static func isoWeek(_ date: CivilDate) -> (year: Int, week: Int) {
            let number = dayNumber(date)
            let weekday = ((number % 7) + 7 + 3) % 7 + 1 // 1970-01-01 was a Thursday; Monday is 1
            let thursday = number - weekday + 4
            func year(ofDayNumber n: Int) -> Int {
                var y = date.year + 1
                while dayNumber(CivilDate(year: y, month: 1, day: 1)!) > n { y -= 1 }
                return y
            }
            let weekYear = year(ofDayNumber: thursday)
            let firstDay = dayNumber(CivilDate(year: weekYear, month: 1, day: 1)!)
            return (weekYear, (thursday - firstDay) / 7 + 1)
        }
    }

    public struct Row: Sendable, Hashable {
        public var period: String
        public var screenings: Int
        public var classes: [Classification: Int]
        public var editions: [String: Int]
        /// nil when there are no screenings.
        public var medianSeconds: Double?
    }

    public var grouping: Grouping
    public var rows: [Row]
    public var total: Row
    /// Every edition seen, sorted.
    public var editions: [String]
    public var problems: [UsageLog.Problem]
    public var files: [String]

    public init(files: [(name: String, text: String)], by grouping: Grouping) {
        var screenings: [UsageLog.Screening] = []
        var problems: [UsageLog.Problem] = []
        for file in files {
            let read = UsageLog.read(file.text, file: file.name)
            screenings += read.screenings
            problems += read.problems
        }
        let byPeriod = Dictionary(grouping: screenings) { grouping.period(of: $0.day) }
        self.grouping = grouping
        // Every period from the first screening to the last, so a quiet week shows as 0 rather than missing.
        let days = screenings.map(\.day)
        let periods = days.min().map { first in uniqued(Self.days(from: first, through: days.max()!).map(grouping.period)) } ?? []
        rows = periods.map { Self.row($0, byPeriod[$0] ?? []) }
        total = Self.row("total", screenings)
        editions = Set(screenings.map(\.edition)).sorted()
        self.problems = problems
        self.files = files.map(\.name)
    }

    /// Each day from `first` through `last`.
    static func days(from first: CivilDate, through last: CivilDate) -> [CivilDate] {
        var days: [CivilDate] = []
        var day = first
        while day <= last {
            days.append(day)
            day = CivilDate(year: day.year, month: day.month, day: day.day + 1)
                ?? CivilDate(year: day.year, month: day.month + 1, day: 1)
                ?? CivilDate(year: day.year + 1, month: 1, day: 1)!
        }
        return days
    }

    static func row(_ period: String, _ screenings: [UsageLog.Screening]) -> Row {
        Row(period: period, screenings: screenings.count,
            classes: Dictionary(grouping: screenings, by: \.classification).mapValues(\.count),
            editions: Dictionary(grouping: screenings, by: \.edition).mapValues(\.count),
            medianSeconds: median(screenings.map(\.durationSeconds)))
    }

    static func median(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }
}
