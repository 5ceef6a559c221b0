import Testing
@testable import CallboardModel

/// The figures of docs/kpis.md on hand-made days (shift 08:00–16:00, Europe/Warsaw).
@Suite("SalesFigures, Projection and absent agents")
struct SalesFiguresTests {
    static let roster = [
        Agent(id: "a1", name: "Anna", dailySalesTarget: 8, dailyRevenueTarget: Money(units: 2000)),
        Agent(id: "a2", name: "Bartek", dailySalesTarget: 6),
        Agent(id: "a3", name: "Celina"),
        Agent(id: "a4", name: "Dorota", dailySalesTarget: 0),
        Agent(id: "a5", name: "Edek", dailySalesTarget: 5, active: false),
    ]

    static func sale(_ agent: String, _ time: Instant, _ units: Int, call: String? = nil) -> Sale {
        Sale(time: time, agent: agent, amount: Money(units: units), callID: call)
    }

    @Test func anAgentWithNothingHasCountsButNoRates() {
        let m = team(Self.roster)
        let f = m.figures(of: m.agent("a3")!, at: t(11))
        #expect(f.calls == 0 && f.sales == 0 && f.revenue == .zero && f.loggedInSeconds == 0)
        #expect(f.conversion == nil)
        #expect(f.averageSale == nil)
        #expect(f.revenuePerHour == nil)
    }

    /// Anna: logged in 08:00; four calls; sales of 100 and 300 and a refund of 50 at 11:00.
    @Test func conversionAverageSaleAndRevenuePerHour() {
        var m = team(Self.roster)
        _ = m.apply(StatusChange(time: t(8), agent: "a1", state: .available))
        for k in 0..<4 { _ = m.apply(call("c\(k)", "a1", t(9, k * 10), 120)) }
        _ = m.apply(Self.sale("a1", t(9, 5), 100, call: "c0"))
        _ = m.apply(Self.sale("a1", t(10, 5), 300, call: "c2"))
        _ = m.apply(Self.sale("a1", t(10, 50), -50))
        let f = m.figures(of: m.agent("a1")!, at: t(11))
        #expect(f.calls == 4)
        #expect(f.sales == 2)                                   // the refund is no sale
        #expect(f.revenue == Money(units: 350))                 // 100 + 300 − 50
        #expect(f.conversion == 0.5)                            // 2 ÷ 4
        #expect(f.averageSale == Money(units: 175))             // 350 ÷ 2
        #expect(f.loggedInSeconds == 3 * 3600)                  // 08:00–11:00
        #expect(f.revenuePerHour == Money(cents: 11_666))       // 350 ÷ 3 h = 116.666…, to the cent
        #expect(m.agent("a1")!.hours.map(\.calls) == [0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0])   // 09:00; the 10:00 hour has sales
        #expect(m.agent("a1")!.hours[10] == HourTally(calls: 0, sales: 1, revenue: Money(units: 250)))
    }

    @Test func aSaleWithoutACallHasNoConversion() {
        var m = team(Self.roster)
        _ = m.apply(Self.sale("a2", t(9), 80))
        let f = m.figures(of: m.agent("a2")!, at: t(10))
        #expect(f.sales == 1 && f.calls == 0)
        #expect(f.conversion == nil)
        #expect(f.averageSale == Money(units: 80))
    }

    /// 12:00, four hours into the shift, four left: 4 sales, 2 of them in the last hour. The
    /// day's rate 1 an hour, the last hour's 2: expected 4 + 4 × 1.5 = 10, band 8 to 12.
    @Test func theProjectionWeighsTheDayAndTheLastHour() throws {
        var m = team(Self.roster)
        for (k, time) in [t(8, 30), t(9, 30), t(11, 10), t(11, 40)].enumerated() {
            _ = m.apply(Self.sale("a1", time, 100 * (k + 1)))
        }
        let p = try #require(m.projection(of: m.agent("a1")!, at: t(12)))
        #expect(p.sales == Projection(expected: 10, low: 8, high: 12))
        // Revenue 1000 so far, 700 in the last hour: rates 250 and 700 an hour.
        #expect(p.revenue == Projection(expected: 1000 + 4 * (250 + 700) / 2, low: 2000, high: 3800))
        // Half past: the hour before is 12:00 so far (nothing) and half of 11:00–12:00 (2 sales).
        #expect(m.figures(of: m.agent("a1")!, at: t(12, 30)).salesLastHour == 1)
        #expect(m.projection(of: m.agent("a1")!, at: t(7, 59)) == nil)
        let after = try #require(m.teamProjection(at: t(17)))
        #expect(after.sales == Projection(expected: 4, low: 4, high: 4))
    }

    @Test func anAgentWhoNeverCameInLeavesTheTeamTargetOnceTheShiftIsOver() {
        var m = team(Self.roster)
        _ = m.apply(StatusChange(time: t(9), agent: "a1", state: .available))
        _ = m.apply(StatusChange(time: t(15), agent: "a1", state: .offline))
        // Bartek never logs in. During the shift he still counts: 8 + 6 + 0.
        #expect(m.teamSalesTarget(at: t(12)) == 14)
        #expect(m.absentAgents(at: t(12)).isEmpty)
        // Shift over: Bartek, Celina and Dorota are absent; Anna came in. Edek is not active.
        #expect(m.absentAgents(at: t(16)).map(\.id) == ["a2", "a3", "a4"])
        #expect(m.teamSalesTarget(at: t(16)) == 8)
        #expect(m.teamSalesTarget == 14)                       // as planned
        #expect(m.teamRevenueTarget(at: t(16)) == Money(units: 2000))
        // A sale counts as coming in, even without a login.
        _ = m.apply(Self.sale("a2", t(13), 50))
        #expect(m.teamSalesTarget(at: t(16)) == 14)
        // callboard.toml's own team target stands as written.
        m.settings.teamSalesTarget = 30
        #expect(m.teamSalesTarget(at: t(16)) == 30)
    }

    @Test func aZeroTargetAndNoTargetGiveNoPaceRatio() {
        let m = team(Self.roster)
        let zero = m.salesPace(of: m.agent("a4")!, at: t(12))
        #expect(zero?.ratio == nil)
        #expect(zero?.targetMet == false)
        #expect(m.salesPace(of: m.agent("a3")!, at: t(12)) == nil)
    }

    @Test func salesAroundMidnightCountOnTheirOwnDay() {
        var m = team(Self.roster)
        _ = m.apply(Self.sale("a1", midnight - 60, 100))        // 23:59 yesterday
        _ = m.apply(Self.sale("a1", midnight + 600, 200))       // 00:10 today
        let a = m.agent("a1")!
        #expect(a.sales == 1 && a.revenue == Money(units: 200))
        #expect(a.hours == [HourTally(sales: 1, revenue: Money(units: 200))])
        #expect(a.earlier[daysAgo(1)]?.revenue == Money(units: 100))
    }

    /// 25 October 2026, when summer time ends in Warsaw: the day has 25 hours, and a sale at
    /// 23:30 is in its 25th (hour 24 from midnight).
    @Test func theDaySummerTimeEndsHasTwentyFiveHours() {
        let day = Day(year: 2026, month: 10, day: 25)
        var m = TeamDay(day: day, calendar: warsaw, roster: Self.roster)
        _ = m.apply(Self.sale("a1", warsaw.instant(day, hour: 23, minute: 30), 100))
        let a = m.agent("a1")!
        #expect(a.hours.count == 25)
        #expect(a.hours[24].sales == 1)
        #expect(m.figures(of: a, at: warsaw.instant(day, hour: 23, minute: 45)).salesLastHour == 1)
    }
}
