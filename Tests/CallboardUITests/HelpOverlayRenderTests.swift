import Testing
import CallboardModel
@testable import CallboardUI

/// The help overlay over the 80×24 dashboard. Its widest line is 64 columns, so the box is 68 wide
/// (64 + 4) and 18 + 2 = 20 rows high, centred in rows 1–22: x = (80 − 68) ÷ 2 = 6, y = 1 + (22 − 20) ÷ 2 = 2.
/// Every key fits without scrolling.
@Suite("HelpOverlay rendering")
struct HelpOverlayRenderTests {
    static let expected = """
         Zespół Północ  ·  Thu 26 Nov 2026  11:00:00                2 data problems (p)
         In 5  Avail 1  Call 2  Wrap 1 (1!)  Pause 1 (1!)    Sales 6/40 ▼-9  Rev ▲+1.9k
        ┌┌ Keys ──────────────────────────────────────────────────────────────────────┐┐
        ││ q                 quit (in an overlay: close it)                           ││
        ││ ?  F1             this help                                                ││
        ││ 1 2 3  Tab        focus Agents, Sales, Coaching; Tab cycles                ││
        ││ Up Down  j k      move the selection                                       ││
        ││ PgUp PgDn  Space  a page; Home End g G: first / last row                   ││
        ││ Enter             details of the selected row                              ││
        ││ a                 the page of the selected row's agent                     ││
        └│ r                 mark the selected call reviewed                          │┘
        ┌│ e                 evaluate the call: score 1-5, tags, note                 │┐
        ││ l                 play the call's recording (l or Esc stops)               ││
        ││ d                 mark the selected coaching session done                  ││
        ││ x                 dismiss the selected suggestion or pick until tomorrow   ││
        ││ u                 undo your last review, session or dismissal              ││
        ││ p                 list data problems (file:line: reason)                   ││
        ││ w                 write today's report (Markdown) to a file                ││
        ││ Esc               close an overlay, cancel a form, stop playing            ││
        ││ /  s  T           filter agents; sort the panel; next team                 ││
        ││ t  Ctrl-L         next colour theme; redraw the screen                     ││
        │└───────────────────────────────────────────────────────────────────────────▼┘│
        └──────────────────────────────────────┘└─────────────────────────────────────▼┘
         Esc close  ↑↓ scroll  q close
        """

    @Test func overTheDashboard() {
        let screen = render(width: 80, height: 24) { $0.overlay = .help }
        #expect(screen.lines == expectedLines(Self.expected))
        #expect(screen[1, 3].style == Style(.borderFocused))
        #expect(styles(of: "Ctrl-L", inRow: 20, of: screen) == Array(repeating: Style(.hotkey, [.bold]), count: 6))
    }

    @Test func scrolledOnASmallScreen() {
        // 80×16: rows 1–14 hold a 12-row box (y = 1 + 1 = 2), 78 wide, showing 10 lines, scrolled by 3.
        var ui = UIState(reviewer: "ewa")
        ui.overlay = .help
        ui.overlayScroll = 3
        let screen = render(width: 80, height: 16, ui: &ui)
        #expect(ui.overlayScroll == 3)
        let box = (2...13).map { String(screen.line($0).dropFirst(1).prefix(78)) }
        #expect(box[0].hasPrefix("┌ Keys ──") && box[0].hasSuffix("─▲┐"))
        #expect(box[1].hasPrefix("│ Up Down  j k      move the selection  "))
        #expect(box[10].hasPrefix("│ u                 undo your last review, session or dismissal  "))
        #expect(box[11].hasPrefix("└──") && box[11].hasSuffix("─▼┘"))
    }

    @Test func theFiguresFollowTheKeysWrappedUnderThemselves() {
        let lines = OverlayView.wrapped(HelpOverlay.lines(), width: 74).map { $0.map(\.text).joined() }
        let at = lines.firstIndex(of: "What the figures mean")
        #expect(at == HelpOverlay.entries.count + 1)
        // A text too long for the box goes on under itself, after the sign's column.
        let pace = try! #require(lines.firstIndex { $0.hasPrefix("▲+9.4  ▼-2.0") })
        #expect(lines[pace] == "▲+9.4  ▼-2.0            ahead of or behind pace: sales made minus the")
        #expect(lines[pace + 1] == "                        sales due by now (the target times the share of")
        #expect(lines[pace + 2] == "                        the shift gone)")
    }
}
