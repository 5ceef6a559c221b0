import Testing
import CallboardModel
@testable import CallboardUI

@Suite("DashboardRows")
struct DashboardRowsTests {
    @Test func fixtureRows() {
        let rows = DashboardRows(model: fixtureTeam())
        // By state, then name in Polish order: "Łukasz" before "Paweł". Inactive Ścibor is left out.
        #expect(rows.agents.map(\.id) == ["a3", "a1", "a5", "a4", "a2", "a6"])
        // By revenue: 4499.00, 2450.50, 1899.00, 700.00, 650.00, 0.
        #expect(rows.sales.map(\.id) == ["a1", "a4", "a5", "a2", "a3", "a6"])
        // Flagged c090 (yesterday) and c106; quota 1: Agnieszka c110, Łukasz c107, Paweł c108
        // (Małgorzata and Żaneta have a flagged call pending, Grzegorz a review today).
        #expect(rows.coaching.map(\.key) == ["call:c090", "call:c106", "call:c110", "call:c107", "call:c108",
                                              "item:k1", "item:k2", "item:k3", "item:k4"])
        #expect(rows.count(.coaching) == 9)
        #expect(rows.key(.sales, 6) == nil)
        #expect(rows.index(.agents, key: "a7") == nil)
    }

    @Test func anInactiveAgentStillLoggedInIsShown() {
        var model = fixtureTeam()
        _ = model.apply(StatusChange(time: t(10), agent: "a7", state: .available))
        let rows = DashboardRows(model: model)
        #expect(rows.agents.map(\.id) == ["a3", "a7", "a1", "a5", "a4", "a2", "a6"])
        // Not in the sales ranking.
        #expect(!rows.sales.contains { $0.id == "a7" })
    }
}
