import Foundation
import Testing
@testable import CallboardModel

@Suite("LocalCalendar")
struct LocalCalendarTests {
    // 2026-01-15 is day 20468 (20454 + 14); × 86400 = 1 768 435 200.
    static let jan15 = Day(year: 2026, month: 1, day: 15)
    static let jan15UTC = 1_768_435_200
    // 2026-07-01 is day 20635 (20454 + 181); × 86400 = 1 782 864 000.
    static let jul1 = Day(year: 2026, month: 7, day: 1)
    static let jul1UTC = 1_782_864_000
    // 2026-03-29 is day 20541; clocks jump 02:00 CET → 03:00 CEST at 01:00 UTC.
    static let mar29 = Day(year: 2026, month: 3, day: 29)
    static let mar29UTC = 1_774_742_400
    // 2026-10-25 is day 20751; clocks fall back 03:00 CEST → 02:00 CET at 01:00 UTC.
    static let oct25 = Day(year: 2026, month: 10, day: 25)
    static let oct25UTC = 1_792_886_400

    @Test func winterIsUTCPlusOne() {
        // 09:00 CET = 08:00 UTC.
        let nine = warsaw.instant(Self.jan15, hour: 9)
        #expect(nine == Self.jan15UTC + 8 * 3600)
        #expect(warsaw.offset(at: nine) == 3600)
        #expect(warsaw.wallClock(nine) == WallClock(day: Self.jan15, hour: 9, minute: 0, second: 0))
        #expect(warsaw.day(of: nine) == Self.jan15)
        #expect(warsaw.instant(Self.jan15, hour: 23, minute: 59, second: 59) == Self.jan15UTC + 22 * 3600 + 3599)
    }

    @Test func summerIsUTCPlusTwo() {
        // 09:00 CEST = 07:00 UTC.
        let nine = warsaw.instant(Self.jul1, hour: 9)
        #expect(nine == Self.jul1UTC + 7 * 3600)
        #expect(warsaw.offset(at: nine) == 7200)
        #expect(warsaw.wallClock(nine + 125) == WallClock(day: Self.jul1, hour: 9, minute: 2, second: 5))
        // 00:30 CEST on July 1st is 22:30 UTC on June 30th.
        #expect(warsaw.instant(Self.jul1, hour: 0, minute: 30) == Self.jul1UTC - 5400)
        #expect(warsaw.day(of: Self.jul1UTC - 5400) == Self.jul1)
        #expect(warsaw.day(of: Self.jul1UTC - 7201) == Day(year: 2026, month: 6, day: 30))
    }

    @Test func startOfDayAndMidnightEdges() {
        #expect(warsaw.startOfDay(today) == midnight)
        #expect(warsaw.day(of: midnight) == today)
        #expect(warsaw.day(of: midnight - 1) == Day(year: 2026, month: 11, day: 25))
        #expect(warsaw.wallClock(midnight - 1).description == "2026-11-25 23:59:59")
        #expect(warsaw.wallClock(midnight).description == "2026-11-26 00:00:00")
        #expect(warsaw.instant(today, minuteOfDay: 8 * 60 + 30) == t(8, 30))
        #expect(warsaw.startOfDay(today.adding(days: 1)) - midnight == 86_400)
    }

    @Test func wallClockText() {
        let w = warsaw.wallClock(t(9, 5, 7))
        #expect(w.time == "09:05:07")
        #expect(w.shortTime == "09:05")
        #expect(w.description == "2026-11-26 09:05:07")
        #expect(warsaw.wallClock(t(23, 59, 59)).time == "23:59:59")
    }

    @Test func springGapReadsTheTimeWithTheOffsetBeforeIt() {
        // 01:59:59 CET is 00:59:59 UTC, the last second before the jump.
        #expect(warsaw.instant(Self.mar29, hour: 1, minute: 59, second: 59) == Self.mar29UTC + 3599)
        // 03:00 CEST = 01:00 UTC, the first second after it.
        #expect(warsaw.instant(Self.mar29, hour: 3) == Self.mar29UTC + 3600)
        // 02:30 does not exist: read with +01:00 it is 01:30 UTC, which the clock shows as 03:30.
        let gap = warsaw.instant(Self.mar29, hour: 2, minute: 30)
        #expect(gap == Self.mar29UTC + 5400)
        #expect(gap == warsaw.instant(Self.mar29, hour: 3, minute: 30))
        #expect(warsaw.wallClock(gap) == WallClock(day: Self.mar29, hour: 3, minute: 30, second: 0))
    }

    @Test func springDayHas23Hours() {
        // Midnight CET = 23:00 UTC the day before; the next midnight is CEST, 22:00 UTC.
        #expect(warsaw.startOfDay(Self.mar29) == Self.mar29UTC - 3600)
        #expect(warsaw.startOfDay(Self.mar29.adding(days: 1)) == Self.mar29UTC + 86_400 - 7200)
        #expect(warsaw.startOfDay(Self.mar29.adding(days: 1)) - warsaw.startOfDay(Self.mar29) == 23 * 3600)
    }

    @Test func autumnOverlapTakesTheFirstOccurrence() {
        // 02:30 happens at 00:30 UTC (CEST) and again at 01:30 UTC (CET).
        let first = Self.oct25UTC + 1800, second = Self.oct25UTC + 5400
        #expect(warsaw.wallClock(first) == WallClock(day: Self.oct25, hour: 2, minute: 30, second: 0))
        #expect(warsaw.wallClock(second) == WallClock(day: Self.oct25, hour: 2, minute: 30, second: 0))
        #expect(warsaw.offset(at: first) == 7200)
        #expect(warsaw.offset(at: second) == 3600)
        #expect(warsaw.instant(Self.oct25, hour: 2, minute: 30) == first)
        #expect(warsaw.instant(Self.oct25, hour: 2) == Self.oct25UTC)
        // Either side of the overlap there is one answer: 01:59 CEST = 23:59 UTC, 03:00 CET = 02:00 UTC.
        #expect(warsaw.instant(Self.oct25, hour: 1, minute: 59) == Self.oct25UTC - 60)
        #expect(warsaw.instant(Self.oct25, hour: 3) == Self.oct25UTC + 7200)
    }

    @Test func autumnDayHas25Hours() {
        #expect(warsaw.startOfDay(Self.oct25) == Self.oct25UTC - 7200)
        #expect(warsaw.startOfDay(Self.oct25.adding(days: 1)) == Self.oct25UTC + 86_400 - 3600)
        #expect(warsaw.startOfDay(Self.oct25.adding(days: 1)) - warsaw.startOfDay(Self.oct25) == 25 * 3600)
    }

    @Test func utcCalendar() {
        let utc = LocalCalendar(timeZone: TimeZone(identifier: "UTC")!)
        #expect(utc.startOfDay(Day(year: 1970, month: 1, day: 1)) == 0)
        #expect(utc.wallClock(-1).description == "1969-12-31 23:59:59")
        #expect(utc.day(of: -86_400) == Day(year: 1969, month: 12, day: 31))
    }
}

/// The offsets worked out once at creation are the time zone's own, at any second of the
/// table's years, in zones with summer time, without it, with odd offsets and with changes
/// of their standard offset.
@Suite struct LocalCalendarOffsetTableTests {
    @Test(arguments: ["Europe/Warsaw", "UTC", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Pacific/Chatham",
                      "Europe/Moscow", "America/Caracas", "Pacific/Apia", "Asia/Pyongyang", "America/Sao_Paulo", "Africa/Casablanca"])
    func offsetsAreTheZonesOwn(zone: String) throws {
        let tz = try #require(TimeZone(identifier: zone))
        let calendar = LocalCalendar(timeZone: tz)
        var rng = SplitMix64(seed: 42)
        for _ in 0..<3_000 {
            let t = Int.random(in: LocalCalendar.tableStart..<LocalCalendar.tableEnd, using: &rng)
            #expect(calendar.offset(at: t) == tz.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(t))), "\(zone) at \(t)")
        }
        // Each side of every change, to the second.
        var date = Date(timeIntervalSince1970: TimeInterval(LocalCalendar.tableStart))
        while let next = tz.nextDaylightSavingTimeTransition(after: date), next.timeIntervalSince1970 < 2_000_000_000 {
            let t = Int(next.timeIntervalSince1970)
            for s in [t - 1, t, t + 1] {
                #expect(calendar.offset(at: s) == tz.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(s))), "\(zone) at \(s)")
            }
            date = next
        }
        // Outside the table, the zone is asked.
        #expect(calendar.offset(at: 0) == tz.secondsFromGMT(for: Date(timeIntervalSince1970: 0)))
    }
}
