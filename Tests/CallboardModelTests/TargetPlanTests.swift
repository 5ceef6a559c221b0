import Testing
@testable import CallboardModel

/// targets.csv's look-ups, with every expectation worked out by hand from the calendar.
///
/// December 2026 starts on a Tuesday: Monday to Friday it has 23 days (1–4, 7–11, 14–18,
/// 21–25, 28–31). 24–26 December off as holidays takes away Thursday 24 and Friday 25: 21.
@Suite("TargetPlan")
struct TargetPlanTests {
    static func dec(_ d: Int) -> Day { Day(year: 2026, month: 12, day: d) }
    static let holidays = TargetRow(line: 2, dates: .range(from: dec(24), to: dec(26)), subject: .team, absent: true,
                                    absenceNote: "Święta")
    static func month(_ agent: String, sales: Int? = nil, revenue: Money? = nil, line: Int = 3) -> TargetRow {
        TargetRow(line: line, subject: .agent(agent), per: .month, targets: TargetValues(sales: sales, revenue: revenue))
    }
    /// No earlier figures.
    static func nothing(_ d: Day) -> DayTally? { nil }
    /// Earlier days' sales.
    static func sold(_ byDay: [Day: Int]) -> (Day) -> DayTally? {
        { d in
            byDay[d].map {
                var t = DayTally()
                t.sales = $0
                return t
            }
        }
    }

    // MARK: working days

    @Test func aMonthWithAHoliday() {
        let plan = TargetPlan(rows: [Self.holidays])
        #expect(plan.isHoliday(Self.dec(24)) && plan.isHoliday(Self.dec(26)))
        #expect(!plan.isHoliday(Self.dec(23)) && !plan.isHoliday(Self.dec(27)))
        #expect(!plan.isWorkingDay(Self.dec(25), agent: nil) && !plan.isWorkingDay(Self.dec(25), agent: "a1"))
        #expect(plan.isWorkingDay(Self.dec(28), agent: "a1"))
        #expect(plan.workingDays(in: Period.month.days(containing: Self.dec(15)), agent: "a1").count == 21)
        #expect(plan.workingDays(in: Period.month.days(containing: Self.dec(15)), agent: nil).count == 21)
        // A holiday is nobody's absence.
        #expect(!plan.isAbsent(agent: "a1", on: Self.dec(24)))
    }

    @Test func aMonthsTargetIsSpreadOverItsWorkingDays() {
        let plan = TargetPlan(rows: [Self.holidays, Self.month("a1", sales: 42, revenue: Money(units: 10_000))])
        let first = plan.dayTargets(agent: "a1", on: Self.dec(1), today: Self.dec(1), actual: Self.nothing)
        // 42 ÷ 21 = 2; 1 000 000 cents ÷ 21 = 47 619.05: up to the cent, 476.20.
        #expect(first == TargetValues(sales: 2, revenue: Money(cents: 47_620)))
        // The holidays have no target; nor does a Sunday.
        #expect(plan.dayTargets(agent: "a1", on: Self.dec(24), today: Self.dec(1), actual: Self.nothing) == .none)
        #expect(plan.dayTargets(agent: "a1", on: Self.dec(6), today: Self.dec(1), actual: Self.nothing) == .none)
        // The agents.csv target does not count where a month's is spread, nor on a day off.
        let roster = TargetValues(sales: 9, revenue: Money(units: 1), calls: 30)
        #expect(plan.dayTargets(agent: "a1", on: Self.dec(1), fallback: roster, today: Self.dec(1), actual: Self.nothing)
            == TargetValues(sales: 2, revenue: Money(cents: 47_620), calls: 30))
        #expect(plan.dayTargets(agent: "a1", on: Self.dec(25), fallback: roster, today: Self.dec(1), actual: Self.nothing) == .none)
        #expect(plan.periodTargets(agent: "a1", .month, containing: Self.dec(9)) == TargetValues(sales: 42, revenue: Money(units: 10_000)))
        #expect(plan.periodTargets(agent: "a1", .week, containing: Self.dec(9)) == .none)
        #expect(plan.periodTargets(agent: "a2", .month, containing: Self.dec(9)) == .none)
    }

    @Test func aWeakDayRaisesTheTargetsOfTheDaysLeft() {
        let plan = TargetPlan(rows: [Self.holidays, Self.month("a1", sales: 42)])
        // Today 2 December after no sale on the 1st: 42 left over 20 working days = 2.1, so 3.
        #expect(plan.dayTargets(agent: "a1", on: Self.dec(2), today: Self.dec(2), actual: Self.nothing).sales == 3)
        // After 2 on the 1st: 40 ÷ 20 = 2.
        #expect(plan.dayTargets(agent: "a1", on: Self.dec(2), today: Self.dec(2), actual: Self.sold([Self.dec(1): 2])).sales == 2)
        // After 10: 32 ÷ 20 = 1.6, so 2. A weekend's sales count too: 10 on Saturday the 5th,
        // today Monday the 7th: 32 left over 17 days (21 − 4) = 1.88, so 2.
        #expect(plan.dayTargets(agent: "a1", on: Self.dec(2), today: Self.dec(2), actual: Self.sold([Self.dec(1): 10])).sales == 2)
        #expect(plan.dayTargets(agent: "a1", on: Self.dec(7), today: Self.dec(7), actual: Self.sold([Self.dec(5): 10])).sales == 2)
        // Later days as of today get today's share: on the 2nd after a day of nothing, the 10th's is 3.
        #expect(plan.dayTargets(agent: "a1", on: Self.dec(10), today: Self.dec(2), actual: Self.nothing).sales == 3)
        // Earlier days are as they stood then: the 1st's was 2.
        #expect(plan.dayTargets(agent: "a1", on: Self.dec(1), today: Self.dec(2), actual: Self.nothing).sales == 2)
        // More than the month's sold: nothing is left to expect.
        #expect(plan.dayTargets(agent: "a1", on: Self.dec(2), today: Self.dec(2), actual: Self.sold([Self.dec(1): 50])).sales == 0)
    }

    @Test func aWeeksTargetGoesBeforeAMonthsAndIsSpreadOverItsWeek() {
        let week = TargetRow(line: 4, subject: .agent("a1"), per: .week, targets: TargetValues(sales: 10))
        let plan = TargetPlan(rows: [Self.holidays, Self.month("a1", sales: 42), week])
        // Week of Monday 21 December: 21, 22, 23 work (24, 25 are holidays): 10 ÷ 3 = 3.33, so 4.
        #expect(plan.dayTargets(agent: "a1", on: Self.dec(21), today: Self.dec(21), actual: Self.nothing).sales == 4)
        // The week of 1 December starts on Monday 30 November, which sold nothing: 10 over the
        // 4 days left = 2.5, so 3; as planned on the Monday itself, 10 ÷ 5 = 2.
        #expect(plan.dayTargets(agent: "a1", on: Self.dec(1), today: Self.dec(1), actual: Self.nothing).sales == 3)
        #expect(plan.dayTargets(agent: "a1", on: Self.dec(1), today: Day(year: 2026, month: 11, day: 30),
                                actual: Self.nothing).sales == 2)
    }

    @Test func aCampaignSaturday() {
        let saturday = TargetRow(line: 4, dates: .day(Self.dec(5)), subject: .everyAgent, targets: TargetValues(sales: 3))
        let plan = TargetPlan(rows: [Self.holidays, Self.month("a1", sales: 44), saturday])
        #expect(plan.isWorkingDay(Self.dec(5), agent: "a1") && plan.isWorkingDay(Self.dec(5), agent: "a2"))
        #expect(plan.isWorkingDay(Self.dec(5), agent: nil))
        #expect(!plan.isWorkingDay(Self.dec(12), agent: "a1"))
        // 21 + the Saturday = 22 days: 44 ÷ 22 = 2; the Saturday's own row says 3.
        #expect(plan.workingDays(in: Period.month.days(containing: Self.dec(5)), agent: "a1").count == 22)
        #expect(plan.dayTargets(agent: "a1", on: Self.dec(1), today: Self.dec(1), actual: Self.nothing).sales == 2)
        #expect(plan.dayTargets(agent: "a1", on: Self.dec(5), today: Self.dec(1), actual: Self.nothing).sales == 3)
        // A range does not make its weekends working days; a zero target on a date does not either.
        let range = TargetRow(line: 5, dates: .range(from: Self.dec(1), to: Self.dec(31)), subject: .everyAgent,
                              targets: TargetValues(sales: 5))
        let zero = TargetRow(line: 6, dates: .day(Self.dec(19)), subject: .agent("a1"), targets: TargetValues(sales: 0))
        let ranged = TargetPlan(rows: [range, zero])
        #expect(!ranged.isWorkingDay(Self.dec(12), agent: "a1") && !ranged.isWorkingDay(Self.dec(19), agent: "a1"))
        #expect(ranged.dayTargets(agent: "a1", on: Self.dec(12), today: Self.dec(1), actual: Self.nothing) == .none)
        #expect(ranged.dayTargets(agent: "a1", on: Self.dec(11), today: Self.dec(1), actual: Self.nothing).sales == 5)
    }

    @Test func aPartTimersWeekday() {
        // a2 works Tuesdays 09:00–13:00 with 2 sales, and on Saturdays too.
        let tuesday = TargetRow(line: 2, dates: .weekday(1), subject: .agent("a2"), targets: TargetValues(sales: 2),
                                shiftMinutes: 540..<780)
        let saturday = TargetRow(line: 3, dates: .weekday(5), subject: .agent("a2"), targets: TargetValues(sales: 1))
        let teamShift = TargetRow(line: 4, dates: .day(Self.dec(31)), subject: .team, shiftMinutes: 480..<720)
        let plan = TargetPlan(rows: [tuesday, saturday, teamShift])
        #expect(plan.shiftMinutes(agent: "a2", on: Self.dec(1)) == 540..<780)
        #expect(plan.shiftMinutes(agent: "a2", on: Self.dec(2)) == nil)
        #expect(plan.shiftMinutes(agent: "a1", on: Self.dec(1)) == nil)
        // New Year's Eve ends at noon for the team and everyone without a shift of their own.
        #expect(plan.shiftMinutes(agent: nil, on: Self.dec(31)) == 480..<720)
        #expect(plan.shiftMinutes(agent: "a1", on: Self.dec(31)) == 480..<720)
        #expect(plan.dayTargets(agent: "a2", on: Self.dec(1), fallback: TargetValues(sales: 4), today: Self.dec(1),
                                actual: Self.nothing).sales == 2)
        #expect(plan.dayTargets(agent: "a2", on: Self.dec(2), fallback: TargetValues(sales: 4), today: Self.dec(1),
                                actual: Self.nothing).sales == 4)
        #expect(plan.isWorkingDay(Self.dec(5), agent: "a2") && !plan.isWorkingDay(Self.dec(5), agent: "a1"))
        #expect(!plan.isWorkingDay(Self.dec(5), agent: nil))
    }

    // MARK: precedence

    /// Line 2: everyone 5 and 3 000.00; 3: a1 on Fridays 6; 4: everyone in December 7;
    /// 5: a1 7–11 December 8; 6: everyone on 11 December 9; 7 and 8: a1 40 calls, then 50.
    static let layered = TargetPlan(rows: [
        TargetRow(line: 2, subject: .everyAgent, targets: TargetValues(sales: 5, revenue: Money(units: 3000))),
        TargetRow(line: 3, dates: .weekday(4), subject: .agent("a1"), targets: TargetValues(sales: 6)),
        TargetRow(line: 4, dates: .range(from: dec(1), to: dec(31)), subject: .everyAgent, targets: TargetValues(sales: 7)),
        TargetRow(line: 5, dates: .range(from: dec(7), to: dec(11)), subject: .agent("a1"), targets: TargetValues(sales: 8)),
        TargetRow(line: 6, dates: .day(dec(11)), subject: .everyAgent, targets: TargetValues(sales: 9)),
        TargetRow(line: 7, subject: .agent("a1"), targets: TargetValues(calls: 40)),
        TargetRow(line: 8, subject: .agent("a1"), targets: TargetValues(calls: 50)),
    ])

    @Test(arguments: [
        // Friday 4 December: the range (everyone's) beats a1's own weekday row.
        ("a1", dec(4), TargetValues(sales: 7, revenue: Money(units: 3000), calls: 50)),
        // Friday 11 December: everyone's date row beats a1's own range.
        ("a1", dec(11), TargetValues(sales: 9, revenue: Money(units: 3000), calls: 50)),
        // Wednesday 9 December: two ranges, a1's own wins.
        ("a1", dec(9), TargetValues(sales: 8, revenue: Money(units: 3000), calls: 50)),
        ("a2", dec(9), TargetValues(sales: 7, revenue: Money(units: 3000))),
        // Friday 8 January 2027, after the ranges: the weekday row; Thursday the 7th: everyone's.
        ("a1", Day(year: 2027, month: 1, day: 8), TargetValues(sales: 6, revenue: Money(units: 3000), calls: 50)),
        ("a1", Day(year: 2027, month: 1, day: 7), TargetValues(sales: 5, revenue: Money(units: 3000), calls: 50)),
        ("a2", Day(year: 2027, month: 1, day: 8), TargetValues(sales: 5, revenue: Money(units: 3000))),
    ] as [(String, Day, TargetValues)])
    func theMostSpecificRowWinsPerFigure(agent: String, day: Day, expected: TargetValues) {
        #expect(Self.layered.dayRowTargets(agent: agent, on: day) == expected)
        #expect(Self.layered.dayTargets(agent: agent, on: day, fallback: TargetValues(sales: 1, revenue: Money(units: 1), calls: 1),
                                        today: day, actual: Self.nothing)
            == TargetValues(sales: expected.sales, revenue: expected.revenue, calls: expected.calls ?? 1))
        // The team's own total is none of these.
        #expect(Self.layered.dayRowTargets(agent: nil, on: day) == .none)
    }

    @Test func aZeroTargetIsATarget() {
        let zero = TargetRow(line: 2, dates: .day(Self.dec(3)), subject: .agent("a1"), targets: TargetValues(sales: 0))
        let plan = TargetPlan(rows: [zero])
        #expect(plan.isWorkingDay(Self.dec(3), agent: "a1"))
        #expect(plan.dayTargets(agent: "a1", on: Self.dec(3), fallback: TargetValues(sales: 4, revenue: Money(units: 900)),
                                today: Self.dec(3), actual: Self.nothing) == TargetValues(sales: 0, revenue: Money(units: 900)))
    }

    @Test func anAgentWithoutATarget() {
        let plan = TargetPlan(rows: [Self.month("a1", sales: 42)])
        #expect(plan.dayTargets(agent: "a2", on: Self.dec(3), today: Self.dec(3), actual: Self.nothing) == .none)
        #expect(plan.dayTargets(agent: "a2", on: Self.dec(3), fallback: TargetValues(sales: 4), today: Self.dec(3),
                                actual: Self.nothing) == TargetValues(sales: 4))
        #expect(TargetPlan().dayTargets(agent: "a2", on: Self.dec(3), today: Self.dec(3), actual: Self.nothing) == .none)
    }

    @Test func anAbsentAgent() {
        let leave = TargetRow(line: 4, dates: .range(from: Self.dec(7), to: Self.dec(9)), subject: .agent("a1"), absent: true,
                              absenceNote: "urlop")
        let plan = TargetPlan(rows: [Self.holidays, Self.month("a1", sales: 36), leave])
        #expect(plan.isAbsent(agent: "a1", on: Self.dec(8)) && !plan.isAbsent(agent: "a1", on: Self.dec(10)))
        #expect(plan.absence(agent: "a1", on: Self.dec(8))?.absenceNote == "urlop")
        #expect(!plan.isAbsent(agent: "a2", on: Self.dec(8)))
        #expect(!plan.isWorkingDay(Self.dec(8), agent: "a1") && plan.isWorkingDay(Self.dec(8), agent: "a2"))
        #expect(plan.isWorkingDay(Self.dec(8), agent: nil))
        #expect(plan.dayTargets(agent: "a1", on: Self.dec(8), fallback: TargetValues(sales: 4), today: Self.dec(8),
                                actual: Self.nothing) == .none)
        // 21 working days less Monday to Wednesday the 7th–9th: 18; 36 ÷ 18 = 2.
        #expect(plan.workingDays(in: Period.month.days(containing: Self.dec(1)), agent: "a1").count == 18)
        #expect(plan.dayTargets(agent: "a1", on: Self.dec(1), today: Self.dec(1), actual: Self.nothing).sales == 2)
        // Back for the 8th after all (a more specific row saying no): 19 days, 36 ÷ 19 = 1.89, so 2.
        let back = TargetRow(line: 5, dates: .day(Self.dec(8)), subject: .agent("a1"), absent: false)
        let changed = TargetPlan(rows: plan.rows + [back])
        #expect(!changed.isAbsent(agent: "a1", on: Self.dec(8)) && changed.isAbsent(agent: "a1", on: Self.dec(7)))
        #expect(changed.workingDays(in: Period.month.days(containing: Self.dec(1)), agent: "a1").count == 19)
    }

    @Test func theWorkingWeekComesFromTheSettings() {
        // Monday to Saturday: December has 23 + 4 Saturdays (5, 12, 19, 26) = 27; the holidays
        // take 24, 25 and 26: 24.
        let plan = TargetPlan(rows: [Self.holidays], workingDays: Weekdays([0, 1, 2, 3, 4, 5]))
        #expect(plan.workingDays(in: Period.month.days(containing: Self.dec(1)), agent: "a1").count == 24)
        #expect(plan.isWorkingDay(Self.dec(12), agent: nil))
    }
}
