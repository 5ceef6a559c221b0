import Testing
@testable import CallboardModel

@Suite("AgentDay")
struct AgentDayTests {
    /// A day of changes, entered directly; the comments give each closed stretch.
    static func sample() -> AgentDay {
        var a = AgentDay(agent: Agent(id: "a1", name: "Łukasz"))
        a.enter(.available, reason: nil, at: midnight - 1200, dayStart: midnight)      // 23:40 yesterday
        a.enter(.pause, reason: "Break", at: t(0, 10), dayStart: midnight)            // available 600 (from 00:00)
        a.enter(.available, reason: nil, at: t(0, 25), dayStart: midnight)            // pause "break" 900
        a.enter(.call, reason: nil, at: t(1), dayStart: midnight)                     // available 2100
        a.enter(.wrap, reason: nil, at: t(1, 7, 30), dayStart: midnight)              // call 450
        a.enter(.pause, reason: "lunch", at: t(1, 10), dayStart: midnight)            // wrap 150
        a.enter(.pause, reason: "BREAK", at: t(1, 40), dayStart: midnight)            // pause "lunch" 1800
        return a
    }

    @Test func secondsPerStateCountTheCurrentStretch() {
        let a = Self.sample()
        let now = t(1, 52)   // 12 minutes into the second break
        #expect(a.seconds(in: .available, dayStart: midnight, at: now) == 2700)  // 600 + 2100
        #expect(a.seconds(in: .call, dayStart: midnight, at: now) == 450)
        #expect(a.seconds(in: .wrap, dayStart: midnight, at: now) == 150)
        #expect(a.seconds(in: .pause, dayStart: midnight, at: now) == 3420)      // 900 + 1800 + 720
        #expect(a.seconds(in: .offline, dayStart: midnight, at: now) == 0)
        #expect(a.secondsInState(at: now) == 720)
    }

    @Test func pauseSecondsPerReasonIgnoreCase() {
        let a = Self.sample()
        let now = t(1, 52)
        #expect(a.pauseSeconds(reason: "break", dayStart: midnight, at: now) == 1620)  // 900 + 720
        #expect(a.pauseSeconds(reason: "Break", dayStart: midnight, at: now) == 1620)
        #expect(a.pauseSeconds(reason: "LUNCH", dayStart: midnight, at: now) == 1800)
        #expect(a.pauseSeconds(reason: "training", dayStart: midnight, at: now) == 0)
        #expect(a.pauseSeconds(reason: "", dayStart: midnight, at: now) == 0)
        #expect(a.reason == "BREAK")
    }

    @Test func aClockBehindTheLastChangeCountsNothingNegative() {
        let a = Self.sample()
        #expect(a.secondsInState(at: t(1, 30)) == 0)
        #expect(a.seconds(in: .pause, dayStart: midnight, at: t(1, 30)) == 2700)
    }

    @Test func aPauseWithoutReasonIsFiledUnderTheEmptyReason() {
        var a = AgentDay(agent: Agent(id: "a1", name: "Łukasz"))
        a.enter(.pause, reason: nil, at: t(9), dayStart: midnight)
        #expect(a.pauseSeconds(reason: "", dayStart: midnight, at: t(9, 5)) == 300)
        a.enter(.available, reason: "stale", at: t(9, 10), dayStart: midnight)
        #expect(a.reason == nil)
        #expect(a.closedPauseByReason == ["": 600])
        #expect(a.pauseSeconds(reason: "", dayStart: midnight, at: t(12)) == 600)
    }
}
