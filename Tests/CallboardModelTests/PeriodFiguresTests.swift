import Testing
@testable import CallboardModel

/// The day's targets through targets.csv, and the week's and month's figures, worked out by
/// hand. Today is Thursday 26 November 2026; November starts on a Sunday, so Monday to Friday
/// it has 21 days (2–6, 9–13, 16–20, 23–27, 30), 18 of them before today.
@Suite("Period figures and the day's targets through targets.csv")
struct PeriodFiguresTests {
    static func nov(_ d: Int) -> Day { Day(year: 2026, month: 11, day: d) }

    static func planned(_ roster: [Agent], settings: Settings = Settings(), _ rows: [TargetRow]) -> TeamDay {
        var m = team(roster, settings: settings)
        m.replaceTargets(TargetPlan(rows: rows))
        return m
    }

    // MARK: week and month

    /// Anna, 4 sales and 3 000.00 a day (agents.csv): Monday 3 sales, Tuesday 5, Wednesday
    /// nothing, today 1 by noon (sales of 100.00, calls of 60 s).
    static func annasWeek() -> TeamDay {
        var m = team([Agent(id: "a1", name: "Anna", dailySalesTarget: 4, dailyRevenueTarget: Money(units: 3000))])
        m.work("a1", daysAgo: 3, calls: 5, sales: 3)
        m.work("a1", daysAgo: 2, calls: 6, sales: 5)
        m.work("a1", daysAgo: 0, calls: 2, sales: 1)
        return m
    }

    @Test func theDayWeekAndMonthFromAgentsCsv() {
        let m = Self.annasWeek()
        let a = m.agent("a1")!
        // Noon: half of 08:00–16:00.
        let day = m.periodFigures(of: a, .day, at: t(12))
        #expect(day.first == today && day.last == today)
        #expect(day.calls == 2 && day.sales == 1 && day.revenue == Money(units: 100))
        #expect(day.target == TargetValues(sales: 4, revenue: Money(units: 3000)))
        #expect(day.salesTargetToDate == 2 && day.revenueTargetToDate == 1500 && day.callsTargetToDate == nil)

        // Monday to Friday at 4 a day: 20; by now Monday to Wednesday and half of today: 14.
        let week = m.periodFigures(of: a, .week, at: t(12))
        #expect(week.first == Self.nov(23) && week.last == Self.nov(29))
        #expect(week.calls == 13 && week.sales == 9 && week.revenue == Money(units: 900))
        #expect(week.target == TargetValues(sales: 20, revenue: Money(units: 15_000)))
        #expect(week.salesTargetToDate == 14 && week.revenueTargetToDate == 10_500)

        // 21 working days × 4 = 84; 18 before today × 4 + 2 = 74; revenue 18 × 3 000 + 1 500.
        let month = m.periodFigures(of: a, .month, at: t(12))
        #expect(month.first == Self.nov(1) && month.last == Self.nov(30))
        #expect(month.sales == 9)
        #expect(month.target == TargetValues(sales: 84, revenue: Money(units: 63_000)))
        #expect(month.salesTargetToDate == 74 && month.revenueTargetToDate == 55_500)

        // The team: Anna alone.
        let teamWeek = m.teamPeriodFigures(.week, at: t(12))
        #expect(teamWeek.sales == 9 && teamWeek.target.sales == 20 && teamWeek.salesTargetToDate == 14)
    }

    /// A month's target of 42 sales: 10 sold on Monday 2 and 10 on Monday 16 November.
    static func monthOf42() -> TeamDay {
        var m = planned([Agent(id: "a1", name: "Anna", dailySalesTarget: 4)],
                        [TargetRow(line: 2, subject: .agent("a1"), per: .month, targets: TargetValues(sales: 42))])
        m.work("a1", daysAgo: 24, calls: 10, sales: 10)
        m.work("a1", daysAgo: 10, calls: 10, sales: 10)
        return m
    }

    @Test func aMonthsTargetCatchesUpDayByDay() {
        let m = Self.monthOf42()
        let a = m.agent("a1")!
        // 22 left over today, Friday and Monday 30: 7.33, so 8 (agents.csv's 4 is not used).
        #expect(m.salesTarget(of: a) == 8)
        #expect(m.salesPace(of: a, at: t(12)) == Pace(actual: 0, target: 8, shiftFraction: 0.5))
        // As the earlier days stood: Monday 23rd 22 over 6 days = 3.67 → 4; Tuesday over 5 = 4.4 → 5;
        // Wednesday over 4 = 5.5 → 6.
        #expect(m.salesTarget(of: a, on: Self.nov(23)) == 4)
        #expect(m.salesTarget(of: a, on: Self.nov(24)) == 5)
        #expect(m.salesTarget(of: a, on: Self.nov(25)) == 6)
        #expect(m.salesTarget(of: a, on: Self.nov(28)) == nil)

        // The month: 42 × (18 + 0.5) ÷ 21 = 37 expected by noon.
        let month = m.periodFigures(of: a, .month, at: t(12))
        #expect(month.sales == 20 && month.calls == 20)
        #expect(month.target.sales == 42 && month.salesTargetToDate == 37)
        #expect(month.target.revenue == nil && month.revenueTargetToDate == nil)

        // The week has no target of its own: its days' add up, Friday at today's 8:
        // 4 + 5 + 6 + 8 + 8 = 31; by noon 4 + 5 + 6 + 8 × 0.5 = 19.
        let week = m.periodFigures(of: a, .week, at: t(12))
        #expect(week.target.sales == 31 && week.salesTargetToDate == 19)
    }

    @Test func aTeamsMonthIsItsOwn() {
        var m = Self.monthOf42()
        m.replaceTargets(TargetPlan(rows: [TargetRow(line: 2, subject: .team, per: .month, targets: TargetValues(sales: 63))]))
        // 63 − 20 sold = 43 left over 3 days: 14.33 → 15; to date 63 × 18.5 ÷ 21 = 55.5.
        #expect(m.teamSalesTarget == 15)
        let month = m.teamPeriodFigures(.month, at: t(12))
        #expect(month.target.sales == 63 && month.salesTargetToDate == 55.5 && month.sales == 20)
        // Anna's own is agents.csv's again.
        #expect(m.salesTarget(of: m.agent("a1")!) == 4)
    }

    // MARK: absence and holidays

    static let roster = [
        Agent(id: "a1", name: "Łukasz", dailySalesTarget: 4, dailyRevenueTarget: Money(units: 3000)),
        Agent(id: "a2", name: "Żaneta", dailySalesTarget: 3, dailyRevenueTarget: Money(units: 2000)),
        Agent(id: "a3", name: "Ścibor", dailySalesTarget: 10, dailyRevenueTarget: Money(units: 9000), active: false),
    ]
    static let sick = TargetRow(line: 2, dates: .day(today), subject: .agent("a2"), absent: true, absenceNote: "L4")

    @Test func anAbsentAgentLeavesTheSummedTeamTargetFromMidnight() {
        let m = Self.planned(Self.roster, [Self.sick])
        let a2 = m.agent("a2")!
        #expect(m.isPlannedAbsent(a2) && !m.isPlannedAbsent(m.agent("a1")!))
        // At 00:30, long before the shift: already absent.
        #expect(m.isAbsent(a2, at: t(0, 30)))
        #expect(m.absentAgents(at: t(9)).map(\.id) == ["a2"])
        #expect(m.salesTarget(of: a2) == nil && m.salesPace(of: a2, at: t(12)) == nil)
        // Łukasz alone (Ścibor is inactive), planned and now.
        #expect(m.teamSalesTarget == 4 && m.teamRevenueTarget == Money(units: 3000))
        #expect(m.teamSalesTarget(at: t(9)) == 4 && m.teamRevenueTarget(at: t(9)) == Money(units: 3000))
    }

    @Test func theTeamsOwnTargetIsTakenAsSet() {
        var s = Settings()
        s.teamSalesTarget = 10
        s.teamRevenueTarget = Money(units: 15_000)
        let set = Self.planned(Self.roster, settings: s, [Self.sick])
        #expect(set.teamSalesTarget(at: t(9)) == 10 && set.teamRevenueTarget(at: t(9)) == Money(units: 15_000))
        // A team row for the day beats callboard.toml, figure by figure.
        let row = TargetRow(line: 3, dates: .day(today), subject: .team, targets: TargetValues(sales: 6, calls: 80))
        let withRow = Self.planned(Self.roster, settings: s, [Self.sick, row])
        #expect(withRow.teamTargets(at: t(9)) == TargetValues(sales: 6, revenue: Money(units: 15_000), calls: 80))
        #expect(withRow.callsPace(at: t(12)) == Pace(actual: 0, target: 80, shiftFraction: 0.5))
    }

    @Test func aHolidayHasNoTargets() {
        var s = Settings()
        s.teamSalesTarget = 10
        let holiday = TargetRow(line: 2, dates: .day(today), subject: .everyAgent, absent: true)
        let m = Self.planned(Self.roster, settings: s, [holiday])
        let a1 = m.agent("a1")!
        #expect(m.teamSalesTarget == nil && m.teamSalesTarget(at: t(12)) == nil && m.salesPace(at: t(12)) == nil)
        #expect(m.salesTarget(of: a1) == nil && m.salesPace(of: a1, at: t(12)) == nil)
        // Not anybody's absence; until the shift is over nobody is absent at all.
        #expect(!m.isPlannedAbsent(a1) && !m.isAbsent(a1, at: t(12)))
        // The week: Monday to Wednesday and Friday at 10 (callboard.toml): 40; by noon 30.
        let week = m.teamPeriodFigures(.week, at: t(12))
        #expect(week.target.sales == 40 && week.salesTargetToDate == 30)
        // Without callboard.toml's: Łukasz 4 + Żaneta 3 a day: 28 and 21.
        let summed = Self.planned(Self.roster, [holiday]).teamPeriodFigures(.week, at: t(12))
        #expect(summed.target.sales == 28 && summed.salesTargetToDate == 21)
    }

    @Test func aDayOffHasNoTargetUnlessARowMakesItAWorkingDay() {
        var m = TeamDay(day: Self.nov(28), calendar: warsaw, roster: Self.roster)
        #expect(m.teamSalesTarget == nil && m.salesTarget(of: m.agent("a1")!) == nil)
        m.replaceTargets(TargetPlan(rows: [TargetRow(line: 2, dates: .day(Self.nov(28)), subject: .agent("a2"),
                                                     targets: TargetValues(sales: 2))]))
        // Żaneta's campaign Saturday: hers is the team's only target.
        #expect(m.salesTarget(of: m.agent("a2")!) == 2 && m.teamSalesTarget == 2)
        var s = Settings()
        s.workingDays = .everyDay
        m.settings = s
        #expect(m.targets.workingDays == .everyDay)
        #expect(m.salesTarget(of: m.agent("a1")!) == 4 && m.teamSalesTarget == 6)
    }

    // MARK: a part-timer's shift

    @Test func aPartTimersPaceAndProjectionRunOverTheirOwnShift() {
        var m = Self.planned(Self.roster, [
            TargetRow(line: 2, dates: .weekday(3), subject: .agent("a1"), shiftMinutes: 720..<960),
            TargetRow(line: 3, dates: .weekday(3), subject: .agent("a2"), shiftMinutes: 480..<600),
        ])
        _ = m.apply(Sale(time: t(13), agent: "a1", amount: Money(units: 100)))
        _ = m.apply(Sale(time: t(13, 30), agent: "a1", amount: Money(units: 100)))
        let a1 = m.agent("a1")!
        #expect(m.shift(of: a1) == Shift(start: t(12), end: t(16)))
        #expect(m.shift == Shift(start: t(8), end: t(16)))
        // 14:00: half of 12:00–16:00 (the team's is three quarters through).
        #expect(m.salesPace(of: a1, at: t(14)) == Pace(actual: 2, target: 4, shiftFraction: 0.5))
        #expect(m.salesPace(at: t(14))?.shiftFraction == 0.75)
        // 2 sales in 2 hours (1 an hour), both in the last hour (2 an hour), 2 hours left:
        // 2 + 2 × 1.5 = 5, band 4 to 6.
        let p = m.projection(of: a1, at: t(14))?.sales
        #expect(p.map { abs($0.expected - 5) < 1e-9 && abs($0.low - 4) < 1e-9 && abs($0.high - 6) < 1e-9 } == true)
        // Żaneta's 08:00–10:00 is over by 11:00 without her: absent, out of the team's sum.
        #expect(m.isAbsent(m.agent("a2")!, at: t(11)) && !m.isAbsent(m.agent("a2")!, at: t(9)))
        #expect(m.teamSalesTarget(at: t(11)) == 4 && m.teamSalesTarget(at: t(9)) == 7)
    }

    // MARK: summer time

    /// Sunday 29 March 2026 (clocks go forward at 02:00: 23 hours) and Sunday 25 October 2026
    /// (back at 03:00: 25 hours), each a campaign Sunday for Anna from 01:00 to 05:00, with
    /// 46 sales for the month. March has 22 days Monday to Friday, October 22; with the Sunday
    /// 23 each, so 2 a day; before the Sunday, March has 20 of them and October 17.
    @Test(arguments: [
        (Day(year: 2026, month: 3, day: 29), 23, 3, 2.0 / 3, 20.0),
        (Day(year: 2026, month: 10, day: 25), 25, 5, 0.8, 17.0),
    ] as [(Day, Int, Int, Double, Double)])
    func theDaysTheClocksChange(day: Day, hours: Int, shiftHours: Int, fraction: Double, before: Double) {
        var m = TeamDay(day: day, calendar: warsaw, roster: [Agent(id: "a1", name: "Anna")])
        m.replaceTargets(TargetPlan(rows: [
            TargetRow(line: 2, dates: .day(day), subject: .agent("a1"), targets: TargetValues(sales: 4), shiftMinutes: 60..<300),
            TargetRow(line: 3, subject: .agent("a1"), per: .month, targets: TargetValues(sales: 46)),
        ]))
        let a = m.agent("a1")!
        #expect(m.dayEnd - m.dayStart == hours * 3600)
        let shift = m.shift(of: a)
        #expect(shift.end - shift.start == shiftHours * 3600)
        // 04:00 by the clock: 2 of 3 real hours in March, 4 of 5 in October.
        let four = warsaw.instant(day, hour: 4)
        #expect(abs(shift.fraction(at: four) - fraction) < 1e-9)
        #expect(m.salesPace(of: a, at: four).map { abs($0.expected - 4 * fraction) < 1e-9 } == true)
        let month = m.periodFigures(of: a, .month, at: four)
        #expect(month.target.sales == 46)
        #expect(abs((month.salesTargetToDate ?? 0) - 2 * (before + fraction)) < 1e-9)
    }

    // MARK: the attention rule

    @Test func behindPaceTakesEachDaysTarget() {
        // Everyone 4 a day (targets.csv); Wednesday a holiday Anna worked anyway.
        var m = team([Agent(id: "a1", name: "Anna")], settings: SuggestionTests.only { $0.behindPaceDays = 3 })
        m.replaceTargets(TargetPlan(rows: [
            TargetRow(line: 2, subject: .everyAgent, targets: TargetValues(sales: 4)),
            TargetRow(line: 3, dates: .day(daysAgo(1)), subject: .team, absent: true),
        ]))
        m.work("a1", daysAgo: 3, calls: 10, sales: 2)
        m.work("a1", daysAgo: 2, calls: 10, sales: 3)
        m.work("a1", daysAgo: 1, calls: 10, sales: 1)
        m.work("a1", daysAgo: 0, calls: 4, sales: 1)
        // Noon: 2 expected, 1 sold: today; Wednesday has no target: skipped; Tuesday 3 < 4,
        // Monday 2 < 4: 3 days.
        #expect(m.suggestions(at: t(12)).map(\.reason) == ["sales behind target 3 working days running"])
    }
}
