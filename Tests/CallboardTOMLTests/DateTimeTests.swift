import CallboardTOML
import Testing

/// Offset date-times, local date-times, local dates and local times (spec: Offset Date-Time …).
@Suite struct DateTimeTests {
    static func date(_ year: Int, _ month: Int, _ day: Int) -> TOMLDate { TOMLDate(year: year, month: month, day: day) }

    @Test func offsetDateTimes() {
        let date = Self.date(1979, 5, 27)
        #expect(Parsing.value("1979-05-27T07:32:00Z") == .offsetDateTime(TOMLDateTime(date: date, time: TOMLTime(hour: 7, minute: 32, second: 0), offset: 0)))
        #expect(Parsing.value("1979-05-27T00:32:00-07:00") == .offsetDateTime(TOMLDateTime(date: date, time: TOMLTime(hour: 0, minute: 32, second: 0), offset: -420)))
        #expect(Parsing.value("1979-05-27T00:32:00.999999+05:30")
            == .offsetDateTime(TOMLDateTime(date: date, time: TOMLTime(hour: 0, minute: 32, second: 0, nanosecond: 999_999_000), offset: 330)))
        #expect(Parsing.value("1979-05-27 07:32:00z")?.dateTime?.offset == 0)
        #expect(Parsing.value("1979-05-27t07:32:00+00:00")?.dateTime?.offset == 0)
        #expect(Parsing.value("1979-05-27T07:32:00-00:01")?.dateTime?.offset == -1)
    }

    @Test func localDateTimesDatesAndTimes() {
        let morning = TOMLTime(hour: 7, minute: 32, second: 0)
        #expect(Parsing.value("1979-05-27T07:32:00") == .localDateTime(TOMLDateTime(date: Self.date(1979, 5, 27), time: morning)))
        #expect(Parsing.value("1979-05-27 07:32:00") == .localDateTime(TOMLDateTime(date: Self.date(1979, 5, 27), time: morning)))
        #expect(Parsing.value("1979-05-27") == .localDate(Self.date(1979, 5, 27)))
        #expect(Parsing.value("1979-05-27 # a date and a comment") == .localDate(Self.date(1979, 5, 27)))
        #expect(Parsing.value("07:32:00") == .localTime(morning))
        #expect(Parsing.value("00:32:00.999999") == .localTime(TOMLTime(hour: 0, minute: 32, second: 0, nanosecond: 999_999_000)))
        #expect(Parsing.value("[1979-05-27, 07:32:00]") == [.localDate(Self.date(1979, 5, 27)), .localTime(morning)])
        #expect(Parsing.value("{d=1979-05-27T07:32:00}")?.table?["d"]?.dateTime?.offset == nil)
    }

    /// Fractions are kept to the nanosecond; further digits are truncated, not rounded.
    @Test func fractionalSeconds() {
        #expect(Parsing.value("07:32:00.5")?.time?.nanosecond == 500_000_000)
        #expect(Parsing.value("07:32:00.123456789")?.time?.nanosecond == 123_456_789)
        #expect(Parsing.value("07:32:00.1234567899999")?.time?.nanosecond == 123_456_789)
        #expect(Parsing.value("07:32:00.000000000999")?.time?.nanosecond == 0)
        #expect(Parsing.error("v = 07:32:00.") != nil)
        #expect(Parsing.error("v = 1979-05-27T07:32:00.Z") != nil)
    }

    @Test func calendarRanges() {
        #expect(Parsing.value("2000-02-29") == .localDate(Self.date(2000, 2, 29)))
        #expect(Parsing.value("2024-02-29") == .localDate(Self.date(2024, 2, 29)))
        #expect(Parsing.value("9999-12-31") == .localDate(Self.date(9999, 12, 31)))
        // RFC 3339 writes years 0000-9999; 0000 is a leap year in the proleptic Gregorian calendar.
        #expect(Parsing.value("0000-02-29") == .localDate(Self.date(0, 2, 29)))
        // RFC 3339 allows a leap second.
        #expect(Parsing.value("23:59:60") == .localTime(TOMLTime(hour: 23, minute: 59, second: 60)))
        for text in ["1900-02-29", "2023-02-29", "2023-04-31", "2023-00-10", "2023-13-01", "2023-01-00", "2023-01-32",
                     "24:00:00", "23:60:00", "23:59:61", "1979-05-27T25:00:00", "1979-05-27T07:32:00+24:00",
                     "1979-05-27T07:32:00+05:60"] {
            #expect(Parsing.error("v = " + text) != nil, "\(text)")
        }
        #expect(Parsing.error("v = 2023-02-29")?.message == "invalid date `2023-02-29`")
        #expect(Parsing.error("v = 1979-05-27T07:32:00+24:00")?.column == 24)
    }

    @Test func malformed() {
        for text in ["1979-5-27", "1979-05-7", "79-05-27", "1979-05-27T", "1979-05-27T07:32", "1979-05-27 07:32",
                     "07:32", "7:32:00", "07:32:0", "1979-05-27T07:32:00+07", "1979-05-27T07:32:00+0700",
                     "1979-05-27T07:32:00 Z", "1979-05-27T07:32:00-", "07:32:00Z", "07:32:00+01:00", "1979-05-27TZ",
                     "1979-05-27  07:32:00", "+1979-05-27", "1979-05-27_", "19790-05-27", "1979-05-27T07:32:00ZZ"] {
            #expect(Parsing.error("v = " + text) != nil, "\(text)")
        }
    }

    @Test func descriptions() {
        #expect(Parsing.value("1979-05-27T00:32:00.5-07:30")?.dateTime?.description == "1979-05-27T00:32:00.5-07:30")
        #expect(Parsing.value("0001-01-01")?.date?.description == "0001-01-01")
        #expect(Parsing.value("07:32:00")?.time?.description == "07:32:00")
    }
}
