import Testing
import CallboardModel
@testable import CallboardUI

/// The priority order changes as states and clocks change; rows must not move under the lead's hands.
@Suite("DashboardRows: steady while keys are pressed")
struct SteadyRowsTests {
    /// The fixture with Grzegorz (a3, available) on a break from 11:00: he moves from row 4 to row 2.
    static func reordered() -> (before: DashboardRows, after: DashboardRows) {
        var model = fixtureTeam()
        let before = DashboardRows(model: model, now: now)
        _ = model.apply(StatusChange(time: now, agent: "a3", state: .pause, reason: "break"))
        return (before, DashboardRows(model: model, now: now + 1))
    }

    @Test func withinSecondsOfAKeyTheEarlierOrderStands() {
        let (before, after) = Self.reordered()
        #expect(before.agents.map(\.id) == ["a2", "a4", "a1", "a5", "a3", "a6"])
        #expect(after.agents.map(\.id) == ["a2", "a4", "a3", "a1", "a5", "a6"])
        var ui = UIState(reviewer: "ewa")
        ui.lastKeyAt = now - 2
        #expect(after.steadied(from: before, ui: ui, now: now + 1).agents.map(\.id) == ["a2", "a4", "a1", "a5", "a3", "a6"])
        // Five seconds after the key the new order applies.
        ui.lastKeyAt = now - 5
        #expect(after.steadied(from: before, ui: ui, now: now + 1).agents.map(\.id) == ["a2", "a4", "a3", "a1", "a5", "a6"])
    }

    @Test func theSelectedRowKeepsItsPlace() {
        let (before, after) = Self.reordered()
        var ui = UIState(reviewer: "ewa")
        ui.select(.agents, index: 2, in: before)
        #expect(ui.selections[.agents]?.key == "a1")
        // a1 stays on row 2 where the lead is looking; Grzegorz comes right after it.
        let steady = after.steadied(from: before, ui: ui, now: now + 60)
        #expect(steady.agents.map(\.id) == ["a2", "a4", "a1", "a3", "a5", "a6"])
        #expect(ui.selectedIndex(.agents, in: steady) == 2)
    }

    @Test func newRowsComeAfterTheKeptOnes() {
        #expect(DashboardRows.keepingOrder(["c", "x", "a", "b"], of: ["a", "b", "c"], key: { $0 }) == ["a", "b", "c", "x"])
        #expect(DashboardRows.keepingOrder(["y", "x"], of: ["a"], key: { $0 }) == ["y", "x"])
        #expect(DashboardRows.pinning(["a", "b", "c", "d"], key: "d", at: 1, keyOf: { $0 }) == ["a", "d", "b", "c"])
        #expect(DashboardRows.pinning(["a", "b"], key: "a", at: 9, keyOf: { $0 }) == ["b", "a"])
        #expect(DashboardRows.pinning(["a", "b"], key: "z", at: 0, keyOf: { $0 }) == ["a", "b"])
    }

    @Test func aKeyIsRememberedButAResizeIsNot() {
        var h = Harness()
        h.hit(.resize)
        #expect(h.ui.lastKeyAt == nil)
        h.hit(.down)
        #expect(h.ui.lastKeyAt == now)
    }
}
