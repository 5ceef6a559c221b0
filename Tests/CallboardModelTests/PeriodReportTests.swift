import Testing
@testable import CallboardModel

/// The week's and the month's report, worked out by hand. Today is Thursday 26 November 2026
/// at noon (half of the 08:00–16:00 shift); sales are 100.00 each.
@Suite("Period report")
struct PeriodReportTests {
    static func nov(_ d: Int) -> Day { Day(year: 2026, month: 11, day: d) }

    /// Anna (4 a day): Monday 3 sales of 5 calls, Tuesday 5 of 6, Wednesday nothing, today 1
    /// of 2. Bartek (2 a day): Monday 2 of 4, today 1 of 1; last week's Monday and Tuesday (16
    /// and 17 November) 1 sale of 3 calls each. Celina (3 a day) never came this week.
    static func week() -> TeamDay {
        var m = team([Agent(id: "a1", name: "Anna", dailySalesTarget: 4),
                      Agent(id: "a2", name: "Bartek", dailySalesTarget: 2),
                      Agent(id: "a3", name: "Celina", dailySalesTarget: 3)])
        m.work("a1", daysAgo: 3, calls: 5, sales: 3)
        m.work("a1", daysAgo: 2, calls: 6, sales: 5)
        m.work("a1", daysAgo: 0, calls: 2, sales: 1)
        m.work("a2", daysAgo: 3, calls: 4, sales: 2)
        m.work("a2", daysAgo: 0, calls: 1, sales: 1)
        m.work("a2", daysAgo: 10, calls: 3, sales: 1)
        m.work("a2", daysAgo: 9, calls: 3, sales: 1)
        return m
    }

    @Test func theWeekSoFar() throws {
        let r = PeriodReport(Self.week(), .week, at: t(12))
        #expect(r.first == Self.nov(23) && r.last == Self.nov(29))
        #expect(!r.periodOver)
        let anna = try #require(r.agents.first { $0.id == "a1" })
        // 9 sales of 13 calls; Monday to Wednesday and half of today at 4 a day: 14 expected, 20 in all.
        #expect(anna.sales == 9 && anna.calls == 13 && anna.revenue == Money(units: 900))
        #expect(anna.salesTargetToDate == 14 && anna.salesTarget == 20)
        #expect(anna.salesShare == 9.0 / 14)
        // At that rate the week ends at 9 ÷ 14 × 20 ≈ 12.86.
        #expect(abs((anna.projectedSales ?? 0) - 180.0 / 14) < 1e-9)
        #expect(anna.conversion == 9.0 / 13)
        #expect(anna.averageSale == Money(units: 100))
        // Monday, Tuesday and today worked; Wednesday, a working day, not.
        #expect(anna.daysWorked == 3 && anna.daysAbsent == 1)
        let bartek = try #require(r.agents.first { $0.id == "a2" })
        #expect(bartek.sales == 3 && bartek.salesTargetToDate == 7 && bartek.daysWorked == 2 && bartek.daysAbsent == 2)
        // Celina: nothing; three working days missed, today not yet (the shift is on).
        let celina = try #require(r.agents.first { $0.id == "a3" })
        #expect(celina.sales == 0 && celina.daysWorked == 0 && celina.daysAbsent == 3)
        #expect(celina.salesTargetToDate == 10.5)
        // The team: 12 sales of 13 + 5 = 18 calls; the agents' days (4 + 2 + 3) × 3.5 = 31.5 expected, 45 in all.
        #expect(r.team.sales == 12 && r.team.calls == 18)
        #expect(r.team.salesTargetToDate == 31.5 && r.team.salesTarget == 45)
        #expect(r.team.daysWorked == 3 && r.team.daysAbsent == 6)
        // Last week's Monday to Thursday: Bartek's 2 sales of 6 calls.
        #expect(r.previous == PeriodReport.Earlier(first: Self.nov(16), last: Self.nov(19), calls: 6, sales: 2,
                                                    revenue: Money(units: 200)))
    }

    @Test func theMonthSoFarComparesWithTheSameDaysOfTheMonthBefore() throws {
        let r = PeriodReport(Self.week(), .month, at: t(12))
        #expect(r.first == Self.nov(1) && r.last == Self.nov(30))
        // The month so far holds last week's days too: Bartek's 5 sales.
        #expect(r.agents.first { $0.id == "a2" }?.sales == 5)
        // October 1–26 starts 56 days back: beyond the 42-day look-back, so no comparison.
        #expect(r.previous == nil)
    }

    @Test func afterTheLastDaysShiftThePeriodIsFinal() {
        // Sunday 29 November, the week's last day, after the shift.
        var m = TeamDay(day: Self.nov(29), calendar: warsaw, roster: [Agent(id: "a1", name: "Anna", dailySalesTarget: 4)])
        _ = m.apply(Sale(time: warsaw.instant(Self.nov(27), hour: 10), agent: "a1", amount: Money(units: 50)))
        let r = PeriodReport(m, .week, at: warsaw.instant(Self.nov(29), hour: 17))
        #expect(r.periodOver)
        // Monday to Friday at 4 a day; the weekend has no target.
        #expect(r.team.salesTarget == 20 && r.team.salesTargetToDate == 20)
        #expect(r.team.sales == 1)
        #expect(r.team.projectedSales == 1)
    }

    @Test func aMondaysYesterdayIsFriday() {
        // Monday 30 November: Friday 27th is the working day before; the weekend had nothing.
        var m = TeamDay(day: Self.nov(30), calendar: warsaw, roster: [Agent(id: "a1", name: "Anna", dailySalesTarget: 4)])
        _ = m.apply(Sale(time: warsaw.instant(Self.nov(27), hour: 10), agent: "a1", amount: Money(units: 50)))
        #expect(m.previousWorkingDay == Self.nov(27))
        let r = DayReport(m, at: warsaw.instant(Self.nov(30), hour: 12))
        #expect(r.yesterday?.day == Self.nov(27) && r.yesterday?.sales == 1)
        // A Saturday someone worked is a day to compare with, working day or not.
        _ = m.apply(Sale(time: warsaw.instant(Self.nov(28), hour: 10), agent: "a1", amount: Money(units: 50)))
        #expect(m.previousWorkingDay == Self.nov(28))
    }
}
