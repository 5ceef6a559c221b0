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
        h.press(.markReviewed)
        #expect(h.ui.message != nil)
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
