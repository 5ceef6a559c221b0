/// A stretch of days figures are added up over, and a target in targets.csv is given for
/// (`per`): one day, a week from Monday to Sunday, or a calendar month.
public enum Period: String, Sendable, CaseIterable {
    case day
    case week
    case month

    /// The first and last day of the period `day` falls in.
    public func days(containing day: Day) -> ClosedRange<Day> {
        switch self {
        case .day:
            return day...day
        case .week:
            let monday = day.adding(days: -day.weekday)
            return monday...monday.adding(days: 6)
        case .month:
            let first = Day(year: day.year, month: day.month, day: 1)
            return first...Day(year: day.year, month: day.month, day: Day.daysIn(month: day.month, year: day.year))
        }
    }
}

extension ClosedRange where Bound == Day {
    /// Every day of the range, in order.
    var everyDay: [Day] {
        (0...upperBound.days(since: lowerBound)).map { lowerBound.adding(days: $0) }
    }
}
