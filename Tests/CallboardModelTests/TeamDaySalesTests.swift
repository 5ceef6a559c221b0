import Testing
@testable import CallboardModel

@Suite("TeamDay.apply(Sale)")
struct TeamDaySalesTests {
    static let roster = [Agent(id: "a1", name: "Łukasz"), Agent(id: "a2", name: "Żaneta")]

    @Test func aRefundLowersRevenueWithoutCountingASale() {
        var model = team(Self.roster)
        #expect(model.apply(Sale(time: t(9), agent: "a1", amount: Money(cents: 129_900), callID: "c1")) == nil)
        #expect(model.apply(Sale(time: t(10), agent: "a1", amount: Money(cents: 50_050))) == nil)
        #expect(model.apply(Sale(time: t(11), agent: "a1", amount: Money(cents: -19_999), callID: "c1")) == nil)
        let a = model.agent("a1")!
        #expect(a.sales == 2)
        // 1299.00 + 500.50 − 199.99 = 1599.51
        #expect(a.revenue == Money(cents: 159_951))
        // c1: 1299.00 − 199.99 = 1099.01
        #expect(model.saleByCall == ["c1": Money(cents: 109_901)])
    }

    @Test func aZeroAmountCountsAsASale() {
        var model = team(Self.roster)
        _ = model.apply(Sale(time: t(9), agent: "a2", amount: .zero, callID: "c7"))
        #expect(model.agent("a2")?.sales == 1)
        #expect(model.saleByCall["c7"] == .zero)
    }

    @Test func teamTotals() {
        var model = team(Self.roster)
        _ = model.apply(Sale(time: t(9), agent: "a1", amount: Money(units: 100)))
        _ = model.apply(Sale(time: t(9), agent: "a2", amount: Money(units: 250)))
        _ = model.apply(Sale(time: t(9), agent: "a2", amount: Money(units: -50)))
        #expect(model.teamSales == 2)
        #expect(model.teamRevenue == Money(units: 300))
    }

    @Test func salesOutsideTheDayOrAfterTheCutoffAreIgnored() {
        var model = team(Self.roster, cutoff: t(12))
        _ = model.apply(Sale(time: midnight - 1, agent: "a1", amount: Money(units: 1), callID: "y"))
        _ = model.apply(Sale(time: t(12, 0, 1), agent: "a1", amount: Money(units: 2), callID: "late"))
        _ = model.apply(Sale(time: midnight + 86_400, agent: "a1", amount: Money(units: 4)))
        _ = model.apply(Sale(time: t(12), agent: "a1", amount: Money(units: 8)))
        #expect(model.agent("a1")?.sales == 1)
        #expect(model.agent("a1")?.revenue == Money(units: 8))
        #expect(model.saleByCall.isEmpty)
    }

    @Test func anUnknownAgentIsRejected() {
        var model = team(Self.roster)
        #expect(model.apply(Sale(time: t(9), agent: "a9", amount: Money(units: 1)))?.description == "unknown agent 'a9'")
        #expect(model.teamRevenue == .zero)
    }
}
