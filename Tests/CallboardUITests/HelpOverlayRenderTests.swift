import Testing
import CallboardModel
@testable import CallboardUI

/// The help overlay over the 80×24 dashboard. Its widest line is 60 columns, so the box is 64 wide
/// (60 + 4) and 16 + 2 = 18 rows high, centred in rows 1–22: x = (80 − 64) ÷ 2 = 8, y = 1 + (22 − 18) ÷ 2 = 3.
@Suite("HelpOverlay rendering")
struct HelpOverlayRenderTests {
    static let expected = """
         Zespół Północ  ·  Thu 26 Nov 2026  11:00:00                2 data problems (p)
         In 5  Avail 1  Ring 0  Call 2  Wrap 1  Pause 1                  Sales 6/40 ▼-9
        ┌ 1 Agents · 5 logged in ──────────────────────────────────────────────────────┐
        │Agent  ┌ Keys ────────────────────────────────────────────────────────┐Revenue│
        │Grzegor│ q                 quit (in an overlay: close it)             │    650│
        │Łukasz │ ?  F1             this help                                  │  4 499│
        │Paweł Z│ 1 2 3             focus Agents, Sales, Coaching              │  1 899│
        │Agniesz│ Tab  Shift-Tab    next / previous panel                      │  2 451│
        │Żaneta │ Up Down  j k      move the selection                         │    700│
        │Małgorz│ PgUp PgDn  Space  move a page                                │      -│
        └───────│ Home End  g G     first / last row                           │───────┘
        ┌ 2 Sale│ Enter             details of the selected row                │ate ───┐
        │Sales 6│ r                 mark the selected call reviewed            │       │
        │Rev   1│ u                 undo your last review mark                 │ compl…│
        │Agent  │ p                 list data problems (file:line: reason)     │ sale  │
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
        // 80×16: rows 1–14 hold a 12-row box (y = 1 + 1 = 2) showing 10 of 16 lines, scrolled by 3.
        var ui = UIState(reviewer: "ewa")
        ui.overlay = .help
        ui.overlayScroll = 3
        let screen = render(width: 80, height: 16, ui: &ui)
        #expect(ui.overlayScroll == 3)
        let box = (2...13).map { String(screen.line($0).dropFirst(8).prefix(64)) }
        #expect(box[0] == "┌ Keys ───────────────────────────────────────────────────────▲┐")
        #expect(box[1] == "│ Tab  Shift-Tab    next / previous panel                      │")
        #expect(box[10] == "│ Ctrl-L            redraw the screen                          │")
        #expect(box[11] == "└─────────────────────────────────────────────────────────────▼┘")
    }
}
