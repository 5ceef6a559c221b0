import Testing
import CallboardModel
@testable import CallboardUI

@Suite("Update: focus, quit, redraw")
struct UpdateFocusTests {
    @Test func focusCyclesBothWays() {
        var h = Harness()
        #expect(h.ui.focus == .agents)
        h.press(.focusNext)
        #expect(h.ui.focus == .sales)
        h.press(.focusNext)
        #expect(h.ui.focus == .coaching)
        h.press(.focusNext)
        #expect(h.ui.focus == .agents)
        h.press(.focusPrevious)
        #expect(h.ui.focus == .coaching)
        h.press(.focusPrevious)
        #expect(h.ui.focus == .sales)
        h.press(.focus(.agents))
        #expect(h.ui.focus == .agents)
    }

    /// `next` and `previous` take a panel's raw value as its place in `allCases`: so they are.
    @Test func panelsCycleInTheOrderOfAllCases() {
        #expect(PanelID.allCases.map(\.rawValue) == Array(PanelID.allCases.indices))
        #expect(PanelID.allCases.map(\.next) == [.sales, .coaching, .agents])
        #expect(PanelID.allCases.map(\.previous) == [.coaching, .agents, .sales])
    }

    @Test func quit() {
        var h = Harness()
        #expect(h.press(.quit).isEmpty)
        #expect(h.ui.quitting)
        var o = Harness()
        o.press(.help)
        o.press(.quit)
        #expect(o.ui.quitting)
    }

    @Test func redrawAsksForAFullRedraw() {
        var h = Harness()
        #expect(h.press(.redraw) == [.redrawAll])
        h.press(.help)
        #expect(h.press(.redraw) == [.redrawAll])
        #expect(h.ui.overlay == .help)
    }

    @Test func closeWithoutAnOverlayClearsTheMessage() {
        var h = Harness()
        // Agents has the focus: no call is selected to mark reviewed, and the message says where to pick one.
        h.press(.markReviewed)
        #expect(h.ui.message == StatusMessage(text: "Select a call to review in Coaching (press 3)", isError: false, until: now + 5))
        h.press(.close)
        #expect(h.ui.message == nil)
        #expect(h.ui.overlay == nil)
    }

    @Test func noneChangesNothing() {
        var h = Harness()
        let before = h.ui
        #expect(h.press(.none).isEmpty)
        #expect(h.ui == before)
    }
}
