import CallboardModel
import CallboardTestSupport
import CallboardUI
import Testing
@testable import CallboardReport

/// The text and Markdown reports a lead sends on: summary first, agents ranked by result,
/// coaching in plain words, no internal ids; final figures after the shift; in Polish too.
@Suite struct BossReportTests {
    /// `hour:minute` of the day `daysAgo` days before today.
    static func on(_ daysAgo: Int, _ hour: Int, _ minute: Int = 0) -> Instant {
        warsaw.instant(today.adding(days: -daysAgo), hour: hour, minute: minute, second: 0)
    }

    /// Anna 3 sales of 4 (calls c1–c4), Bartek 1 of 4, Celina never came in; yesterday the team
    /// sold 2 for 300, a week ago 5 for 900. Shift 08:00–16:00.
    static func team() -> TeamDay {
        var s = Settings()
        s.teamName = "North"
        s.reviewQuota = 0
        s.oneOnOneDays = 0
        s.attention = .off
        let roster = [Agent(id: "a1", name: "Anna", dailySalesTarget: 4), Agent(id: "a2", name: "Bartek", dailySalesTarget: 4),
                      Agent(id: "a3", name: "Celina", dailySalesTarget: 4)]
        var m = TeamDay(day: today, calendar: warsaw, settings: s, roster: roster)
        _ = m.apply(StatusChange(time: t(8), agent: "a1", state: .available))
        _ = m.apply(StatusChange(time: t(8), agent: "a2", state: .available))
        for k in 1...4 { _ = m.apply(CallRecord(id: "c\(k)", agent: k < 4 ? "a1" : "a2", start: t(9, k), duration: 60, outcome: "sale")) }
        for k in 1...3 { _ = m.apply(Sale(time: t(9, 10 + k), agent: "a1", amount: Money(units: 100), callID: "c\(k)")) }
        _ = m.apply(Sale(time: t(9, 30), agent: "a2", amount: Money(units: 50), callID: "c4"))
        _ = m.apply(Sale(time: Self.on(1, 10), agent: "a1", amount: Money(units: 100)))
        _ = m.apply(Sale(time: Self.on(1, 11), agent: "a2", amount: Money(units: 200)))
        for k in 0..<5 { _ = m.apply(Sale(time: Self.on(7, 10, k), agent: "a1", amount: Money(units: 180))) }
        return m
    }

    @Test func afterTheShiftTheFiguresAreFinal() {
        let r = DayReport(Self.team(), at: t(17))
        let md = ReportMarkdown.render(r)
        #expect(md.hasPrefix("# North — Thu 26 Nov 2026, final\n"))
        // Celina is absent: the team's target is 4 + 4 = 8; 4 sales = 50 % of it.
        #expect(md.contains("| Sales | 4 of 8 · 50% of target |"))
        #expect(md.contains("| Calls | 4 · conversion 100% · average sale 88 PLN |"))   // 350 ÷ 4 = 87.50
        #expect(md.contains("| Best | Anna (3/4, 75%) |"))
        #expect(md.contains("| Weakest | Bartek (1/4, 25%) |"))
        #expect(md.contains("| Absent | Celina |"))
        #expect(md.contains("| Yesterday | Wed 25 Nov 2026: sales 2 · revenue 300 PLN · calls 0 |"))
        #expect(md.contains("| A week ago | Thu 19 Nov 2026: sales 5 · revenue 900 PLN · calls 0 |"))
        #expect(md.contains("| Shift | over at 16:00 |"))
        // Ranked by result, the absent last; % of target, not pace.
        #expect(md.contains("| # | Agent | Sales | % of target | Revenue | Calls | Conversion | Avg sale | Reviews |"))
        #expect(md.contains("| 1 | Anna | 3/4 | 75% | 300 | 3 | 100% | 100 | 0 |\n| 2 | Bartek | 1/4 | 25% | 50 | 1 | 100% | 50 | 0 |\n"
                            + "| 3 | Celina | 0/4 | absent | 0 | 0 | - | - | 0 |"))
        #expect(!md.contains("a1") && !md.contains("c1"))
    }

    @Test func duringTheShiftThePaceAndTheProjection() {
        // 12:00, half the shift: 4 sales of 12 (Celina may still come), expected 6: pace 67 %.
        // The day's rate 1 an hour, the last hour's none: heading for 4 + 4 × 0.5 = 6, band 4 to 8.
        let text = ReportText.render(DayReport(Self.team(), at: t(12)))
        #expect(text.hasPrefix("North — Thu 26 Nov 2026, as of 12:00\n"))
        #expect(text.contains("\nSales       4 of 12 · pace 67% · heading for 6 (4–8)\n"))
        #expect(!text.contains("Absent"))
        #expect(text.contains("\nShift       50% done\n"))
    }

    @Test func inPolish() {
        let md = ReportMarkdown.render(DayReport(Self.team(), at: t(17)), language: .polish)
        #expect(md.hasPrefix("# North — czw. 26 lis 2026, wynik końcowy\n"))
        #expect(md.contains("| Sprzedaż | 4 z 8 · 50% celu |"))
        #expect(md.contains("| Nieobecni | Celina |"))
        #expect(md.contains("| 3 | Celina | 0/4 | nieobecność |"))
        #expect(ReportFormat.json.render(DayReport(Self.team(), at: t(17)), language: .polish).contains("\"id\": \"a1\""))
    }
}
