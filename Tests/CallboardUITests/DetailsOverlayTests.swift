import Testing
import CallboardModel
@testable import CallboardUI

/// Overlays are centred in rows 1–22 of the 80×24 screen; each box is (widest line + 4) wide, at
/// least 40, and (lines + 2) high.
@Suite("DetailsOverlay")
struct DetailsOverlayTests {
    @Test func callDetails() {
        // Widest line 31 → the 40 minimum; 10 lines → 12 high: x = 20, y = 1 + 10 ÷ 2 = 6.
        // Sale 899.99 shows rounded to 900.
        let screen = render(width: 80, height: 24) { $0.overlay = .details(.call("c106")) }
        #expect(region(screen, x: 20, y: 6, width: 40, height: 12) == expectedLines("""
            ┌ Call c106 ───────────────────────────┐
            │ Agent       Żaneta Wiśniewska        │
            │ Started     2026-11-26 09:05:00      │
            │ Duration    5:00                     │
            │ Outcome     sale                     │
            │ Direction   inbound                  │
            │ Customer    Jan Kowalski             │
            │ Sale        900 PLN                  │
            │ Recording   rec/c106.wav             │
            │ Flagged     yes                      │
            │ Reviewed    not yet: press r         │
            └──────────────────────────────────────┘
            """))
        #expect(styles(of: "yes", inRow: 15, of: screen) == [Style(.warning), Style(.warning), Style(.warning)])
        #expect(screen.line(23).hasPrefix(" Esc close  r reviewed  u undo  ↑↓ scroll"))
    }

    @Test func reviewedCallDetails() {
        let (title, lines) = DetailsOverlay.content(.call("c105"), context())
        #expect(title == "Call c105")
        #expect(lines.last?.map(\.text).joined() == "Reviewed    2026-11-26 10:45:00 by ewa")
        #expect(lines.last?.last?.style == Style(.targetMet))
        let gone = DetailsOverlay.content(.call("zzz"), context())
        #expect(gone.0 == "Call zzz")
        #expect(gone.1.map { $0.map(\.text).joined() } == ["This call is no longer in today's data."])
    }

    @Test func agentDetails() {
        // Widest line 47 → 51 wide; 13 lines → 15 high: x = (80 − 51) ÷ 2 = 14, y = 1 + 7 ÷ 2 = 4.
        // Available 08:00–09:40 and 09:52–10:52:30 = 6000 + 3630 s = 2h40m; pause 12 min; call 7:30 so far.
        // Pace: 2 sales against 2 × 0.375 = 0.75 expected → +1.25 → +1.3.
        let screen = render(width: 80, height: 24) { $0.overlay = .details(.agent("a1")) }
        #expect(region(screen, x: 14, y: 4, width: 51, height: 15) == expectedLines("""
            ┌ Łukasz Nowak ───────────────────────────────────┐
            │ State       call                                │
            │ Since       2026-11-26 10:52:30 (7:30)          │
            │ Team        Północ                              │
            │ Calls       3, talk 33m                         │
            │ Sales       2 of 2, +1.3 vs pace                │
            │ Revenue     4 499 PLN of 3 000                  │
            │ Time today  available 2h40m, call 7m, pause 12m │
            │ Reviews     0 today (quota 1)                   │
            │                                                 │
            │ Calls today                                     │
            │ 10:00   25:00 sale           c112               │
            │ 09:15    1:35 no sale        c107               │
            │ 08:10    7:00 sale           c101               │
            └─────────────────────────────────────────────────┘
            """))
    }

    @Test func pausedAgentAndFlaggedCallInDetails() {
        let (title, lines) = DetailsOverlay.content(.agent("a2"), context())
        #expect(title == "Żaneta Wiśniewska")
        let text = lines.map { $0.map(\.text).joined() }
        #expect(text[0] == "State       pause (break)")
        #expect(text.contains("09:05    5:00 sale           c106 flagged"))
        #expect(DetailsOverlay.content(.agent("zz"), context()).1.map { $0.map(\.text).joined() } == ["No agent zz"])
    }

    @Test func coachingItemDetails() {
        let (title, lines) = DetailsOverlay.content(.coachingItem("k1"), context())
        #expect(title == "Obsługa reklamacji")
        #expect(lines.map { $0.map(\.text).joined() } == [
            "Who         Żaneta Wiśniewska", "Kind        one-on-one", "Due         2026-11-23 (overdue)",
        ])
        #expect(lines[2][1].style == Style(.overdue, [.bold]))
        // A done item is not on the agenda but can still be shown.
        let done = DetailsOverlay.content(.coachingItem("k6"), context())
        #expect(done.1.map { $0.map(\.text).joined() } == [
            "Who         Agnieszka Dąbrowska", "Kind        one-on-one", "Due         2026-11-20", "Done        2026-11-20",
        ])
        #expect(DetailsOverlay.content(.coachingItem("k9"), context()).0 == "Coaching")
    }
}
