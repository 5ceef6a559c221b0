import Testing
import CallboardModel
@testable import CallboardUI

@Suite("Update: selection")
struct UpdateSelectionTests {
    // Agents rows (priority): a2 (pause, red), a4 (wrap, amber), a1, a5 (on a call), a3 (available), a6 (offline).

    @Test func movingAndClamping() {
        var h = Harness()
        #expect(h.selected(.agents) == "a2")
        h.press(.down)
        #expect(h.selected(.agents) == "a4")
        h.press([.up, .up])
        #expect(h.selected(.agents) == "a2")
        h.press(.bottom)
        #expect(h.selected(.agents) == "a6")
        h.press(.down)
        #expect(h.ui.selectedIndex(.agents, in: h.rows) == 5)
        h.press(.pageUp)
        #expect(h.selected(.agents) == "a2")
        h.press(.pageDown, page: 3)
        #expect(h.selected(.agents) == "a5")
        h.press(.pageDown)
        #expect(h.selected(.agents) == "a6")
        h.press(.top)
        #expect(h.selected(.agents) == "a2")
    }

    @Test func eachPanelKeepsItsOwnSelection() {
        var h = Harness()
        h.press(.down)
        h.press(.focus(.sales))
        #expect(h.selected(.sales) == "a1")
        h.press(.bottom)
        #expect(h.selected(.sales) == "a6")
        #expect(h.selected(.agents) == "a4")
    }

    @Test func theSelectionFollowsTheAgentWhenRowsReorder() {
        var h = Harness()
        h.press([.down, .down, .down, .down])
        #expect(h.selected(.agents) == "a3")
        #expect(h.ui.selectedIndex(.agents, in: h.rows) == 4)
        // Grzegorz goes on a break: pauses come before calls.
        _ = h.model.apply(StatusChange(time: t(11), agent: "a3", state: .pause, reason: "break"))
        #expect(h.rows.agents.map(\.id) == ["a2", "a4", "a3", "a1", "a5", "a6"])
        #expect(h.ui.selectedIndex(.agents, in: h.rows) == 2)
        h.press(.down)
        #expect(h.selected(.agents) == "a1")
    }

    @Test func whenTheSelectedCallLeavesTheSameIndexIsSelected() {
        var h = Harness()
        h.hit(toCoaching("call:c110"))
        #expect(h.ui.selectedIndex(.coaching, in: h.rows) == 7)
        h.model.apply(.review(ReviewMark(id: "r2", time: now, call: "c110", agent: "a4", reviewer: "ewa")))
        // Agnieszka's quota is met: her line and call leave; row 7 is now Łukasz's c107.
        #expect(h.rows.coaching.map(\.key).suffix(4) == ["agent:a1", "call:c107", "agent:a5", "call:c108"])
        #expect(h.ui.selectedIndex(.coaching, in: h.rows) == 7)
        #expect(h.selected(.coaching) == "call:c107")
    }

    @Test func anEmptyPanelHasNoSelection() {
        var h = Harness(model: TeamDay(day: today, calendar: warsaw))
        h.press(.down)
        #expect(h.ui.selectedIndex(.agents, in: h.rows) == nil)
        #expect(h.ui.selections[.agents]?.key == nil)
        #expect(h.ui.selections[.agents]?.index == 0)
        h.press(.open)
        #expect(h.ui.overlay == nil)
    }

    @Test func enterOpensTheDetailsOfEachPanel() {
        var h = Harness()
        h.press(.open)
        #expect(h.ui.overlay == .details(.agent("a2")))
        h.press(.close)
        h.press([.focus(.sales), .open])
        #expect(h.ui.overlay == .details(.agent("a1")))
        h.press(.close)
        h.press([.focus(.coaching), .open])
        #expect(h.ui.overlay == .details(.coachingItem("k1")))
        h.press(.close)
        h.press([.down, .open])
        #expect(h.ui.overlay == .details(.call("c090")))
        h.press(.close)
        #expect(h.ui.overlay == nil)
        h.press([.bottom, .up, .up, .up, .open])
        #expect(h.ui.overlay == .details(.agent("a1")))
    }
}
