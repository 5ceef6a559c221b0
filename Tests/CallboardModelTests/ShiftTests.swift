import Testing
@testable import CallboardModel

@Suite("Shift")
struct ShiftTests {
    @Test func fromSettings() {
        let shift = Shift(day: today, settings: Settings(), calendar: warsaw)
        #expect(shift.start == t(8))
        #expect(shift.end == t(16))
        var s = Settings()
        s.shiftStart = 9 * 60 + 30
        s.shiftEnd = 17 * 60 + 45
        #expect(team([], settings: s).shift == Shift(start: t(9, 30), end: t(17, 45)))
    }

    @Test func fraction() {
        let shift = Shift(start: t(8), end: t(16))
        #expect(shift.fraction(at: t(7)) == 0)
        #expect(shift.fraction(at: t(8)) == 0)
        #expect(shift.fraction(at: t(11)) == 0.375)   // 3 h of 8
        #expect(shift.fraction(at: t(12)) == 0.5)
        #expect(shift.fraction(at: t(16)) == 1)
        #expect(shift.fraction(at: t(20)) == 1)
    }

    @Test func anEmptyShiftJumpsFromZeroToOne() {
        let shift = Shift(start: t(8), end: t(8))
        #expect(shift.fraction(at: t(8) - 1) == 0)
        #expect(shift.fraction(at: t(8)) == 1)
    }

    @Test func onTheSpringDayTheShiftKeepsItsEightHours() {
        let mar29 = Day(year: 2026, month: 3, day: 29)
        let shift = Shift(day: mar29, settings: Settings(), calendar: warsaw)
        // 08:00 CEST = 06:00 UTC on day 20541.
        #expect(shift.start == 1_774_742_400 + 6 * 3600)
        #expect(shift.end - shift.start == 8 * 3600)
    }
}
