import CallboardModel
import Foundation

/// The day the model and view tests are set on, with figures computed by hand.

/// Europe/Warsaw: CET (UTC+1) in winter, CEST (UTC+2) in summer.
public let warsaw = LocalCalendar(timeZone: TimeZone(identifier: "Europe/Warsaw")!)

/// Thursday 2026-11-26: a winter day, no DST change near it.
public let today = Day(year: 2026, month: 11, day: 26)

/// 2026-11-26 00:00 CET = 2026-11-25 23:00 UTC: 20783 days × 86400 − 3600.
public let midnight: Instant = 1_795_647_600

/// Local wall-clock time today, by plain arithmetic from `midnight` (the day has 24 hours).
public func t(_ hour: Int, _ minute: Int = 0, _ second: Int = 0) -> Instant {
    midnight + hour * 3600 + minute * 60 + second
}
