import Testing
@testable import CallboardModel

@Suite("TeamDay.apply(CallRecord)")
struct TeamDayCallsTests {
    static let roster = [Agent(id: "a1", name: "Łukasz"), Agent(id: "a2", name: "Żaneta")]

    @Test func todaysCallsAreCounted() {
        var model = team(Self.roster)
        #expect(model.apply(call("c1", "a1", t(9), 120)) == nil)
        #expect(model.apply(call("c2", "a1", t(9, 5), 45)) == nil)
        #expect(model.apply(call("c3", "a2", t(9, 7), 300)) == nil)
        #expect(model.agent("a1")?.calls == 2)
        #expect(model.agent("a1")?.talkSeconds == 165)
        #expect(model.agent("a2")?.talkSeconds == 300)
        #expect(model.callsToday.map(\.id) == ["c1", "c2", "c3"])
        #expect(model.call("c2")?.duration == 45)
        #expect(model.teamCalls == 3)
        #expect(model.call("c2")?.end == t(9, 5, 45))
    }

    @Test func anEarlierFlaggedCallIsKeptButNotCounted() {
        var model = team(Self.roster)
        let old = call("e1", "a1", midnight - 3600, 200, "complaint", flagged: true)
        #expect(model.apply(old) == nil)
        #expect(model.flaggedEarlier == [old])
        #expect(model.call("e1") == old)
        #expect(model.callsToday.isEmpty)
        #expect(model.agent("a1")?.calls == 0)
    }

    @Test func anEarlierUnflaggedCallIsDropped() {
        var model = team(Self.roster)
        // Started 23:58 yesterday, ended today: it belongs to yesterday.
        #expect(model.apply(call("e2", "a1", midnight - 120, 600)) == nil)
        #expect(model.call("e2") == nil)
        #expect(model.flaggedEarlier.isEmpty)
        #expect(model.callsToday.isEmpty)
    }

    @Test func aDuplicateIDIsRejected() {
        var model = team(Self.roster)
        _ = model.apply(call("c1", "a1", t(9), 120))
        #expect(model.apply(call("c1", "a2", t(10), 60)) == .duplicateCall("c1", first: nil))
        #expect(model.agent("a2")?.calls == 0)
        #expect(model.call("c1")?.agent == "a1")
        // The id of a kept earlier call is taken too.
        _ = model.apply(call("e1", "a1", midnight - 3600, 200, flagged: true))
        #expect(model.apply(call("e1", "a1", t(11), 60)) == .duplicateCall("e1", first: nil))
    }

    @Test func anUnknownAgentIsRejected() {
        var model = team(Self.roster)
        #expect(model.apply(call("c1", "a9", t(9), 120)) == .unknownAgent("a9"))
        #expect(model.call("c1") == nil)
    }

    @Test func callsFromTomorrowAreIgnored() {
        var model = team(Self.roster)
        #expect(model.apply(call("c1", "a1", midnight + 86_400, 60)) == nil)
        #expect(model.callsToday.isEmpty)
        // One that started before midnight counts even though it ends tomorrow.
        #expect(model.apply(call("c2", "a1", t(23, 59), 300)) == nil)
        #expect(model.callsToday.map(\.id) == ["c2"])
    }

    @Test func theCutoffAppliesToTheCallsEnd() {
        var model = team(Self.roster, cutoff: t(10))
        // 09:55 + 300 s ends at 10:00:00, the cutoff itself.
        #expect(model.apply(call("c1", "a1", t(9, 55), 300)) == nil)
        // 09:55 + 301 s ends a second after it.
        #expect(model.apply(call("c2", "a1", t(9, 55), 301)) == nil)
        #expect(model.callsToday.map(\.id) == ["c1"])
        #expect(model.agent("a1")?.calls == 1)
    }
}
