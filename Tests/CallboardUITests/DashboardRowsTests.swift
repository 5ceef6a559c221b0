import Testing
import CallboardModel
@testable import CallboardUI

@Suite("DashboardRows")
struct DashboardRowsTests {
    @Test func fixtureRows() {
        let rows = DashboardRows(model: fixtureTeam(), now: now)
        // Priority: Żaneta over the red pause limit, Agnieszka over the amber wrap limit, then by state
        // (on a call, available, logged off), longest in it first. Inactive Ścibor is left out.
        #expect(rows.agents.map(\.id) == ["a2", "a4", "a1", "a5", "a3", "a6"])
        // By revenue: 4499.00, 2450.50, 1899.00, 700.00, 650.00, 0.
        #expect(rows.sales.map(\.id) == ["a1", "a4", "a5", "a2", "a3", "a6"])
        // The overdue k1 first, then the flagged calls (Małgorzata's c090 of yesterday, Żaneta's c106),
        // the sessions due (k2, k3, k4), then quota 1 for those with no review this week, by name:
        // Agnieszka c110, Łukasz c107, Paweł c108; Grzegorz had his review today and has no line.
        #expect(rows.coaching.map(\.key) == ["item:k1", "call:c090", "call:c106", "item:k2", "item:k3", "item:k4",
                                              "agent:a4", "call:c110", "agent:a1", "call:c107", "agent:a5", "call:c108"])
        #expect(rows.count(.coaching) == 12)
        #expect(rows.coaching.map(\.agent)[0...3] == ["a2", "a6", "a2", nil])
        #expect(rows.key(.sales, 6) == nil)
        #expect(rows.index(.agents, key: "a7") == nil)
    }

    @Test func anInactiveAgentStillLoggedInIsShown() {
        var model = fixtureTeam()
        _ = model.apply(StatusChange(time: t(10), agent: "a7", state: .available))
        let rows = DashboardRows(model: model, now: now)
        // Available since 10:00, before Grzegorz (since 10:58).
        #expect(rows.agents.map(\.id) == ["a2", "a4", "a1", "a5", "a7", "a3", "a6"])
        // Not in the sales ranking.
        #expect(!rows.sales.contains { $0.id == "a7" })
    }

    @Test func suggestionsFollowTheAgendaAndLeaveWhenDismissed() {
        var model = fixtureTeam { $0.attention.pauseMinutes = 30 }
        // Agnieszka had an hour of training; Żaneta has been on "break" since 10:25: 35 minutes at 11:00.
        // By name: Agnieszka, then Żaneta; after the overdue session and the flagged calls.
        var rows = DashboardRows(model: model, now: now)
        let agnieszka = Suggestion(rule: .longPause, agent: "a4", reason: "60 min today on 'training' (limit 30)")
        let zaneta = Suggestion(rule: .longPause, agent: "a2", reason: "35 min today on 'break' (limit 30)")
        #expect(Array(rows.coaching[2...5]) == [.review(PendingReview(call: model.call("c106")!, reason: .flagged)),
                                                 .suggestion(agnieszka), .suggestion(zaneta),
                                                 .agenda(model.coachingAgenda()[1])])
        #expect(rows.attentionAgents == ["a4", "a2"])
        model.apply(.dismiss(DismissMark(id: "x1", time: t(10, 59), suggestion: "long-pause:a2", agent: "a2", reviewer: "ewa")))
        rows = DashboardRows(model: model, now: now)
        #expect(Array(rows.coaching[3...4]) == [.suggestion(agnieszka), .agenda(model.coachingAgenda()[1])])
        #expect(rows.attentionAgents == ["a4"])
        // A dismissal lasts the day it was made on: tomorrow's model lists it again.
        var tomorrow = TeamDay(day: today.adding(days: 1), calendar: warsaw, settings: model.settings,
                               roster: model.agents.map(\.agent))
        _ = tomorrow.apply(StatusChange(time: t(10, 25) + 86_400, agent: "a2", state: .pause, reason: "break"))
        tomorrow.apply(.dismiss(DismissMark(id: "x1", time: t(10, 59), suggestion: "long-pause:a2", agent: "a2", reviewer: "ewa")))
        #expect(tomorrow.suggestions(at: t(11) + 86_400).map(\.key) == ["long-pause:a2"])
    }
}
