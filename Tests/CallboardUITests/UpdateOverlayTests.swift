import Testing
import CallboardModel
@testable import CallboardUI

@Suite("Update: overlays")
struct UpdateOverlayTests {
    @Test func scrollingAnOverlay() {
        var h = Harness()
        h.press(.help)
        #expect(h.ui.overlay == .help)
        #expect(h.ui.overlayScroll == 0)
        h.press([.down, .down, .down])
        #expect(h.ui.overlayScroll == 3)
        h.press(.up)
        #expect(h.ui.overlayScroll == 2)
        h.press(.pageUp)
        #expect(h.ui.overlayScroll == 0)
        h.press(.up)
        #expect(h.ui.overlayScroll == 0)
        h.press(.pageDown, page: 4)
        #expect(h.ui.overlayScroll == 4)
        h.press(.top)
        #expect(h.ui.overlayScroll == 0)
        h.press(.bottom)
        #expect(h.ui.overlayScroll == Int.max / 2)
    }

    @Test func renderingClampsTheScroll() {
        var h = Harness()
        h.press([.help, .bottom])
        // 80×16: the box is 12 rows (14 − 2), 10 inside, 78 wide (74 for the text): the last page.
        _ = render(context(h.model), width: 80, height: 16, ui: &h.ui)
        let lines = OverlayView.wrapped(HelpOverlay.lines(), width: 74).count
        #expect(lines > 30)
        #expect(h.ui.overlayScroll == lines - 10)
    }

    @Test func openingAnotherOverlayResetsTheScroll() {
        var h = Harness()
        h.press([.help, .down, .down, .problems])
        #expect(h.ui.overlay == .problems)
        #expect(h.ui.overlayScroll == 0)
        h.press([.down, .help])
        #expect(h.ui.overlay == .help)
        #expect(h.ui.overlayScroll == 0)
    }

    @Test func panelKeysDoNothingInAnOverlay() {
        var h = Harness()
        h.press(.open)
        let before = h.ui
        h.press([.focusNext, .focusPrevious, .focus(.coaching), .open])
        #expect(h.ui == before)
        h.press(.close)
        #expect(h.ui.overlay == nil)
        #expect(h.ui.focus == .agents)
    }
}
