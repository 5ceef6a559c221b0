import Testing
import CallboardModel
import CallboardText
@testable import CallboardUI

/// Below 60×16 the focused panel has the screen to itself; 1 2 3 and Tab switch panels.
@Suite("DashboardView: compact layout and large terminals")
struct CompactLayoutRenderTests {
    @Test func agentsAt40x12() {
        // Header 2 rows (narrow: the clock before the team's name; of the counts, who is in, the
        // states with agents over a limit and the pauses), body rows 2–10, footer 11.
        let screen = render(width: 40, height: 12)
        #expect(screen.lines == expectedLines("""
             11:00:00  ·  Zespół Północ
             In 5  Wrap 1 (1!)  Pause 1 (1!)
            ┌ 1 Agents · 5 logged in ──────────────┐
            │Agent              State          Time│
            │Żaneta Wiśniewska  pause       35:00!!│
            │Agnieszka Dąbrows… wrap          4:00!│
            │Łukasz Nowak       call           7:30│
            │Paweł Zając        call           0:45│
            │Grzegorz Brzęczys… available      1:40│
            │Małgorzata Kowalc… offline       30:00│
            └──────────────────────────────────────┘
             q quit  ? help  Tab panel
            """))
        // Only the focused panel is where the mouse can find one.
        var ui = UIState(reviewer: "ewa")
        _ = render(width: 40, height: 12, ui: &ui)
        #expect(Array(ui.layout.keys) == [.agents])
        #expect(ui.layout[.agents] == PanelPlace(frame: Rect(x: 0, y: 2, width: 40, height: 9), firstRow: 4, visibleRows: 6))
    }

    @Test func coachingAt40x12() {
        let screen = render(width: 40, height: 12) { $0.focus = .coaching }
        #expect(screen.lines == expectedLines("""
             11:00:00  ·  Zespół Północ
             In 5  Wrap 1 (1!)  Pause 1 (1!)
            ┌ 3 Coaching · 5 to review · 1 late ───┐
            │When    Who          What             │
            │3d late Żaneta Wiśn… 1:1 Obsługa rekl…│
            │flagged Małgorzata…  25.11 3:20 compl…│
            │flagged Żaneta Wiśn… 09:05 5:00 sale  │
            │today   Team         group Nowy cennik│
            │in 2d   Paweł Zając  training Zamykan…│
            │in 6d   Grzegorz Br… review Rozmowa c…│
            └─────────────────────────────────────▼┘
             r reviewed  e evaluate  l listen
            """))
    }

    @Test func theSmallestCompactScreen() {
        let screen = render(width: 30, height: 8)
        #expect(screen.lines[0] == " 11:00:00  ·  Zespół Północ")
        #expect(screen.lines[2].hasPrefix("┌ 1 Agents · 5 logged in"))
        #expect(screen.lines[7] == " q quit  ? help  Tab panel")
    }

    @Test func aLargeTerminalShowsMore() {
        // 200×60: every agents column with data (Paused; Conn and RNA have none without a phone
        // system's files) and whole names, in the agents panel and in coaching.
        let screen = render(width: 200, height: 60)
        #expect(screen.lines[3].contains("Reason      Calls     Talk   Sales     Revenue   Paused"))
        #expect(!screen.lines[3].contains("Conn") && !screen.lines[3].contains("RNA"))
        #expect(screen.lines[8].hasPrefix("│Grzegorz Brzęczyszczykiewicz   available"))
        #expect(screen.lines.contains { $0.contains("││in 6d ") && $0.contains(" Grzegorz Brzęczyszczykiewicz ") && $0.contains(" review Rozmowa c105 ") })
        #expect(screen.lines.count == 60 && screen.lines.allSatisfy { TextWidth.of($0) <= 200 })
        let huge = render(width: 300, height: 100)
        #expect(huge.lines.count == 100)
        #expect(huge.lines[99].hasPrefix(" q quit  ? help"))
    }
}

@Suite("AgentsPanel: long stretches")
struct LongStretchRenderTests {
    @Test func tenHoursAndMoreShowAsHoursAndMinutes() {
        // Małgorzata has been offline since 10:30; at 20:45:30 the next day that is 34h15m.
        let screen = render(context(at: t(20, 45, 30) + 86_400), width: 80, height: 24)
        let line = screen.lines.first { $0.contains("Małgorzata Kowalcz") } ?? ""
        #expect(line.contains("offline      34h15m"))
        // Under ten hours: h:mm:ss as before (Żaneta, pause since 10:25, at 11:00 → 35:00, over the red limit).
        #expect(render(width: 80, height: 24).lines.contains { $0.contains("pause       35:00!!") })
    }
}
