import Testing
@testable import CallboardModel

@Suite("TeamDay.reviewPlan: what waits, and undo")
struct ReviewPlanTests {
    static let roster = [Agent(id: "a1", name: "Anna"), Agent(id: "a2", name: "Bartek")]

    /// Anna: c1 120 s no sale, c2 600 s sale, c3 300 s callback.
    /// The policy these tests were worked out for: two calls a day per agent.
    static var twoADay: Settings {
        var s = Settings()
        s.reviewQuota = 2
        return s
    }

    static func model(settings: Settings = Self.twoADay) -> TeamDay {
        var m = team(roster, settings: settings)
        _ = m.apply(call("c1", "a1", t(9), 120, "no sale"))
        _ = m.apply(call("c2", "a1", t(9, 10), 600, "sale"))
        _ = m.apply(call("c3", "a1", t(9, 30), 300, "callback"))
        return m
    }

    @Test func aCallReviewedThenUndoneCanBePickedAgain() {
        var m = Self.model()
        // Quota 2: the longest without a sale, c3, then the shortest, c1.
        #expect(m.reviewQueue().map(\.call.id) == ["c3", "c1"])
        // Reviewed yesterday (it does not count toward today's quota): c3 is out of the mix.
        // Without a sale only c1 is left; the shortest after it is c2.
        m.apply(review("r1", "c3", "a1", at: midnight - 60))
        #expect(m.reviewQueue().map(\.call.id) == ["c1", "c2"])
        #expect(m.reviewQueue().map(\.pick) == [.noSale, .shortest])
        m.apply(undo("u1", "r1", at: t(10)))
        #expect(m.reviewQueue().map(\.call.id) == ["c3", "c1"])
    }

    @Test func aReviewTodayFillsTheQuotaUntilItIsUndone() {
        var m = Self.model()
        m.apply(review("r1", "c3", "a1", at: t(10)))
        // 2 − 1 reviewed today = 1 more: without a sale, c1.
        #expect(m.reviewQueue().map(\.call.id) == ["c1"])
        m.apply(review("r2", "c1", "a1", at: t(10, 5)))
        #expect(m.reviewQueue().isEmpty)
        m.apply(undo("u1", "r2", at: t(10, 6)))
        m.apply(undo("u2", "r1", at: t(10, 7)))
        #expect(m.reviewQueue().map(\.call.id) == ["c3", "c1"])
        #expect(m.agent("a1")?.reviewsToday == 0)
    }

    @Test func waitingCountsFlaggedCallsAndPicks() {
        var m = Self.model()
        _ = m.apply(call("f1", "a2", on(2, 15), 90, "complaint", flagged: true))
        _ = m.apply(call("f2", "a2", t(11), 20, "complaint", flagged: true))   // too short to pick, flagged all the same
        _ = m.apply(call("c4", "a2", t(11, 10), 400, "no sale"))
        var plan = m.reviewPlan()
        // Bartek: 2 flagged waiting; 2 − 2 = 0 picks. Anna: 2 picks.
        #expect(plan.progress.map(\.agent) == ["a2", "a1"])
        #expect(plan.progress.map(\.waiting) == [2, 2])
        #expect(plan.pending.map(\.call.id) == ["f1", "f2", "c3", "c1"])

        // One flagged call reviewed today: 1 flagged waiting, and 2 − 1 reviewed − 1 flagged = 0 picks.
        m.apply(review("r1", "f1", "a2", at: t(12)))
        plan = m.reviewPlan()
        #expect(plan.progress.first { $0.agent == "a2" }?.waiting == 1)
        #expect(plan.pending.map(\.call.id) == ["f2", "c3", "c1"])

        // Both reviewed: no flagged call waits, the quota is met.
        m.apply(review("r2", "f2", "a2", at: t(12, 5)))
        plan = m.reviewPlan()
        #expect(plan.progress.first { $0.agent == "a2" }?.waiting == 0)
        #expect(plan.progress.first { $0.agent == "a2" }?.today == 2)
        #expect(plan.pending.map(\.call.id) == ["c3", "c1"])
    }

    @Test func waitingIsWhatCanBePickedNotWhatTheQuotaAsks() {
        var s = Self.twoADay
        s.reviewQuota = 5
        var m = Self.model(settings: s)
        _ = m.apply(call("c5", "a2", t(10), 29, "no sale"))   // under 30 s: never picked
        let plan = m.reviewPlan()
        // Anna has 3 calls to pick from, Bartek none.
        #expect(plan.progress.map(\.agent) == ["a1", "a2"])
        #expect(plan.progress.map(\.waiting) == [3, 0])
        #expect(plan.progress.map(\.quota) == [5, 5])
        #expect(plan.progress.map(\.weekTarget) == [25, 25])
    }
}
