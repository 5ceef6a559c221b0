import CallboardModel
import CallboardTestSupport
import Testing
@testable import CallboardReport

/// A state no event has confirmed for longer than its limit is marked in every format.
@Suite struct StaleStateReportTests {
    /// A sales team's report, or a service desk's (whose text and Markdown list the agents' states).
    static func report(mode: TeamMode = .sales) -> DayReport {
        var settings = Settings()
        settings.mode = mode
        var m = TeamDay(day: today, calendar: warsaw, settings: settings,
                        roster: [Agent(id: "a1", name: "Anna"), Agent(id: "a2", name: "Bartek")])
        _ = m.apply(StatusChange(time: t(7), agent: "a1", state: .call))
        _ = m.apply(StatusChange(time: t(10, 30), agent: "a2", state: .call))
        return DayReport(m, at: t(11, 0, 1))
    }

    @Test func theModelMarksOnlyTheStaleState() {
        let r = Self.report()
        #expect(r.agents.map(\.stateStale) == [true, false])
        #expect(r.agents.map(\.stateWord) == ["call?", "call"])
    }

    @Test func everyFormatSaysSo() {
        let r = Self.report()
        // A sales team's text and Markdown rank agents by result and list no states; a service
        // desk's list them, the stale one marked.
        let desk = Self.report(mode: .service)
        let text = ReportText.render(desk)
        #expect(text.contains("\nAnna                   call?     07:00"))
        #expect(text.contains("\nBartek                 call      10:30"))
        #expect(ReportMarkdown.render(desk).contains("| Anna | call? | 07:00 |"))
        #expect(!ReportMarkdown.render(r).contains("call?"))
        #expect(ReportCSV.render(r).contains("a1,Anna,,call?,"))
        let json = ReportJSON.render(r)
        #expect(json.contains("\"state_since\": \"2026-11-26T07:00:00+01:00\",\n      \"state_stale\": true,"))
        #expect(json.contains("\"state_since\": \"2026-11-26T10:30:00+01:00\",\n      \"state_stale\": false,"))
    }
}
