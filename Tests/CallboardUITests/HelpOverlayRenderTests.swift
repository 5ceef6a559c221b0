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
         In 5  Avail 1  Ring 0  Call 2  Wrap 1  Pause 1                  Sales 6/40 ▼-9
        ┌ 1 Ag┌ Keys ────────────────────────────────────────────────────────────┐─────┐
        │Agent│ q                 quit (in an overlay: close it)                 │venue│
        │Grzeg│ ?  F1             this help                                      │  650│
        │Łukas│ 1 2 3  Tab        focus Agents, Sales, Coaching; Tab cycles      │4 499│
        │Paweł│ Up Down  j k      move the selection                             │1 899│
        │Agnie│ PgUp PgDn  Space  a page; Home End g G: first / last row         │2 451│
        │Żanet│ Enter             details of the selected row                    │  700│
        │Małgo│ a                 the page of the selected row's agent           │    -│
        └─────│ r                 mark the selected call reviewed                │─────┘
        ┌ 2 Sa│ e                 evaluate the call: score 1-5, tags, note       │e ───┐
        │Sales│ l                 play the call's recording (l or Esc stops)     │     │
        │Rev  │ d                 mark the selected coaching session done        │k    │
        │Agent│ x                 dismiss the selected suggestion until tomorrow │     │
        │Łukas│ u                 undo your last review, session or dismissal    │k    │
        │Agnie│ p                 list data problems (file:line: reason)         │     │
        │Paweł│ w                 write today's report (Markdown) to a file      │k    │
        │Żanet│ Esc               close an overlay, cancel a form, stop playing  │     │
        │Grzeg│ /  s  T           filter agents; sort the panel; next team       │k    │
        │Małgo│ t  Ctrl-L         next colour theme; redraw the screen           │     │
        │     └──────────────────────────────────────────────────────────────────┘k    │
        └──────────────────────────────────────┘└─────────────────────────────────────▼┘
         Esc close  ↑↓ scroll  q close
        """

    @Test func overTheDashboard() {
        let screen = render(width: 80, height: 24) { $0.overlay = .help }
        #expect(screen.lines == expectedLines(Self.expected))
        #expect(screen[6, 3].style == Style(.borderFocused))
        #expect(styles(of: "Ctrl-L", inRow: 19, of: screen).allSatisfy { $0 == Style(.hotkey, [.bold]) })
    }

    @Test func scrolledOnASmallScreen() {
        // 80×16: rows 1–14 hold a 12-row box (y = 1 + 1 = 2) showing 10 of 18 lines, scrolled by 3.
        var ui = UIState(reviewer: "ewa")
        ui.overlay = .help
        ui.overlayScroll = 3
        let screen = render(width: 80, height: 16, ui: &ui)
        #expect(ui.overlayScroll == 3)
        let box = (2...13).map { String(screen.line($0).dropFirst(6).prefix(68)) }
        #expect(box[0] == "┌ Keys ───────────────────────────────────────────────────────────▲┐")
        #expect(box[1] == "│ Up Down  j k      move the selection                             │")
        #expect(box[10] == "│ u                 undo your last review, session or dismissal    │")
        #expect(box[11] == "└─────────────────────────────────────────────────────────────────▼┘")
    }
}
