import Testing
@testable import CallboardModel

@Suite("TeamDay.apply(StatusChange)")
struct TeamDayStatusTests {
    static let roster = [Agent(id: "a1", name: "Łukasz"), Agent(id: "a2", name: "Żaneta")]

    @Test func aChangeSetsStateReasonAndSince() {
        var model = team(Self.roster)
        #expect(model.apply(StatusChange(time: t(8), agent: "a1", state: .available, reason: "ignored")) == nil)
        #expect(model.agent("a1")?.state == .available)
        #expect(model.agent("a1")?.reason == nil)
        #expect(model.apply(StatusChange(time: t(9), agent: "a1", state: .pause, reason: "Break")) == nil)
        let a = model.agent("a1")!
        #expect(a.state == .pause)
        #expect(a.reason == "Break")
        #expect(a.since == t(9))
        #expect(a.closedSeconds[.available] == 3600)
        #expect(model.agent("a2")?.state == .offline)
    }

    @Test func aPauseStartedYesterdayCountsOnlyFromMidnight() {
        var model = team(Self.roster)
        // 23:50 yesterday = 10 minutes before midnight.
        #expect(model.apply(StatusChange(time: midnight - 600, agent: "a1", state: .pause, reason: "break")) == nil)
        var a = model.agent("a1")!
        #expect(a.secondsInState(at: t(0, 10)) == 1200)
        #expect(a.seconds(in: .pause, dayStart: midnight, at: t(0, 10)) == 600)
        #expect(a.pauseSeconds(reason: "break", dayStart: midnight, at: t(0, 10)) == 600)

        // Back at 00:20: 20 minutes of pause today, not 30.
        #expect(model.apply(StatusChange(time: t(0, 20), agent: "a1", state: .available)) == nil)
        a = model.agent("a1")!
        #expect(a.closedSeconds[.pause] == 1200)
        #expect(a.closedPauseByReason["break"] == 1200)
        #expect(a.seconds(in: .pause, dayStart: midnight, at: t(1)) == 1200)
        #expect(a.seconds(in: .available, dayStart: midnight, at: t(1)) == 2400)
    }

    @Test func changesBeforeMidnightOnlyCarryTheStateForward() {
        var model = team(Self.roster)
        #expect(model.apply(StatusChange(time: midnight - 7200, agent: "a1", state: .call)) == nil)
        #expect(model.apply(StatusChange(time: midnight - 3600, agent: "a1", state: .wrap)) == nil)
        let a = model.agent("a1")!
        #expect(a.closedSeconds.isEmpty)
        #expect(a.state == .wrap)
        #expect(a.since == midnight - 3600)
        #expect(a.seconds(in: .wrap, dayStart: midnight, at: t(0, 5)) == 300)
    }

    @Test func aChangeAtMidnightClosesNothingOfToday() {
        var model = team(Self.roster)
        _ = model.apply(StatusChange(time: midnight - 600, agent: "a1", state: .pause, reason: "break"))
        _ = model.apply(StatusChange(time: midnight, agent: "a1", state: .available))
        let a = model.agent("a1")!
        #expect(a.closedSeconds.isEmpty)
        #expect(a.closedPauseByReason.isEmpty)
        #expect(a.seconds(in: .available, dayStart: midnight, at: t(0, 1)) == 60)
    }

    @Test func anOutOfOrderRowIsRejectedWithItsReason() {
        var model = team(Self.roster)
        _ = model.apply(StatusChange(time: t(10), agent: "a1", state: .call))
        let reason = model.apply(StatusChange(time: t(9, 59, 59), agent: "a1", state: .pause, reason: "lunch"))
        #expect(reason?.description == "out of order: a1 changed state at 2026-11-26 10:00:00, later than this row")
        #expect(model.agent("a1")?.state == .call)
        #expect(model.agent("a1")?.since == t(10))
        // The same second is not out of order.
        #expect(model.apply(StatusChange(time: t(10), agent: "a1", state: .wrap)) == nil)
        #expect(model.agent("a1")?.state == .wrap)
        // Other agents have their own order.
        #expect(model.apply(StatusChange(time: t(8), agent: "a2", state: .available)) == nil)
    }

    @Test func anUnknownAgentIsRejected() {
        var model = team(Self.roster)
        #expect(model.apply(StatusChange(time: t(9), agent: "a9", state: .available))?.description == "unknown agent 'a9'")
        #expect(model.agents.count == 2)
    }

    @Test func rowsFromTomorrowAreIgnored() {
        var model = team(Self.roster)
        _ = model.apply(StatusChange(time: t(23), agent: "a1", state: .available))
        #expect(model.apply(StatusChange(time: midnight + 86_400, agent: "a1", state: .offline)) == nil)
        #expect(model.apply(StatusChange(time: midnight + 90_000, agent: "a1", state: .pause)) == nil)
        #expect(model.agent("a1")?.state == .available)
        #expect(model.agent("a1")?.since == t(23))
    }

    @Test func rowsAfterTheCutoffAreIgnored() {
        var model = team(Self.roster, cutoff: t(12))
        #expect(model.apply(StatusChange(time: t(12), agent: "a1", state: .call)) == nil)
        #expect(model.apply(StatusChange(time: t(12, 0, 1), agent: "a1", state: .wrap)) == nil)
        #expect(model.agent("a1")?.state == .call)
    }
}
