import Testing
import CallboardModel
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
        m.queues.connect(call: 1, queue: "sales", wait: 10, counted: true)
        m.queues.complete(call: 1, queue: "sales", talk: 120, counted: true)
        m.queues.enter(call: 2, queue: "sales", at: t(10, 5), counted: true)
        m.queues.connect(call: 2, queue: "sales", wait: 30, counted: true)
        m.queues.complete(call: 2, queue: "sales", talk: 300, counted: true)
        m.queues.enter(call: 3, queue: "sales", at: t(10, 20), counted: true)
        m.queues.abandon(call: 3, queue: "sales", wait: 45, counted: true)
        m.queues.enter(call: 4, queue: "support", at: t(10, 59), counted: true)
        return m
    }

    @Test func at80x24() {
        let model = Self.serviceTeam()
        var ui = UIState(reviewer: "ewa")
        var screen = Screen(width: 80, height: 24)
        DashboardView.render(RenderContext(model: model, rows: DashboardRows(model: model, now: t(11)), now: t(11)), ui: &ui, screen: &screen)
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
}
