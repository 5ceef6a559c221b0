import Testing
import CallboardModel
@testable import CallboardText

@Suite("Format")
struct FormatTests {
    @Test func clock() {
        #expect(Format.clock(0) == "0:00")
        #expect(Format.clock(59) == "0:59")
        #expect(Format.clock(61) == "1:01")
        #expect(Format.clock(3599) == "59:59")
        #expect(Format.clock(3600) == "1:00:00")
        #expect(Format.clock(3725) == "1:02:05")     // 1 h 2 min 5 s
        #expect(Format.clock(36_000 + 1) == "10:00:01")
        #expect(Format.clock(-5) == "0:00")
    }

    @Test func span() {
        #expect(Format.span(59) == "0m")
        #expect(Format.span(2700) == "45m")
        #expect(Format.span(3599) == "59m")
        #expect(Format.span(3600) == "1h00m")
        #expect(Format.span(7500) == "2h05m")        // 2 h 5 min
        #expect(Format.span(-1) == "0m")
    }

    @Test func amountRoundsToWholeUnitsAndGroupsWithSpaces() {
        #expect(Format.amount(Money(units: 0)) == "0")
        #expect(Format.amount(Money(units: 999)) == "999")
        #expect(Format.amount(Money(units: 1000)) == "1 000")
        #expect(Format.amount(Money(cents: 1_234_550)) == "12 346")   // 12345.50 rounds up
        #expect(Format.amount(Money(cents: 1_234_549)) == "12 345")
        #expect(Format.amount(Money(units: 1_234_567)) == "1 234 567")
        #expect(Format.amount(Money(cents: -150)) == "-2")            // half away from zero
        #expect(Format.amount(Money(cents: -149)) == "-1")
        #expect(Format.amount(Money(cents: -49)) == "0")
        #expect(Format.amount(Money(units: -12_000)) == "-12 000")
        #expect(Format.grouped(100_000) == "100 000")
    }

    @Test func money() {
        #expect(Format.money(Money(cents: 1_019_850), currency: "PLN") == "10 199 PLN")
        #expect(Format.money(Money(units: 5), currency: "") == "5")
    }

    @Test func signed() {
        #expect(Format.signed(2.5) == "+2.5")
        #expect(Format.signed(-1) == "-1")
        #expect(Format.signed(3) == "+3")
        #expect(Format.signed(0) == "0")
        #expect(Format.signed(0.04) == "0")
        #expect(Format.signed(-0.04) == "0")
        #expect(Format.signed(1.26) == "+1.3")
        #expect(Format.signed(-2.71) == "-2.7")
        #expect(Format.signed(-0.96) == "-1")
        #expect(Format.signed(1.9485) == "+1.9")
    }

    @Test func percent() {
        #expect(Format.percent(0) == "0%")
        #expect(Format.percent(0.5) == "50%")
        #expect(Format.percent(0.375) == "38%")   // 37.5 rounds half away from zero
        #expect(Format.percent(1.234) == "123%")
    }

    @Test func date() {
        #expect(Format.date(Day(year: 2026, month: 11, day: 29)) == "Sun 29 Nov 2026")
        #expect(Format.date(Day(year: 2026, month: 11, day: 26)) == "Thu 26 Nov 2026")
        #expect(Format.date(Day(year: 2000, month: 2, day: 29)) == "Tue 29 Feb 2000")
        #expect(Format.date(Day(year: 2027, month: 1, day: 4)) == "Mon 4 Jan 2027")
    }

    @Test func fitCutsWithAnEllipsis() {
        #expect(Format.fit("Łukasz", 6) == "Łukasz")
        // The space before the cut is dropped: "Łukasz" + "…", 7 columns.
        #expect(Format.fit("Łukasz Nowak", 8) == "Łukasz…")
        #expect(Format.fit("Brzęczyszczykiewicz", 6) == "Brzęc…")
        #expect(Format.fit("中文字符", 5) == "中文…")      // 2 + 2 + 1
        #expect(Format.fit("中文字符", 4) == "中…")        // 文 would need columns 3–4
        #expect(Format.fit("abcdef", 1) == "…")
        #expect(Format.fit("abcdef", 0) == "")
        #expect(Format.fit("abcdef", 4, ellipsis: "~") == "abc~")
    }

    @Test func padToExactColumns() {
        #expect(Format.pad("ab", 5) == "ab   ")
        #expect(Format.pad("ab", 5, right: true) == "   ab")
        #expect(Format.pad("中文", 6) == "中文  ")
        #expect(Format.pad("中文", 6, right: true) == "  中文")
        #expect(Format.pad("中文字符", 4) == "中… ")
        #expect(Format.pad("Gęś", 4, right: true) == " Gęś")
        #expect(Format.pad("abcdef", 3) == "ab…")
        #expect(TextWidth.of(Format.pad("中文字符", 5, right: true)) == 5)
    }
}
