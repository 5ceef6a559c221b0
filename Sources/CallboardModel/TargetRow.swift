/// One row of targets.csv: for whom, on which days, what it sets (docs/data-directory.md).
public struct TargetRow: Equatable, Sendable {
    /// The days a row covers, from the most specific to the least.
    public enum Dates: Equatable, Sendable {
        /// `date`: one day.
        case day(Day)
        /// `from`, `to`: the days between, both included; an end left empty is open.
        case range(from: Day?, to: Day?)
        /// `weekday`: every such weekday (0 = Monday … 6 = Sunday).
        case weekday(Int)
        /// No dates: every day.
        case always

        /// Higher wins: a date over a range over a weekday over no dates.
        var rank: Int {
            switch self {
            case .day: 3
            case .range: 2
            case .weekday: 1
            case .always: 0
            }
        }

        /// A target above 0 on a `date` or `weekday` row makes its days working days (a campaign
        /// Saturday); a range only sets the targets of the working days within it.
        var namesWorkingDays: Bool {
            switch self {
            case .day, .weekday: true
            case .range, .always: false
            }
        }

        public func covers(_ d: Day) -> Bool {
            switch self {
            case .day(let day): return d == day
            case .range(let from, let to): return (from.map { d >= $0 } ?? true) && (to.map { d <= $0 } ?? true)
            case .weekday(let w): return d.weekday == w
            case .always: return true
            }
        }

        /// Whether any day of `days` is covered.
        func touches(_ days: ClosedRange<Day>) -> Bool {
            switch self {
            case .day(let day): return days.contains(day)
            case .range(let from, let to):
                return (from.map { $0 <= days.upperBound } ?? true) && (to.map { $0 >= days.lowerBound } ?? true)
            case .weekday(let w): return days.everyDay.contains { $0.weekday == w }
            case .always: return true
            }
        }
    }

    /// Whom a row is about.
    public enum Subject: Equatable, Sendable {
        /// One agent, by id.
        case agent(String)
        /// `*`: every agent, each on its own.
        case everyAgent
        /// `team`: the team's own total.
        case team
    }

    /// The line in targets.csv, for problems and for "the later row wins".
    public var line: Int
    public var dates: Dates
    public var subject: Subject
    /// `per`: a day's targets, or a week's or a month's for the periods the dates touch.
    public var per: Period
    public var targets: TargetValues
    /// `shift_start`–`shift_end` in minutes after local midnight: the agent's shift (the team's
    /// on a `team` row) on the row's days.
    public var shiftMinutes: Range<Int>?
    /// `absent`: nil when empty; false for an explicit no; true for yes or a reason. On a `team`
    /// or `*` row, a holiday.
    public var absent: Bool?
    /// The reason `absent` gave, when it was not a plain yes.
    public var absenceNote: String?

    public init(line: Int, dates: Dates = .always, subject: Subject, per: Period = .day, targets: TargetValues = .none,
                shiftMinutes: Range<Int>? = nil, absent: Bool? = nil, absenceNote: String? = nil) {
        self.line = line
        self.dates = dates
        self.subject = subject
        self.per = per
        self.targets = targets
        self.shiftMinutes = shiftMinutes
        self.absent = absent
        self.absenceNote = absenceNote
    }
}
