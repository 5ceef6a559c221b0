import Testing
@testable import CallboardModel

@Suite("Day")
struct DayTests {
    static let ordinals: [(Day, Int)] = [
        (Day(year: 1970, month: 1, day: 1), 0),
        (Day(year: 1969, month: 12, day: 31), -1),
        // 1970…1999: 30 × 365 + 7 leap days (1972…1996) = 10957 for 2000-01-01; + 31 + 28.
        (Day(year: 2000, month: 2, day: 29), 11_016),
        (Day(year: 2000, month: 3, day: 1), 11_017),
        // 1900-01-01 = −(70 × 365 + 17 leap days) = −25567; 1900 is not a leap year: + 31 + 28.
        (Day(year: 1900, month: 3, day: 1), -25_508),
        // 2026-01-01 = 56 × 365 + 14 leap days = 20454; Jan…Oct = 304 days, + 28.
        (Day(year: 2026, month: 11, day: 29), 20_786),
    ]

    @Test(arguments: ordinals)
    func ordinalRoundTrips(day: Day, ordinal: Int) {
        #expect(day.ordinal == ordinal)
        #expect(Day(ordinal: ordinal) == day)
    }

    @Test func everyOrdinalOverManyCenturiesRoundTrips() {
        for ordinal in stride(from: -800_000, through: 800_000, by: 997) {
            let day = Day(ordinal: ordinal)
            #expect(day.isValid)
            #expect(day.ordinal == ordinal)
        }
    }

    @Test(arguments: [
        (Day(year: 1970, month: 1, day: 1), 3),   // Thursday
        (Day(year: 1969, month: 12, day: 31), 2), // Wednesday
        (Day(year: 2000, month: 2, day: 29), 1),  // Tuesday
        (Day(year: 2026, month: 11, day: 23), 0), // Monday
        (Day(year: 2026, month: 11, day: 29), 6), // Sunday
    ])
    func weekday(day: Day, weekday: Int) {
        #expect(day.weekday == weekday)
    }

    @Test func validity() {
        #expect(Day(year: 2000, month: 2, day: 29).isValid)
        #expect(Day(year: 2024, month: 2, day: 29).isValid)
        #expect(!Day(year: 1900, month: 2, day: 29).isValid)
        #expect(!Day(year: 2026, month: 2, day: 29).isValid)
        #expect(!Day(year: 2026, month: 4, day: 31).isValid)
        #expect(Day(year: 2026, month: 12, day: 31).isValid)
        #expect(!Day(year: 2026, month: 13, day: 1).isValid)
        #expect(!Day(year: 2026, month: 0, day: 1).isValid)
        #expect(!Day(year: 2026, month: 1, day: 0).isValid)
    }

    @Test func daysInMonth() {
        #expect(Day.daysIn(month: 2, year: 2000) == 29)
        #expect(Day.daysIn(month: 2, year: 2100) == 28)
        #expect(Day.daysIn(month: 2, year: 2026) == 28)
        #expect(Day.daysIn(month: 11, year: 2026) == 30)
        #expect(Day.daysIn(month: 12, year: 2026) == 31)
        #expect(Day.daysIn(month: 13, year: 2026) == 0)
    }

    @Test func adding() {
        let d = Day(year: 2026, month: 11, day: 29)
        #expect(d.adding(days: 3) == Day(year: 2026, month: 12, day: 2))
        #expect(d.adding(days: 33) == Day(year: 2027, month: 1, day: 1))
        #expect(d.adding(days: -29) == Day(year: 2026, month: 10, day: 31))
        #expect(d.adding(days: 0) == d)
        #expect(Day(year: 2000, month: 2, day: 28).adding(days: 1) == Day(year: 2000, month: 2, day: 29))
        #expect(Day(year: 2100, month: 2, day: 28).adding(days: 1) == Day(year: 2100, month: 3, day: 1))
        #expect(Day(year: 2026, month: 3, day: 1).adding(days: -1) == Day(year: 2026, month: 2, day: 28))
    }

    @Test func daysSince() {
        let d = Day(year: 2026, month: 11, day: 29)
        #expect(d.days(since: Day(year: 2026, month: 11, day: 26)) == 3)
        #expect(Day(year: 2026, month: 11, day: 26).days(since: d) == -3)
        // 2027-11-29 − 2026-11-29: 365 days (2027 is not a leap year).
        #expect(Day(year: 2027, month: 11, day: 29).days(since: d) == 365)
    }

    @Test func description() {
        #expect(Day(year: 2026, month: 11, day: 29).description == "2026-11-29")
        #expect(Day(year: 2000, month: 2, day: 9).description == "2000-02-09")
        #expect(Day(year: 33, month: 1, day: 5).description == "0033-01-05")
        #expect("\(Day(year: 1970, month: 1, day: 1))" == "1970-01-01")
    }

    @Test func ordering() {
        #expect(Day(year: 2026, month: 11, day: 28) < Day(year: 2026, month: 11, day: 29))
        #expect(Day(year: 2025, month: 12, day: 31) < Day(year: 2026, month: 1, day: 1))
        #expect(!(Day(year: 2026, month: 1, day: 1) < Day(year: 2026, month: 1, day: 1)))
        #expect([Day(year: 2026, month: 3, day: 1), Day(year: 2025, month: 12, day: 1)].max() == Day(year: 2026, month: 3, day: 1))
    }
}
