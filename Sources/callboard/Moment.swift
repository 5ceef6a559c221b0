import Foundation
import CallboardModel
import CallboardReaders

/// Reads the moments the command line takes: `HH:MM[:SS]` (today), `YYYY-MM-DD`,
/// `YYYY-MM-DD HH:MM[:SS]` or ISO 8601, in the local zone unless an offset is given.
enum Moment {
    static func parse(_ text: String, calendar: LocalCalendar, now: Instant) -> Instant? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let clock = clockTime(t) {
            return calendar.instant(calendar.day(of: now), hour: clock.0, minute: clock.1, second: clock.2)
        }
        if t.count == 10, let day = TimeParser.day(t) {
            return calendar.instant(day.adding(days: 1)) - 1
        }
        var parser = TimeParser(calendar: calendar)
        return parser.instant(t)
    }

    /// `HH:MM` or `HH:MM:SS` (24:00 is the end of the day).
    static func clockTime(_ t: String) -> (Int, Int, Int)? {
        let parts = t.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isNumber) }),
              let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        let s = parts.count == 3 ? Int(parts[2]) ?? 0 : 0
        if h == 24 && m == 0 && s == 0 { return (23, 59, 59) }
        guard h < 24, m < 60, s < 60 else { return nil }
        return (h, m, s)
    }
}
