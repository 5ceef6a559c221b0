import Testing
import CallboardModel
@testable import CallboardUI

/// Overlays are centred in rows 1–22 of the 80×24 screen; each box is (widest line + 4) wide, at
/// least 40, and (lines + 2) high.
@Suite("DetailsOverlay")
struct DetailsOverlayTests {
    @Test func callDetails() {
        // Widest line 47 → 51 wide; 11 lines → 13 high: x = (80 − 51) ÷ 2 = 14, y = 1 + 9 ÷ 2 = 5.
        // Sale 899.99 shows rounded to 900. The recording path is shown, and that no player is set.
        let screen = render(width: 80, height: 24) { $0.overlay = .details(.call("c106")) }
        #expect(region(screen, x: 14, y: 5, width: 51, height: 13) == expectedLines("""
            ┌ Call c106 ──────────────────────────────────────┐
            │ Agent       Żaneta Wiśniewska                   │
            │ Started     2026-11-26 09:05:00                 │
            │ Duration    5:00                                │
            │ Outcome     sale                                │
            │ Direction   inbound                             │
            │ Customer    Jan Kowalski                        │
            │ Sale        900 PLN                             │
            │ Recording   rec/c106.wav                        │
            │             no player set in callboard.toml     │
            │ Flagged     yes                                 │
            │ Reviewed    not yet: r marks it, e evaluates it │
            └─────────────────────────────────────────────────┘
            """))
        #expect(styles(of: "yes", inRow: 15, of: screen) == [Style(.warning), Style(.warning), Style(.warning)])
        #expect(screen.line(23).hasPrefix(" Esc close  r reviewed  e evaluate  l listen  u undo  a agent  ↑↓ scroll"))
    }

    @Test func reviewedCallDetails() {
        var model = fixtureTeam()
        model.apply(.review(ReviewMark(id: "r2", time: t(10, 50), call: "c105", agent: "a3", reviewer: "marta", score: 4,
                                       tags: ["greeting", "closing"], note: "Dobre otwarcie, zabrakło pytania o budżet")))
        model.apply(.undo(UndoMark(id: "u2", time: t(10, 51), target: "r2", reviewer: "marta")))
        model.apply(.review(ReviewMark(id: "r3", time: t(10, 52), call: "c105", agent: "a3", reviewer: "marta", score: 5)))
        let (title, lines) = DetailsOverlay.content(.call("c105"), context(model))
        #expect(title == "Call c105")
        let text = lines.map { $0.map(\.text).joined() }
        // The latest standing review stands; every review is listed, newest first, the undone one marked.
        #expect(text.firstIndex(of: "Reviewed    2026-11-26 10:52:00 by marta") != nil)
        #expect(Array(text.suffix(5)) == [
            "Reviews",
            "  26.11 10:52  c105  5/5  marta",
            "  26.11 10:50  c105  4/5  greeting, closing  marta  (undone)",
            "      \u{201C}Dobre otwarcie, zabrakło pytania o budżet\u{201D}",
            "  26.11 10:45  c105  marked  ewa",
        ])
        #expect(lines[text.firstIndex(of: "  26.11 10:52  c105  5/5  marta")!][2].style == Style(.targetMet, [.bold]))
        let gone = DetailsOverlay.content(.call("zzz"), context())
        #expect(gone.0 == "Call zzz")
        #expect(gone.1.map { $0.map(\.text).joined() } == ["This call is no longer in today's data."])
    }

    @Test func recordingPathURLAndPlayer() {
        var model = fixtureTeam()
        model.settings.recordingDirectory = "/var/spool/asterisk/monitor"
        model.settings.recordingURL = "https://pbx.example/rec/{file}?call={call}"
        model.settings.player = ["mpv", "--no-video", "{file}"]
        var ctx = context(model)
        var text = DetailsOverlay.content(.call("c106"), ctx).1.map { $0.map(\.text).joined() }
        #expect(text.contains("Recording   /var/spool/asterisk/monitor/rec/c106.wav"))
        #expect(text.contains("Open at     https://pbx.example/rec/rec/c106.wav?call=c106"))
        #expect(text.contains("            l plays it"))
        ctx.playing = "c106"
        text = DetailsOverlay.content(.call("c106"), ctx).1.map { $0.map(\.text).joined() }
        #expect(text.contains("            ▶ playing: l or Esc stops"))
        // A call without a recording says so.
        #expect(DetailsOverlay.content(.call("c101"), ctx).1.map { $0.map(\.text).joined() }.contains("Recording   none"))
    }

    @Test func agentPage() {
        // Widest line 61 → 65 wide; the page is longer than the 20 rows there are: x = 7, y = 2, scrolls (▼).
        // Available 08:00–09:40 and 09:52–10:52:30 = 6000 + 3630 s = 2h40m; pause 12 min; call 7:30 so far.
        // Pace: 2 sales against 2 × 0.375 = 0.75 expected → +1.25 → +1.3. The week so far is today.
        let screen = render(width: 80, height: 24) { $0.overlay = .details(.agent("a1")) }
        #expect(region(screen, x: 7, y: 2, width: 65, height: 20) == expectedLines("""
            ┌ Łukasz Nowak ─────────────────────────────────────────────────┐
            │ State         call since 10:52 (7:30)                         │
            │ Team          Północ                                          │
            │                                                               │
            │               Today                 This week (1 working day) │
            │ Calls         3, talk 33m           3, talk 33m               │
            │ Sales         2 of 2 (+1.3)         2 of 2                    │
            │ Revenue       4 499 PLN of 3 000    4 499 PLN                 │
            │ Conversion    67%                   67%                       │
            │ available     2h40m                 2h40m                     │
            │ call          7m                    7m                        │
            │ pause         12m                   12m                       │
            │ Pauses today  break 12m                                       │
            │                                                               │
            │ Reviews       0 today, 0 of 5 this week, 1 waiting            │
            │ Last 1:1      none on record                                  │
            │                                                               │
            │ Calls today                                                   │
            │ 10:00   25:00 sale           c112                             │
            └──────────────────────────────────────────────────────────────▼┘
            """))
    }

    @Test func pausedAgentAndFlaggedCallInDetails() {
        let (title, lines) = DetailsOverlay.content(.agent("a2"), context())
        #expect(title == "Żaneta Wiśniewska")
        let text = lines.map { $0.map(\.text).joined() }
        #expect(text[0] == "State         pause (break) since 10:25 (35:00)")
        #expect(text.contains("09:05    5:00 sale           c106 flagged"))
        #expect(DetailsOverlay.content(.agent("zz"), context()).1.map { $0.map(\.text).joined() } == ["No agent zz"])
    }

    @Test func coachingItemDetails() {
        let (title, lines) = DetailsOverlay.content(.coachingItem("k1"), context())
        #expect(title == "Obsługa reklamacji")
        #expect(lines.map { $0.map(\.text).joined() } == [
            "Who         Żaneta Wiśniewska", "Kind        one-on-one", "Due         2026-11-23 (overdue)",
            "            d marks it done (with a note)",
        ])
        #expect(lines[2][1].style == Style(.overdue, [.bold]))
        // A done item is not on the agenda but can still be shown.
        let done = DetailsOverlay.content(.coachingItem("k6"), context())
        #expect(done.1.map { $0.map(\.text).joined() } == [
            "Who         Agnieszka Dąbrowska", "Kind        one-on-one", "Due         2026-11-20", "Done        2026-11-20",
        ])
        // Done through the journal (d), with its note.
        var model = fixtureTeam()
        model.apply(.session(SessionMark(id: "s1", time: t(10, 30), item: "k1", agent: "a2", kind: .oneOnOne,
                                         note: "Omówione reklamacje", reviewer: "ewa")))
        #expect(DetailsOverlay.content(.coachingItem("k1"), context(model)).1.map { $0.map(\.text).joined() } == [
            "Who         Żaneta Wiśniewska", "Kind        one-on-one", "Due         2026-11-23",
            "Done        2026-11-26", "Note        Omówione reklamacje",
        ])
        #expect(DetailsOverlay.content(.coachingItem("k9"), context()).0 == "Coaching")
    }
}
