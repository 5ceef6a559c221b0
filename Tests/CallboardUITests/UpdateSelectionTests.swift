import Testing
import CallboardModel
@testable import CallboardUI

@Suite("Update: selection")
struct UpdateSelectionTests {
    // Agents rows: a3, a1, a5, a4, a2, a6.

    @Test func movingAndClamping() {
        var h = Harness()
        #expect(h.selected(.agents) == "a3")
        h.press(.down)
        #expect(h.selected(.agents) == "a1")
        h.press([.up, .up])
        #expect(h.selected(.agents) == "a3")
        h.press(.bottom)
        #expect(h.selected(.agents) == "a6")
        h.press(.down)
        #expect(h.ui.selectedIndex(.agents, in: h.rows) == 5)
        h.press(.pageUp)
        #expect(h.selected(.agents) == "a3")
        h.press(.pageDown, page: 3)
        #expect(h.selected(.agents) == "a4")
        h.press(.pageDown)
        #expect(h.selected(.agents) == "a6")
        h.press(.top)
        #expect(h.selected(.agents) == "a3")
    }

    @Test func eachPanelKeepsItsOwnSelection() {
        var h = Harness()
        h.press(.down)
        h.press(.focus(.sales))
        #expect(h.selected(.sales) == "a1")
        h.press(.bottom)
        #expect(h.selected(.sales) == "a6")
        #expect(h.selected(.agents) == "a1")
    }

    @Test func theSelectionFollowsTheAgentWhenRowsReorder() {
        var h = Harness()
        h.press(.down)
        #expect(h.ui.selectedIndex(.agents, in: h.rows) == 1)
        // Łukasz goes on a break: pause sorts after wrap, and "Łukasz" before "Żaneta".
        _ = h.model.apply(StatusChange(time: t(11), agent: "a1", state: .pause, reason: "break"))
        #expect(h.rows.agents.map(\.id) == ["a3", "a5", "a4", "a1", "a2", "a6"])
        #expect(h.ui.selectedIndex(.agents, in: h.rows) == 3)
        h.press(.down)
        #expect(h.selected(.agents) == "a2")
    }

    @Test func whenTheSelectedCallLeavesTheSameIndexIsSelected() {
        var h = Harness()
        h.press([.focus(.coaching), .down, .down, .down, .down, .down])
        #expect(h.selected(.coaching) == "call:c110")
        h.model.apply(.review(ReviewMark(id: "r2", time: now, call: "c110", agent: "a4", reviewer: "ewa")))
        // Agnieszka's quota is met: her line and call leave; row 5 is now Łukasz's c107.
        #expect(h.rows.coaching.map(\.key).prefix(6) == ["agent:a6", "call:c090", "agent:a2", "call:c106", "agent:a1", "call:c107"])
        #expect(h.ui.selectedIndex(.coaching, in: h.rows) == 5)
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
        #expect(h.ui.overlay == .details(.agent("a3")))
        h.press(.close)
        h.press([.focus(.sales), .open])
        #expect(h.ui.overlay == .details(.agent("a1")))
        h.press(.close)
        h.press([.focus(.coaching), .open])
        #expect(h.ui.overlay == .details(.agent("a6")))
        h.press(.close)
        h.press([.down, .open])
        #expect(h.ui.overlay == .details(.call("c090")))
        h.press(.close)
        #expect(h.ui.overlay == nil)
        h.press([.bottom, .up, .up, .up, .open])
        #expect(h.ui.overlay == .details(.coachingItem("k1")))
    }
}
