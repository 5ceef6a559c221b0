import Testing
import CallboardModel
import CallboardText
@testable import CallboardUI

/// Service mode: the queues panel takes the sales panel's place and the header shows waiting calls.
@Suite("QueuesPanel")
struct QueuesPanelTests {
    static func serviceTeam() -> TeamDay {
        var settings = Settings()
        settings.teamName = "Helpdesk"
        settings.mode = .service
        settings.targetServiceLevel = 0.8
        var m = TeamDay(day: today, calendar: warsaw, settings: settings,
                        roster: [Agent(id: "a1", name: "Anna"), Agent(id: "a2", name: "Bartek")])
        // sales: 3 offered, 2 answered (waits 10 s and 30 s), 1 abandoned after 45 s; support: 1 waiting since 10:59.
        m.queues.enter(call: 1, queue: "sales", at: t(10, 0), counted: true)
        m.queues.connect(call: 1, queue: "sales", wait: 10, at: t(10, 0, 10), counted: true)
        m.queues.complete(call: 1, queue: "sales", talk: 120, entered: t(10, 0), at: t(10, 2, 10), counted: true)
        m.queues.enter(call: 2, queue: "sales", at: t(10, 5), counted: true)
        m.queues.connect(call: 2, queue: "sales", wait: 30, at: t(10, 5, 30), counted: true)
        m.queues.complete(call: 2, queue: "sales", talk: 300, entered: t(10, 5), at: t(10, 10, 30), counted: true)
        m.queues.enter(call: 3, queue: "sales", at: t(10, 20), counted: true)
        m.queues.abandon(call: 3, queue: "sales", wait: 45, at: t(10, 20, 45), counted: true)
        m.queues.enter(call: 4, queue: "support", at: t(10, 59), counted: true)
        return m
    }

    @Test func at80x24() {
        let model = Self.serviceTeam()
        var ui = UIState(reviewer: "ewa")
        var screen = Screen(width: 80, height: 24)
        draw(RenderContext(model: model, rows: DashboardRows(model: model, now: t(11)), now: t(11)), ui: &ui, screen: &screen)
        let lines = screen.lines
        // Waiting 1 since 10:59 (1:00 at 11:00); SL 1 of 2 answered within 20 s = 50%.
        #expect(lines[1].hasSuffix("Waiting 1 (1:00)  SL 50%"))
        let panel = lines.drop { !$0.contains("2 Queues") }
        let rows = Array(panel.prefix(7)).map { String($0.prefix(40)) }
        #expect(rows[0] == "┌ 2 Queues · SL 20s ───────────────────┐")
        #expect(rows[1].hasPrefix("│SL    50% of 80% "))
        #expect(rows[2] == "│Wait  1 longest 1:00                  │")
        // 1 of 4 offered abandoned = 25%; ASA (10 + 30) ÷ 2 = 20 s; AHT (120 + 300) ÷ 2 = 210 s.
        #expect(rows[3] == "│Aband 1 25%  ASA 0:20  AHT 3:30       │")
        // Inner width 38: 5 + 5 + 5 + 4 + 5 fixed columns and 5 gaps leave 9 for the name, which
        // needs 8 ("support" and its minimum); the one column left is too little to spread.
        #expect(rows[4] == "│Queue    Offer   Ans Aband   SL   ASA │")
        #expect(rows[5] == "│sales        3     2     1  50%  0:20 │")
        #expect(rows[6] == "│support      1     0     0    -     - │")
        #expect(screen[7, lines.firstIndex { $0.hasPrefix("│SL    50%") }!].style == Style(.behindPace, [.bold]))
    }

    @Test func rowsAreQueuesAndEnterOpensNothing() {
        let model = Self.serviceTeam()
        var h = Harness(model: model)
        h.press(.focus(.sales))
        #expect(h.rows.count(.sales) == 2)
        h.press(.down)
        #expect(h.ui.selectedIndex(.sales, in: h.rows) == 1)
        #expect(h.press(.open) == [])
        #expect(h.ui.overlay == nil)
    }

    // MARK: By the hour

    /// Targets SL 80 %, abandon rate 5 %, ASA 30 s; T = 20 s, shift 08:00–16:00.
    /// - 08:00: no call.
    /// - 09:00: sales c1 entered 09:10, answered after 10 s; support c2 entered 09:20, after 15 s.
    /// - 10:00: sales c3 entered 10:05, answered after 40 s; sales c4 entered 10:30, hung up after
    ///   50 s; support c5 entered 10:59:30, answered at 11:00:30 after 60 s (it counts in 10:00).
    /// - 11:00: sales c6 entered 11:10, answered after 5 s.
    static func hourlyTeam(targets: Bool = true) -> TeamDay {
        var settings = Settings()
        settings.teamName = "Helpdesk"
        settings.mode = .service
        if targets {
            settings.targetServiceLevel = 0.8
            settings.targetAbandonRate = 0.05
            settings.targetASA = 30
        }
        var m = TeamDay(day: today, calendar: warsaw, settings: settings,
                        roster: [Agent(id: "a1", name: "Anna"), Agent(id: "a2", name: "Bartek")])
        func answered(_ call: Int, _ queue: String, entered: Instant, wait: Int) {
            m.queues.enter(call: call, queue: queue, at: entered, counted: true)
            m.queues.connect(call: call, queue: queue, wait: wait, at: entered + wait, counted: true)
        }
        answered(1, "sales", entered: t(9, 10), wait: 10)
        answered(2, "support", entered: t(9, 20), wait: 15)
        answered(3, "sales", entered: t(10, 5), wait: 40)
        m.queues.enter(call: 4, queue: "sales", at: t(10, 30), counted: true)
        m.queues.abandon(call: 4, queue: "sales", wait: 50, at: t(10, 30, 50), counted: true)
        answered(5, "support", entered: t(10, 59, 30), wait: 60)
        answered(6, "sales", entered: t(11, 10), wait: 5)
        return m
    }

    static func screen(_ model: TeamDay = hourlyTeam(), at now: Instant = t(11, 30), width: Int, height: Int,
                       glyphs: Glyphs = .unicode, language: Language = .english) -> Screen {
        var ui = UIState(reviewer: "ewa")
        ui.language = language
        var screen = Screen(width: width, height: height, glyphs: glyphs)
        draw(RenderContext(model: model, rows: DashboardRows(model: model, now: now), now: now), ui: &ui, screen: &screen)
        return screen
    }

    /// The hours under the queues' rows at 80×24: the shift's hours from 08:00 to the 11:00 under way.
    @Test func hoursAt80x24() {
        let screen = Self.screen(width: 80, height: 24)
        #expect(region(screen, x: 0, y: 7, width: 40, height: 16) == expectedLines("""
            ┌ 2 Queues · SL 20s ───────────────────┐
            │SL    60% of 80% ████████████▋░░░░░░░░│
            │Wait  0 none waiting                  │
            │Aband 1 17%  ASA 0:26  AHT -          │
            │Queue    Offer   Ans Aband   SL   ASA │
            │sales        4     3     1  67%  0:18 │
            │support      2     2     0  50%  0:37 │
            │                                      │
            │Hour    Offered     SL  Aband     ASA │
            │08:00         0     -      -       -  │
            │09:00         2  100%     0%    0:12  │
            │10:00         3    0%!   33%!   0:50! │
            │11:00…        1  100%     0%    0:05  │
            │… hour under way  ! target missed     │
            │                                      │
            └──────────────────────────────────────┘
            """))
        // 09:00: 2 of 2 within 20 s = 100 % ≥ 80 %, 0 of 2 abandoned, ASA (10 + 15) ÷ 2 = 12 s ≤ 30 s.
        // 10:00: 0 of 2 within 20 s, 1 of 3 abandoned = 33 % > 5 %, ASA (40 + 60) ÷ 2 = 50 s > 30 s.
        // 11:00: c6 so far, 5 s. The day: 3 of 5 within T = 60 %, 1 of 6 abandoned = 17 %, ASA 130 ÷ 5 = 26 s.
        let eight = 16, nine = 17, ten = 18, eleven = 19
        #expect(screen[20, ten].text == "0" && screen[20, ten].style == Style(.behindPace, [.bold]))
        #expect(screen[22, ten].text == "!" && screen[22, ten].style == Style(.behindPace, [.bold]))
        #expect(screen[37, ten].text == "!" && screen[37, ten].style == Style(.behindPace, [.bold]))
        #expect(screen[18, nine].text == "1" && screen[18, nine].style == Style(.targetMet))
        #expect(screen[21, eight].text == "-" && screen[21, eight].style == Style(.dim))
        // The hour under way in bold, its mark too.
        #expect(screen[1, eleven].style == Style(.normal, [.bold]) && screen[6, eleven].text == "…")
    }

    @Test func hoursAt120x40() {
        let screen = Self.screen(width: 120, height: 40)
        #expect(region(screen, x: 0, y: 14, width: 48, height: 8) == expectedLines("""
            │                                              │
            │Hour     Offered      SL   Aband      ASA     │
            │08:00          0      -       -        -      │
            │09:00          2   100%      0%     0:12      │
            │10:00          3     0%!    33%!    0:50!     │
            │11:00…         1   100%      0%     0:05      │
            │… hour under way  ! target missed             │
            │                                              │
            """))
        #expect(screen.lines[39].hasPrefix(" q quit"))
    }

    @Test func hoursAt200x60() {
        let screen = Self.screen(width: 200, height: 60)
        #expect(region(screen, x: 0, y: 13, width: 64, height: 9) == expectedLines("""
            │support        2       2       0    50%    0:37               │
            │                                                              │
            │Hour     Offered      SL   Aband      ASA                     │
            │08:00          0      -       -        -                      │
            │09:00          2   100%      0%     0:12                      │
            │10:00          3     0%!    33%!    0:50!                     │
            │11:00…         1   100%      0%     0:05                      │
            │… hour under way  ! target missed                             │
            │                                                              │
            """))
    }

    @Test func hoursInASCII() {
        let screen = Self.screen(width: 80, height: 24, glyphs: .ascii)
        #expect(region(screen, x: 0, y: 15, width: 40, height: 8) == expectedLines("""
            |Hour    Offered     SL  Aband     ASA |
            |08:00         0     -      -       -  |
            |09:00         2  100%     0%    0:12  |
            |10:00         3    0%!   33%!   0:50! |
            |11:00~        1  100%     0%    0:05  |
            |~ hour under way  ! target missed     |
            |                                      |
            +--------------------------------------+
            """))
    }

    @Test func hoursInPolish() {
        let screen = Self.screen(width: 80, height: 24, language: .polish)
        #expect(region(screen, x: 0, y: 15, width: 40, height: 6) == expectedLines("""
            │Godz.   Wpłynęło     SL  Porz.     ASA│
            │08:00          0     -      -       - │
            │09:00          2  100%     0%    0:12 │
            │10:00          3    0%!   33%!   0:50!│
            │11:00…         1  100%     0%    0:05 │
            │… godzina w toku  ! cel nieosiągnięty │
            """))
    }

    /// At 15:30 the shift's hours from 08:00 are eight, and the panel has room for six: the latest show.
    @Test func theLatestHoursWhenNotAllFit() {
        let screen = Self.screen(at: t(15, 30), width: 80, height: 24)
        #expect(region(screen, x: 0, y: 15, width: 40, height: 8) == expectedLines("""
            │Hour    Offered     SL  Aband     ASA │
            │10:00         3    0%!   33%!   0:50! │
            │11:00         1  100%     0%    0:05  │
            │12:00         0     -      -       -  │
            │13:00         0     -      -       -  │
            │14:00         0     -      -       -  │
            │15:00…        0     -      -       -  │
            └──────────────────────────────────────┘
            """))
    }

    /// Without targets nothing is judged: no mark, no colour of a target; the legend says only what `…` is.
    @Test func withoutTargets() {
        let screen = Self.screen(Self.hourlyTeam(targets: false), width: 80, height: 24)
        #expect(region(screen, x: 0, y: 15, width: 40, height: 7) == expectedLines("""
            │Hour    Offered     SL  Aband     ASA │
            │08:00         0     -      -       -  │
            │09:00         2  100%     0%    0:12  │
            │10:00         3    0%    33%    0:50  │
            │11:00…        1  100%     0%    0:05  │
            │… hour under way                      │
            │                                      │
            """))
        #expect(screen[20, 18].text == "0" && screen[20, 18].style == .normal)
    }

    /// However small the panel, nothing is drawn outside it; the hours show once the queues' rows fit.
    @Test(arguments: [(5, 3), (12, 4), (20, 8), (40, 6), (25, 12), (30, 14)])
    func aSmallPanelKeepsToItsRectangle(width: Int, height: Int) {
        let model = Self.hourlyTeam()
        let now = t(11, 30)
        var layout = LayoutState()
        var screen = Screen(width: 50, height: 20)
        let rect = Rect(x: 3, y: 2, width: width, height: height)
        QueuesPanel.draw(RenderContext(model: model, rows: DashboardRows(model: model, now: now), now: now), in: rect, focused: false,
                         ui: UIState(reviewer: "ewa"), layout: &layout, screen: &screen)
        for y in 0..<screen.height {
            for x in 0..<screen.width where !(rect.x..<rect.maxX).contains(x) || !(rect.y..<rect.maxY).contains(y) {
                #expect(screen[x, y].text == " ", "(\(x), \(y)) outside \(width)×\(height)")
            }
        }
        let text = region(screen, x: rect.x, y: rect.y, width: width, height: height)
        // The frame (2 rows), 3 summary rows, the queues' header and 2 rows, a blank row and the
        // hours' header and one hour: 11 rows at least.
        #expect(text.contains { $0.contains("Hour") } == (height >= 11 && width >= 12))
        if width == 30 && height == 14 {
            #expect(Array(text[8...12]) == [
                "│Hour   Offered    SL Aband  │",
                "│08:00        0    -     -   │",
                "│09:00        2 100%    0%   │",
                "│10:00        3   0%!  33%!  │",
                "│11:00…       1 100%    0%   │",
            ])
        }
    }
}
