import Testing
import CallboardModel
@testable import CallboardUI

@Suite("CoachingPanel rows")
struct CoachingPanelRowsTests {
    static func texts(_ row: CoachingRow, _ ctx: RenderContext) -> [String] {
        CoachingPanel.row(for: row, ctx).map(\.text)
    }

    /// Every coaching row of the context as its three cells' text.
    static func table(_ ctx: RenderContext) -> [[String]] {
        ctx.rows.coaching.map { texts($0, ctx) }
    }

    @Test func fixtureRows() {
        // c108 is Paweł's only call long enough to hear (c104 lasted 25 s) and a sale: the no-sale
        // turn finds nothing, so it is picked as the shortest. The other picks did not end in a sale.
        // What needs the lead first: the overdue one-on-one, the flagged calls, the sessions due,
        // then the routine picks under each agent's progress.
        #expect(Self.table(context()) == [
            ["3d late", "Żaneta Wiśniewska", "1:1 Obsługa reklamacji"],
            ["flagged", "Małgorzata Kowalczyk", "25.11 3:20 complaint"],
            ["flagged", "Żaneta Wiśniewska", "09:05 5:00 sale"],
            ["today", "Team", "group Nowy cennik"],
            ["in 2d", "Paweł Zając", "training Zamykanie sprzedaży"],
            ["in 6d", "Grzegorz Brzęczyszczykiewicz", "review Rozmowa c105"],
            ["", "Agnieszka Dąbrowska", "0/1 today · 0/5 this week"],
            ["review", "Agnieszka Dąbrowska", "10:50 6:00 no sale"],
            ["", "Łukasz Nowak", "0/1 today · 0/5 this week"],
            ["review", "Łukasz Nowak", "09:15 1:35 no sale"],
            ["", "Paweł Zając", "0/1 today · 0/5 this week"],
            ["review", "Paweł Zając", "09:20 12:00 sale (shortest)"],
        ])
    }

    @Test func rowStyles() {
        let ctx = context()
        let rows = ctx.rows.coaching.map { CoachingPanel.row(for: $0, ctx) }
        // An agent's line: bold name, dim progress while behind.
        #expect(rows[6].map(\.style) == [.normal, Style(.title, [.bold]), Style(.dim)])
        #expect(rows[1][0].style == Style(.warning, [.bold]))
        #expect(rows[7][0].style == Style(.hotkey))
        #expect(rows[0].map(\.style) == [Style(.overdue, [.bold]), Style(.overdue), Style(.overdue)])
        #expect(rows[3][0].style == Style(.dueSoon, [.bold]))
        #expect(rows[4][0].style == Style(.dueSoon))
        #expect(rows[5][0].style == Style(.dim))
    }

    @Test func progressLines() {
        let ctx = context()
        let behind = ReviewProgress(agent: "a1", today: 0, thisWeek: 2, quota: 1, weekTarget: 5, isNew: false, waiting: 1)
        #expect(Self.texts(.progress(behind), ctx) == ["", "Łukasz Nowak", "0/1 today · 2/5 this week"])
        let met = ReviewProgress(agent: "a3", today: 2, thisWeek: 10, quota: 2, weekTarget: 10, isNew: true, waiting: 0)
        let row = CoachingPanel.row(for: .progress(met), ctx)
        #expect(row.map(\.text) == ["", "Grzegorz Brzęczyszczykiewicz", "2/2 today · 10/10 this week (new)"])
        #expect(row[2].style == Style(.targetMet))
        // An agent not on the roster is shown by id.
        let gone = ReviewProgress(agent: "a9", today: 0, thisWeek: 0, quota: 1, weekTarget: 5, isNew: false, waiting: 0)
        #expect(Self.texts(.progress(gone), ctx) == ["", "a9", "0/1 today · 0/5 this week"])
    }

    @Test func aQuotaOfThreeMixesNoSaleShortestAndLongest() {
        // Łukasz: c101 (7:00, sale), c107 (1:35, no sale), c112 (25:00, sale). No sale: c107; shortest: c107
        // again, so c101; longest: c112.
        let ctx = context(fixtureTeam { $0.reviewQuota = 3 })
        let rows = Self.table(ctx)
        guard let line = rows.firstIndex(of: ["", "Łukasz Nowak", "0/3 today · 0/15 this week"]) else {
            Issue.record("no line for Łukasz: \(rows)")
            return
        }
        #expect(Array(rows[(line + 1)...(line + 3)]) == [
            ["review", "Łukasz Nowak", "09:15 1:35 no sale"],
            ["review", "Łukasz Nowak", "08:10 7:00 sale (shortest)"],
            ["review", "Łukasz Nowak", "10:00 25:00 sale (longest)"],
        ])
    }

    @Test func aNewAgentsLineAndAPickThatDidNotSellButIsNotNamed() {
        // Started ten days ago: new, so a quota of 2 doubles to 4 a day, 20 a week. Calls of 30 s or
        // more: c1 (2:00, callback), c2 (1:00, sale), c3 (5:00, sale); c4 (0:20) is too short.
        // No sale: c1 (shown as its outcome only); shortest: c2; longest: c3.
        let agent = Agent(id: "n1", name: "Nowa Osoba", startDate: Day(year: 2026, month: 11, day: 16))
        var settings = Settings()
        settings.reviewQuota = 2
        var model = TeamDay(day: today, calendar: warsaw, settings: settings, roster: [agent])
        for c in [
            CallRecord(id: "c1", agent: "n1", start: t(8), duration: 120, outcome: "callback"),
            CallRecord(id: "c2", agent: "n1", start: t(9), duration: 60, outcome: "sale"),
            CallRecord(id: "c3", agent: "n1", start: t(10), duration: 300, outcome: "Sale"),
            CallRecord(id: "c4", agent: "n1", start: t(10, 30), duration: 20, outcome: "no sale"),
        ] {
            precondition(model.apply(c) == nil)
        }
        #expect(Self.table(context(model)) == [
            ["", "Nowa Osoba", "0/4 today · 0/20 this week (new)"],
            ["review", "Nowa Osoba", "08:00 2:00 callback"],
            ["review", "Nowa Osoba", "09:00 1:00 sale (shortest)"],
            ["review", "Nowa Osoba", "10:00 5:00 Sale (longest)"],
        ])
    }

    @Test func suggestionRows() {
        let ctx = context(fixtureTeam { $0.attention.pauseMinutes = 30 })
        // After the flagged calls, before the sessions due.
        #expect(ctx.rows.coaching.map(\.key).prefix(5) == ["item:k1", "call:c090", "call:c106", "attention:long-pause:a4",
                                                            "attention:long-pause:a2"])
        let rows = ctx.rows.coaching[3...4].map { CoachingPanel.row(for: $0, ctx) }
        #expect(rows.map { $0.map(\.text) } == [
            ["attn", "Agnieszka Dąbrowska", "60 min today on 'training' (limit 30)"],
            ["attn", "Żaneta Wiśniewska", "35 min today on 'break' (limit 30)"],
        ])
        #expect(rows[0].map(\.style) == [Style(.warning, [.bold]), .normal, .normal])
    }

    @Test func suggestionRowsOnScreen() throws {
        // 120×40: coaching is the right part of the lower half; its fourth and fifth rows.
        let model = fixtureTeam { $0.attention.pauseMinutes = 30 }
        let screen = render(context(model), width: 120, height: 40)
        let y = try #require(screen.lines.firstIndex { $0.contains("│attn ") })
        // The agents are marked in the other panels (◆); here the row itself says why.
        #expect(screen.lines[y].hasSuffix("││attn     Agnieszka Dąbrowska    60 min today on 'training' (limit 30) │"))
        #expect(screen.lines[y + 1].hasSuffix("││attn     Żaneta Wiśniewska      35 min today on 'break' (limit 30)    │"))
        #expect(screen.lines[y].hasPrefix("│◆ Agnieszka Dąb…"))
        #expect(styles(of: "attn", inRow: y, of: screen) == Array(repeating: Style(.warning, [.bold]), count: 4))
    }

    @Test func thePlayingCallIsMarked() {
        var ctx = context()
        ctx.playing = "c106"
        let rows = Self.table(ctx)
        #expect(rows[2] == ["flagged", "Żaneta Wiśniewska", "▶ 09:05 5:00 sale"])
        // Only that call.
        #expect(rows[11] == ["review", "Paweł Zając", "09:20 12:00 sale (shortest)"])
        ctx.playing = "c108"
        #expect(Self.table(ctx)[11] == ["review", "Paweł Zając", "▶ 09:20 12:00 sale (shortest)"])
        ctx.glyphs = .ascii
        #expect(Self.table(ctx)[11] == ["review", "Paweł Zając", "> 09:20 12:00 sale (shortest)"])
    }

    @Test func thePlayingMarkerOnScreen() {
        // The runner's `playing` reaches the panel through the render.
        let screen = render(width: 120, height: 40) { $0.playing = "c106" }
        #expect(screen.lines.contains { $0.contains("││flagged ") && $0.contains("Żaneta Wiśniewska") && $0.contains(" ▶ 09:05 5:00 sale ") })
    }

    @Test func titleCountsCallsLateItemsAndSuggestions() {
        func title(_ model: TeamDay) -> String {
            var screen = Screen(width: 60, height: 20)
            var layout = LayoutState()
            CoachingPanel.draw(context(model), in: screen.bounds, focused: true, ui: UIState(reviewer: "ewa"), layout: &layout,
                               screen: &screen)
            return screen.lines[0]
        }
        #expect(title(fixtureTeam()) == "┌ 3 Coaching · 5 to review · 1 late ───────────────────────┐")
        var model = fixtureTeam { $0.attention.pauseMinutes = 30 }
        #expect(title(model) == "┌ 3 Coaching · 5 to review · 1 late · 2 attn ──────────────┐")
        // A dismissed suggestion no longer counts.
        model.apply(.dismiss(DismissMark(id: "x1", time: t(10, 59), suggestion: "long-pause:a2", agent: "a2", reviewer: "ewa")))
        #expect(title(model) == "┌ 3 Coaching · 5 to review · 1 late · 1 attn ──────────────┐")
    }
}
