import CallboardModel
import CallboardTestSupport
import Testing
@testable import CallboardUI

/// A state no event has confirmed for longer than its stale limit: `call?` with its own
/// look, no running clock, no alarm, and not counted among the calls in the header.
@Suite struct StaleStateRenderTests {
    static func team() -> TeamDay {
        var m = TeamDay(day: today, calendar: warsaw, roster: [Agent(id: "a1", name: "Anna Kowalska"),
                                                                Agent(id: "a2", name: "Bartek Nowak")])
        precondition(m.apply(StatusChange(time: t(7), agent: "a1", state: .call)) == nil)
        precondition(m.apply(StatusChange(time: t(10, 30), agent: "a2", state: .call)) == nil)
        return m
    }

    @Test func aStaleCallShowsAsCallWithAQuestionMark() {
        let m = Self.team()
        let s = render(context(m, at: t(11, 0, 1)), width: 80, height: 24)
        let anna = try! #require(row(containing: "Anna Kowalska", in: s))
        let bartek = try! #require(row(containing: "Bartek Nowak", in: s))
        // Anna: on a call since 07:00, four hours and a second without an event.
        #expect(s.line(anna).contains("call?"))
        #expect(!s.line(anna).contains("4:00:01"))
        // (Anna's row is the selected one: reversed on top of its roles.)
        #expect(styles(of: "call?", inRow: anna, of: s).allSatisfy { $0.role == .agentStale })
        // Bartek: 30 minutes on a call, over the red threshold, with its clock.
        #expect(s.line(bartek).contains("call ") && s.line(bartek).contains("30:01"))
        #expect(styles(of: "30:01", inRow: bartek, of: s).allSatisfy { $0.role == .overLimit })
        // The header counts Bartek's call only.
        #expect(s.line(1).contains("Call 1"))
    }

    @Test func beforeTheLimitItIsAnOrdinaryLongCall() {
        let s = render(context(Self.team(), at: t(10, 59)), width: 80, height: 24)
        let anna = try! #require(row(containing: "Anna Kowalska", in: s))
        #expect(!s.line(anna).contains("call?"))
        #expect(s.line(anna).contains("3:59:00"))
        #expect(s.line(1).contains("Call 2"))
    }

    @Test func theLimitIsASetting() {
        var m = Self.team()
        m.settings.staleMinutes[.call] = 0
        let s = render(context(m, at: t(23, 0)), width: 80, height: 24)
        #expect(!s.lines.contains { $0.contains("call?") })
    }
}
