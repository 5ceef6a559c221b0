import Testing
import CallboardModel
@testable import CallboardUI

@Suite("FooterView")
struct FooterViewTests {
    static func text(_ ui: UIState, glyphs: Glyphs = .unicode, width: Int = 80) -> String {
        var s = Screen(width: width, height: 1, glyphs: glyphs)
        FooterView.draw(ui, now: now, in: s.bounds, screen: &s)
        return s.lines[0]
    }

    @Test func keysFollowFocusAndOverlay() {
        var ui = UIState(reviewer: "ewa")
        #expect(Self.text(ui) == " q quit  ? help  Tab panel  Enter details  p problems")
        ui.focus = .coaching
        #expect(Self.text(ui) == " q quit  ? help  Tab panel  Enter details  r reviewed  u undo  p problems")
        ui.overlay = .details(.call("c1"))
        #expect(Self.text(ui) == " Esc close  r reviewed  u undo  ↑↓ scroll")
        ui.overlay = .details(.agent("a1"))
        #expect(Self.text(ui) == " Esc close  ↑↓ scroll")
        ui.overlay = .problems
        #expect(Self.text(ui) == " Esc close  ↑↓ scroll  q close")
        #expect(Self.text(ui, glyphs: .ascii) == " Esc close  Up/Dn scroll  q close")
    }

    @Test func clippedToTheWidth() {
        #expect(Self.text(UIState(reviewer: "ewa"), width: 20) == " q quit  ? help  Tab")
        var ui = UIState(reviewer: "ewa")
        ui.say("Reviewed call c110 (Agnieszka Dąbrowska); u undoes it", now: now)
        #expect(Self.text(ui, width: 30) == " Reviewed call c110 (Agnieszka")   // 21 + 9 columns
    }
}
