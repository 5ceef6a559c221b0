import Testing
import CallboardModel
@testable import CallboardUI

@Suite("DashboardRows")
struct DashboardRowsTests {
    @Test func fixtureRows() {
        let rows = DashboardRows(model: fixtureTeam(), now: now)
        // By state, then name in Polish order: "Łukasz" before "Paweł". Inactive Ścibor is left out.
        #expect(rows.agents.map(\.id) == ["a3", "a1", "a5", "a4", "a2", "a6"])
        // By revenue: 4499.00, 2450.50, 1899.00, 700.00, 650.00, 0.
        #expect(rows.sales.map(\.id) == ["a1", "a4", "a5", "a2", "a3", "a6"])
        // Agents with a flagged call first (Małgorzata c090 of yesterday, Żaneta c106), then quota 1
        // for those with no review this week, by name: Agnieszka c110, Łukasz c107, Paweł c108;
        // Grzegorz had his review today and has no line. Then the agenda.
        #expect(rows.coaching.map(\.key) == ["agent:a6", "call:c090", "agent:a2", "call:c106", "agent:a4", "call:c110",
                                              "agent:a1", "call:c107", "agent:a5", "call:c108",
                                              "item:k1", "item:k2", "item:k3", "item:k4"])
        #expect(rows.count(.coaching) == 14)
        #expect(rows.coaching.map(\.agent)[0...3] == ["a6", "a6", "a2", "a2"])
        #expect(rows.key(.sales, 6) == nil)
        #expect(rows.index(.agents, key: "a7") == nil)
    }

    @Test func anInactiveAgentStillLoggedInIsShown() {
        var model = fixtureTeam()
        _ = model.apply(StatusChange(time: t(10), agent: "a7", state: .available))
        let rows = DashboardRows(model: model, now: now)
        #expect(rows.agents.map(\.id) == ["a3", "a7", "a1", "a5", "a4", "a2", "a6"])
        // Not in the sales ranking.
        #expect(!rows.sales.contains { $0.id == "a7" })
    }

    @Test func suggestionsFollowTheAgendaAndLeaveWhenDismissed() {
        var model = fixtureTeam { $0.attention.pauseMinutes = 30 }
        // Agnieszka had an hour of training; Żaneta has been on "break" since 10:25: 35 minutes at 11:00.
        // By name: Agnieszka, then Żaneta; after the agenda.
        var rows = DashboardRows(model: model, now: now)
        let agnieszka = Suggestion(rule: .longPause, agent: "a4", reason: "60 min today on 'training' (limit 30)")
        let zaneta = Suggestion(rule: .longPause, agent: "a2", reason: "35 min today on 'break' (limit 30)")
        #expect(Array(rows.coaching.suffix(3)) == [.agenda(model.coachingAgenda().last!), .suggestion(agnieszka), .suggestion(zaneta)])
        #expect(rows.coaching.last?.key == "attention:long-pause:a2")
        model.apply(.dismiss(DismissMark(id: "x1", time: t(10, 59), suggestion: "long-pause:a2", agent: "a2", reviewer: "ewa")))
        rows = DashboardRows(model: model, now: now)
        #expect(rows.coaching.last == .suggestion(agnieszka))
        // A dismissal lasts the day it was made on: tomorrow's model lists it again.
        var tomorrow = TeamDay(day: today.adding(days: 1), calendar: warsaw, settings: model.settings,
                               roster: model.agents.map(\.agent))
        _ = tomorrow.apply(StatusChange(time: t(10, 25) + 86_400, agent: "a2", state: .pause, reason: "break"))
        tomorrow.apply(.dismiss(DismissMark(id: "x1", time: t(10, 59), suggestion: "long-pause:a2", agent: "a2", reviewer: "ewa")))
        #expect(tomorrow.suggestions(at: t(11) + 86_400).map(\.key) == ["long-pause:a2"])
    }
}
