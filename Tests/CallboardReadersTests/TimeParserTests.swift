import CallboardModel
import Testing
@testable import CallboardReaders

@Suite struct TimeParserTests {
    /// 2026-11-27 00:00:00 UTC (see `Warsaw.utcMidnight`).
    static let nov27 = Warsaw.utcMidnight

    func parse(_ text: String) -> Instant? {
        var parser = Warsaw.parser()
        return parser.instant(text)
    }

    @Test(arguments: [
        // Local winter time, CET = UTC+1: 10:15 local = 09:15 UTC = midnight + 33 300 s.
        ("2026-11-27 10:15:00", nov27 + 33_300),
        ("2026-11-27T10:15:00", nov27 + 33_300),
        ("2026-11-27t10:15:00", nov27 + 33_300),
        ("2026-11-27 10:15", nov27 + 33_300),
        // Fractions of a second are dropped, with `.` or `,`.
        ("2026-11-27 10:15:00.250", nov27 + 33_300),
        ("2026-11-27 10:15:00,999", nov27 + 33_300),
        ("2026-11-27 10:15:07", nov27 + 33_307),
        // A leap second reads as :59.
        ("2026-11-27 10:15:60", nov27 + 33_359),
        // UTC: 10:15 = 36 900 s after midnight.
        ("2026-11-27T10:15:00Z", nov27 + 36_900),
        ("2026-11-27T10:15:00.5z", nov27 + 36_900),
        // +02:00: 10:15 there is 08:15 UTC = 29 700 s.
        ("2026-11-27T10:15:00+02:00", nov27 + 29_700),
        ("2026-11-27T10:15:00+0200", nov27 + 29_700),
        ("2026-11-27T10:15:00.123+02:00", nov27 + 29_700),
        ("2026-11-27T10:15+02:00", nov27 + 29_700),
        // +01:00 is the local winter offset: the same as the local reading.
        ("2026-11-27T10:15:00+01:00", nov27 + 33_300),
        // -05: 10:15 there is 15:15 UTC = 54 900 s; -05:30 is 15:45 UTC = 56 700 s.
        ("2026-11-27T10:15:00-05", nov27 + 54_900),
        ("2026-11-27T10:15:00-05:30", nov27 + 56_700),
        ("2026-11-27 10:15:00+00:00", nov27 + 36_900),
        // Epoch seconds, with or without a fraction.
        ("1795770900", 1_795_770_900),
        ("1795770900.75", 1_795_770_900),
        ("1000000", 1_000_000),         // the smallest: below it, an Excel serial date
        // Exports' own forms, local time: 10:15 CET = 09:15 UTC = 33 300 s.
        ("27.11.2026 10:15", nov27 + 33_300),
        ("27.11.2026 10:15:00", nov27 + 33_300),
        ("27.11.2026, 10:15", nov27 + 33_300),
        ("27.11.2026T10:15", nov27 + 33_300),
        ("27-11-2026 10:15", nov27 + 33_300),
        ("27/11/2026 10:15", nov27 + 33_300),
        ("2026/11/27 10:15", nov27 + 33_300),
        ("2026.11.27 10:15:00", nov27 + 33_300),
        ("2026-11-27 10:15 AM", nov27 + 33_300),
        ("27.11.2026 10:15 a.m.", nov27 + 33_300),
        ("27.11.2026 10:15:00,250", nov27 + 33_300),
        // 10:15 PM is 22:15; 12 AM is midnight and 12 PM noon.
        ("27.11.2026 10:15 PM", nov27 + 33_300 + 43_200),
        ("27.11.2026 12:00 AM", nov27 - 3_600),
        ("27.11.2026 12:00 pm", nov27 + 39_600),
        // Unpadded day, month and hour.
        ("27.11.2026 9:05", nov27 + 29_100),
        ("2026-11-27 9:05", nov27 + 29_100),
        // An Excel serial: day 46353 is 2026-11-27, and 0.4270833333 of a day is 10:15.
        ("46353.4270833333", nov27 + 33_300),
        ("46353", nov27 - 3_600),
        // Summer, CEST = UTC+2: 2026-07-01 is day 20635 (20454 + 181), ×86400 = 1 782 864 000;
        // 12:00 local = 10:00 UTC = + 36 000.
        ("2026-07-01 12:00:00", 1_782_900_000),
        // Winter again, January: 2026-01-15 is day 20468 (20454 + 14), ×86400 = 1 768 435 200;
        // 08:00 local = 07:00 UTC = + 25 200.
        ("2026-01-15 08:00:00", 1_768_460_400),
    ] as [(String, Int)])
    func readsTimes(text: String, expected: Int) {
        #expect(parse(text) == expected)
    }

    /// 2026-03-29 00:00 UTC: day 20541 (20454 + 87) × 86400. Clocks go 02:00 CET → 03:00 CEST.
    static let mar29 = 1_774_742_400

    @Test func springForwardGapIsReadWithTheOffsetBeforeTheSwitch() {
        // 01:59:59 CET (still winter) = 00:59:59 UTC.
        #expect(parse("2026-03-29 01:59:59") == Self.mar29 + 3_599)
        // 02:30 never happens; read as CET it is 01:30 UTC = + 5 400 ...
        #expect(parse("2026-03-29 02:30:00") == Self.mar29 + 5_400)
        // ... which is the same instant as 03:30 CEST.
        #expect(parse("2026-03-29 03:30:00") == Self.mar29 + 5_400)
        // 03:00 CEST = 01:00 UTC.
        #expect(parse("2026-03-29 03:00:00") == Self.mar29 + 3_600)
        // 12:00 CEST = 10:00 UTC.
        #expect(parse("2026-03-29 12:00:00") == Self.mar29 + 36_000)
    }

    /// 2026-10-25 00:00 UTC: day 20751 (20454 + 297) × 86400. Clocks go 03:00 CEST → 02:00 CET.
    static let oct25 = 1_792_886_400

    @Test func autumnOverlapTakesTheFirstOccurrence() {
        // 01:30 CEST = 23:30 UTC the day before.
        #expect(parse("2026-10-25 01:30:00") == Self.oct25 - 1_800)
        // 02:30 happens twice: 00:30 UTC (CEST) and 01:30 UTC (CET); the first one wins.
        #expect(parse("2026-10-25 02:30:00") == Self.oct25 + 1_800)
        #expect(parse("2026-10-25 02:00:00") == Self.oct25)
        #expect(parse("2026-10-25 02:59:59") == Self.oct25 + 3_599)
        // 03:00 CET = 02:00 UTC.
        #expect(parse("2026-10-25 03:00:00") == Self.oct25 + 7_200)
        // An explicit offset picks either occurrence.
        #expect(parse("2026-10-25T02:30:00+02:00") == Self.oct25 + 1_800)
        #expect(parse("2026-10-25T02:30:00+01:00") == Self.oct25 + 5_400)
    }

    @Test(arguments: [Day(year: 2026, month: 3, day: 29), Day(year: 2026, month: 10, day: 25), Warsaw.day])
    func hourCacheAgreesWithTheCalendarAllDay(day: Day) {
        // One parser (its hour cache warm) against the calendar, every 10 minutes of the day.
        var parser = Warsaw.parser()
        for minute in stride(from: 0, to: 24 * 60, by: 10) {
            for second in [0, 59] {
                let h = minute / 60, m = minute % 60
                let text = "\(day) \(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m):\(second == 0 ? "00" : "59")"
                let expected = Warsaw.calendar.instant(day, hour: h, minute: m, second: second)
                #expect(parser.instant(text) == expected, "\(text)")
            }
        }
    }

    @Test(arguments: [
        "2026-13-01 10:00:00",   // month 13
        "2026-00-10 10:00:00",   // month 0
        "2026-02-30 10:00:00",   // Feb 30
        "2026-02-29 10:00:00",   // 2026 is not a leap year
        "2026-11-27 24:00:00",   // hour 24
        "2026-11-27 10:60:00",   // minute 60
        "2026-11-27 10:15:61",   // second 61
        "2026-11-2x 10:00:00",   // letters
        "2026-11-27 1a:00:00",
        "abc",
        "",
        "2026-11-27",            // a date alone is not a time
        "2026-11-27 10",
        "2026-11-27X10:15:00",
        "2026-11-27 10:15:00 ",  // trailing space (CSV fields arrive trimmed)
        "2026-11-27 10:15:00.",  // a fraction without digits
        "2026-11-27T10:15:00+2",
        "2026-11-27T10:15:00+02:0",
        "2026-11-27T10:15:00+19:00",
        "2026-11-27T10:15:00+02:60",
        "2026-11-27T10:15:00Zx",
        "2026-11-27T10:15:00 Z",
        "10:15",
        "1795770900.",
        ".5",
        "-5",
        "1e9",
        "1795770900000",         // milliseconds: 13 digits
        "0",                     // neither an epoch nor an Excel date after 1 March 1900
        "27.11.2026",            // a date alone
        "27.11.26 10:15",        // a two-digit year
        "27.11.2026 10:15 XM",
        "27.11.2026 13:15 PM",
        "27.11.2026 10:15 ",
        "13/13/2026 10:15",
        "27.11.2026  ",
        "27.11.2026x10:15",
    ])
    func rejectsInvalidInput(text: String) {
        #expect(parse(text) == nil)
    }

    @Test(arguments: [
        ("2026-11-27", Day(year: 2026, month: 11, day: 27)),
        ("2026-11-27 10:00", Day(year: 2026, month: 11, day: 27)),
        ("2026-11-27T10:15:00+01:00", Day(year: 2026, month: 11, day: 27)),
        ("2026-11-27t10:15:00", Day(year: 2026, month: 11, day: 27)),
        ("2028-02-29", Day(year: 2028, month: 2, day: 29)),
        // Exports' own forms: dotted day first, year first with any separator, unpadded.
        ("27.11.2026", Day(year: 2026, month: 11, day: 27)),
        ("1.2.2026", Day(year: 2026, month: 2, day: 1)),
        ("27-11-2026", Day(year: 2026, month: 11, day: 27)),
        ("27/11/2026", Day(year: 2026, month: 11, day: 27)),
        ("2026-1-27", Day(year: 2026, month: 1, day: 27)),
        ("2026/11/27", Day(year: 2026, month: 11, day: 27)),
        ("2026.11.27", Day(year: 2026, month: 11, day: 27)),
        ("27.11.2026 08:15", Day(year: 2026, month: 11, day: 27)),
        // An Excel serial date: 46353 days after 1899-12-30.
        ("46353", Day(year: 2026, month: 11, day: 27)),
        ("20261127", Day(year: 2026, month: 11, day: 27)),
    ] as [(String, Day)])
    func readsDays(text: String, expected: Day) {
        #expect(TimeParser.day(text) == expected)
    }

    @Test(arguments: ["2026-02-29", "2026-11-31", "2026-13-01", "2026-11-27x", "27.11.26", "27-11-2026x", "2026-011-27",
                      "20261131", "60",  // serial 60 is Excel's 29 February 1900
                      "", "today"])
    func rejectsInvalidDays(text: String) {
        #expect(TimeParser.day(text) == nil)
    }
}
