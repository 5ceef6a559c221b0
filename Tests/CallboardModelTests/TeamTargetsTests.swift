import Testing
@testable import CallboardModel

@Suite("Team targets and pace")
struct TeamTargetsTests {
    static let roster = [
        Agent(id: "a1", name: "Łukasz", dailySalesTarget: 5, dailyRevenueTarget: Money(units: 3000)),
        Agent(id: "a2", name: "Żaneta", dailySalesTarget: 3, dailyRevenueTarget: Money(units: 2000)),
        Agent(id: "a3", name: "Ścibor", dailySalesTarget: 10, dailyRevenueTarget: Money(units: 9000), active: false),
        Agent(id: "a4", name: "Gęś"),
    ]

    @Test func targetsDefaultToTheSumOfActiveAgents() {
        let model = team(Self.roster)
        #expect(model.teamSalesTarget == 8)                      // 5 + 3; a3 is inactive
        #expect(model.teamRevenueTarget == Money(units: 5000))  // 3000 + 2000
    }

    @Test func withoutAnyTargetThereIsNoPace() {
        let model = team([Agent(id: "a4", name: "Gęś")])
        #expect(model.teamSalesTarget == nil)
        #expect(model.teamRevenueTarget == nil)
        #expect(model.salesPace(at: t(12)) == nil)
        #expect(model.revenuePace(at: t(12)) == nil)
        #expect(model.salesPace(of: model.agents[0], at: t(12)) == nil)
    }

    @Test func settingsOverrideTheSums() {
        var s = Settings()
        s.teamSalesTarget = 20
        s.teamRevenueTarget = Money(units: 15_000)
        let model = team(Self.roster, settings: s)
        #expect(model.teamSalesTarget == 20)
        #expect(model.teamRevenueTarget == Money(units: 15_000))
    }

    @Test func teamAndAgentPace() {
        var model = team(Self.roster)
        _ = model.apply(Sale(time: t(9), agent: "a1", amount: Money(units: 1000)))
        _ = model.apply(Sale(time: t(10), agent: "a2", amount: Money(units: 500)))
        // Noon is half of 08:00–16:00.
        #expect(model.salesPace(at: t(12)) == Pace(actual: 2, target: 8, shiftFraction: 0.5))
        #expect(model.salesPace(at: t(12))?.delta == -2)   // 2 − 8 × 0.5
        #expect(model.revenuePace(at: t(12)) == Pace(actual: 1500, target: 5000, shiftFraction: 0.5))
        let a1 = model.agent("a1")!
        #expect(model.salesPace(of: a1, at: t(12)) == Pace(actual: 1, target: 5, shiftFraction: 0.5))
        #expect(model.revenuePace(of: a1, at: t(12))?.delta == -500)   // 1000 − 3000 × 0.5
        #expect(model.salesPace(at: t(7))?.ratio == nil)
    }
}
