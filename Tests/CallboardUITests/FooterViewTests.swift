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
        #expect(Self.text(ui) == " q quit  ? help  Tab panel  Enter details  a agent  p problems")
        ui.focus = .coaching
        // The coaching keys first, then as many others as fit whole.
        #expect(Self.text(ui) == " r reviewed  e evaluate  l listen  d done  x dismiss  u undo  a agent  ? help")
        #expect(Self.text(ui, width: 120) == " r reviewed  e evaluate  l listen  d done  x dismiss  u undo  a agent  ? help  q quit"
                + "  Tab panel  p problems")
        ui.playing = "c1"
        #expect(Self.text(ui) == " l stop  r reviewed  e evaluate  d done  x dismiss  u undo  a agent  ? help")
        ui.playing = nil
        ui.overlay = .details(.call("c1"))
        #expect(Self.text(ui) == " Esc close  r reviewed  e evaluate  l listen  u undo  a agent  ↑↓ scroll")
        ui.overlay = .details(.coachingItem("k1"))
        #expect(Self.text(ui) == " Esc close  d done  a agent  ↑↓ scroll")
        ui.overlay = .details(.agent("a1"))
        #expect(Self.text(ui) == " Esc close  ↑↓ scroll")
        ui.overlay = .problems
        #expect(Self.text(ui) == " Esc close  ↑↓ scroll  q close")
        #expect(Self.text(ui, glyphs: .ascii) == " Esc close  Up/Dn scroll  q close")
    }

    @Test func clippedToTheWidth() {
        // Only whole keys: "Tab panel" does not fit in the last 4 columns.
        #expect(Self.text(UIState(reviewer: "ewa"), width: 20) == " q quit  ? help")
        var ui = UIState(reviewer: "ewa")
        ui.say("Reviewed call c110 (Agnieszka Dąbrowska); u undoes it", now: now)
        // On one line, the message is cut with an ellipsis.
        #expect(Self.text(ui, width: 30) == " Reviewed call c110 (Agniesz…")
    }

    @Test func aLongMessageTakesASecondLine() {
        var ui = UIState(reviewer: "ewa")
        ui.say("Reviewed call c110 (Agnieszka Dąbrowska); u undoes it", now: now)
        #expect(FooterView.height(ui, now: now, width: 80) == 1)
        #expect(FooterView.height(ui, now: now, width: 40) == 2)
        #expect(FooterView.height(ui, now: now + 6, width: 40) == 1, "gone after five seconds")
        var s = Screen(width: 40, height: 2)
        FooterView.draw(ui, now: now, in: s.bounds, screen: &s)
        #expect(s.lines == [" Reviewed call c110 (Agnieszka", " Dąbrowska); u undoes it"])
        // The dashboard gives it the line: the body is one row shorter.
        let screen = render(width: 40, height: 12) { $0.say("Reviewed call c110 (Agnieszka Dąbrowska); u undoes it", now: now) }
        #expect(Array(screen.lines.suffix(3)) == ["└─────────────────────────────────────▼┘", " Reviewed call c110 (Agnieszka",
                                                  " Dąbrowska); u undoes it"])
    }
}
