import Testing
@testable import CallboardUI

@Suite("PanelFrame")
struct PanelFrameTests {
    @Test func bordersTitleAndInnerRect() {
        var s = Screen(width: 22, height: 6)
        s.fill(s.bounds, "x")
        let inner = PanelFrame.draw("Sales", hotkey: "2", in: Rect(x: 1, y: 1, width: 20, height: 4), focused: false, screen: &s)
        #expect(inner == Rect(x: 2, y: 2, width: 18, height: 2))
        #expect(s.lines == [
            "xxxxxxxxxxxxxxxxxxxxxx",
            "x┌ 2 Sales ─────────┐x",
            "x│                  │x",
            "x│                  │x",
            "x└──────────────────┘x",
            "xxxxxxxxxxxxxxxxxxxxxx",
        ])
        #expect(s[1, 1].style == Style(.border))
        #expect(s[3, 1].style == Style(.hotkey))
        #expect(s[5, 1].style == Style(.title))
        #expect(s[2, 2] == Cell.blank)
    }

    @Test func focusedFrameIsHighlightedAndTheTitleBold() {
        var s = Screen(width: 12, height: 3)
        PanelFrame.draw("Agents", in: s.bounds, focused: true, screen: &s)
        #expect(s.lines == ["┌ Agents ──┐", "│          │", "└──────────┘"])
        #expect(s[0, 0].style == Style(.borderFocused))
        #expect(s[2, 0].style == Style(.title, [.bold]))
    }

    @Test func aLongTitleLeavesTheCorner() {
        var s = Screen(width: 10, height: 3)
        PanelFrame.draw("Coaching and more", hotkey: "3", in: s.bounds, focused: false, screen: &s)
        // The title gets width − 3 = 7 columns, then one line and the corner.
        #expect(s.lines[0] == "┌ 3 Coac─┐")
    }

    @Test func asciiGlyphs() {
        var s = Screen(width: 8, height: 3, glyphs: .ascii)
        PanelFrame.draw("Hi", in: s.bounds, focused: false, screen: &s)
        #expect(s.lines == ["+ Hi --+", "|      |", "+------+"])
    }

    @Test func tooSmallDrawsNothing() {
        var s = Screen(width: 4, height: 4)
        let inner = PanelFrame.draw("X", in: Rect(x: 0, y: 0, width: 1, height: 4), focused: false, screen: &s)
        #expect(inner.isEmpty)
        #expect(s == Screen(width: 4, height: 4))
    }

    @Test func scrollMarks() {
        var s = Screen(width: 8, height: 4)
        let rect = s.bounds
        PanelFrame.draw("T", in: rect, focused: false, screen: &s)
        PanelFrame.scrollMarks(above: true, below: true, in: rect, screen: &s)
        #expect(s.lines[0] == "┌ T ──▲┐")
        #expect(s.lines[3] == "└─────▼┘")
        #expect(s[6, 0].style == Style(.hotkey, [.bold]))
    }
}
