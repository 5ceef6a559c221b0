/// A shift on one day: callboard.toml's, or one targets.csv sets (an agent's own, a short day).
public struct Shift: Equatable, Sendable {
    public var start: Instant
    public var end: Instant

    public init(start: Instant, end: Instant) {
        self.start = start
        self.end = end
    }

    public init(day: Day, settings: Settings, calendar: LocalCalendar) {
        start = calendar.instant(day, minuteOfDay: settings.shiftStart)
        end = calendar.instant(day, minuteOfDay: settings.shiftEnd)
    }

    /// From `minutes` after local midnight to its end, as the clock reads them that day (on the
    /// days summer time begins or ends the shift may be an hour shorter or longer).
    public init(day: Day, minutes: Range<Int>, calendar: LocalCalendar) {
        start = calendar.instant(day, minuteOfDay: minutes.lowerBound)
        end = calendar.instant(day, minuteOfDay: minutes.upperBound)
    }

    /// 0 before the shift, 1 after it, linear in between.
    public func fraction(at now: Instant) -> Double {
        guard end > start else { return now >= start ? 1 : 0 }
        if now <= start { return 0 }
        if now >= end { return 1 }
        return Double(now - start) / Double(end - start)
    }
}
