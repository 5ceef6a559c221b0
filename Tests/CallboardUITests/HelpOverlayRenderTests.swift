import Testing
import CallboardModel
@testable import CallboardUI

/// The help overlay over the 80×24 dashboard. Its widest line is 60 columns, so the box is 64 wide
/// (60 + 4) and 17 + 2 = 19 rows high, centred in rows 1–22: x = (80 − 64) ÷ 2 = 8, y = 1 + (22 − 19) ÷ 2 = 2.
@Suite("HelpOverlay rendering")
struct HelpOverlayRenderTests {
    static let expected = """
         Zespół Północ  ·  Thu 26 Nov 2026  11:00:00                2 data problems (p)
         In 5  Avail 1  Ring 0  Call 2  Wrap 1  Pause 1                  Sales 6/40 ▼-9
        ┌ 1 Agen┌ Keys ────────────────────────────────────────────────────────┐───────┐
        │Agent  │ q                 quit (in an overlay: close it)             │Revenue│
        │Grzegor│ ?  F1             this help                                  │    650│
        │Łukasz │ 1 2 3             focus Agents, Sales, Coaching              │  4 499│
        │Paweł Z│ Tab  Shift-Tab    next / previous panel                      │  1 899│
        │Agniesz│ Up Down  j k      move the selection                         │  2 451│
        │Żaneta │ PgUp PgDn  Space  move a page                                │    700│
        │Małgorz│ Home End  g G     first / last row                           │      -│
        └───────│ Enter             details of the selected row                │───────┘
        ┌ 2 Sale│ r                 mark the selected call reviewed            │ate ───┐
        │Sales 6│ u                 undo your last review mark                 │       │
        │Rev   1│ p                 list data problems (file:line: reason)     │ compl…│
        │Agent  │ w                 write today's report (Markdown) to a file  │ sale  │
        │Łukasz │ Esc               close an overlay                           │ no sa…│
        │Agniesz│ Ctrl-L            redraw the screen                          │ no sa…│
        │Paweł Z│                                                              │0 sale │
        │Żaneta │ Amber and red times: thresholds in callboard.toml.           │a rekl…│
        │Grzegor│ Reviews are appended to reviews.jsonl in the data directory. │ cennik│
        │Małgorz└──────────────────────────────────────────────────────────────┘amykan…│
        │                                      ││in 6d   Grzegorz Br… review Rozmowa c…│
        └──────────────────────────────────────┘└──────────────────────────────────────┘
         Esc close  ↑↓ scroll  q close
        """

    @Test func overTheDashboard() {
        let screen = render(width: 80, height: 24) { $0.overlay = .help }
        #expect(screen.lines == expectedLines(Self.expected))
        #expect(screen[8, 3].style == Style(.borderFocused))
        #expect(styles(of: "Ctrl-L", inRow: 16, of: screen).allSatisfy { $0 == Style(.hotkey, [.bold]) })
    }

    @Test func scrolledOnASmallScreen() {
        // 80×16: rows 1–14 hold a 12-row box (y = 1 + 1 = 2) showing 10 of 17 lines, scrolled by 3.
        var ui = UIState(reviewer: "ewa")
        ui.overlay = .help
        ui.overlayScroll = 3
        let screen = render(width: 80, height: 16, ui: &ui)
        #expect(ui.overlayScroll == 3)
        let box = (2...13).map { String(screen.line($0).dropFirst(8).prefix(64)) }
        #expect(box[0] == "┌ Keys ───────────────────────────────────────────────────────▲┐")
        #expect(box[1] == "│ Tab  Shift-Tab    next / previous panel                      │")
        #expect(box[10] == "│ Esc               close an overlay                           │")
        #expect(box[11] == "└─────────────────────────────────────────────────────────────▼┘")
    }
}
