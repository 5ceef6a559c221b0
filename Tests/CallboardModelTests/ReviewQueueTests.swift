import Testing
@testable import CallboardModel

@Suite("TeamDay.reviewQueue")
struct ReviewQueueTests {
    static let roster = [
        Agent(id: "a1", name: "Anna"), Agent(id: "a2", name: "Bartek"),
        Agent(id: "a3", name: "Celina"), Agent(id: "a4", name: "Dawid"),
    ]

    /// The scenario of the queue tests (default quota: 2 a day).
    /// The policy these tests were worked out for: two calls a day per agent.
    static var twoADay: Settings {
        var s = Settings()
        s.reviewQuota = 2
        return s
    }

    static func model(settings: Settings = Self.twoADay) -> TeamDay {
        var m = team(roster, settings: settings)
        let calls = [
            call("e1", "a4", midnight - 36_000, 300, "complaint", flagged: true),   // 14:00 yesterday
            call("e2", "a3", midnight - 86_400 * 2, 300, "complaint", flagged: true), // reviewed yesterday
            call("c1", "a1", t(9), 120, "no sale"),
            call("c2", "a1", t(9, 10), 600, "sale"),
            call("c3", "a1", t(9, 30), 300, "callback"),
            call("c4", "a1", t(9, 40), 29, "no answer"),   // under 30 s
            call("c5", "a1", t(9, 50), 300, "Sold"),
            call("c6", "a2", t(10), 200, "no sale", flagged: true),
            call("c7", "a2", t(10, 5), 400, "no sale"),
            call("c8", "a2", t(10, 10), 500, "no sale"),
            call("c9", "a3", t(10, 20), 100, "no sale"),
            call("c10", "a3", t(10, 30), 100, "no sale"),
            call("c11", "a3", t(10, 40), 30, "no sale"),  // exactly 30 s counts
            call("c12", "a4", t(11), 400, "no sale"),
        ]
        for c in calls { _ = m.apply(c) }
        m.apply(review("r0", "e2", "a3", at: midnight - 3600))
        m.apply(review("r1", "c12", "a4", at: t(11, 30)))
        return m
    }

    static func ids(_ queue: [PendingReview]) -> [String] { queue.map(\.call.id) }

    @Test func flaggedFirstThenAMixOfPicks() {
        let queue = Self.model().reviewQueue()
        // Flagged, oldest first: e1 (yesterday), c6. e2 is reviewed.
        // Agents with a flagged call pending first (Bartek 0 reviews this week, Dawid 1), then
        // Anna (0) and Celina (1: r0 on Wednesday is this week).
        // Bartek: 2 − 1 pending flagged = 1: the longest without a sale, c8 (500).
        // Dawid: 2 − 1 reviewed today − 1 pending flagged = 0.
        // Anna: 2: the longest without a sale c3 (300), then the shortest c1 (120).
        // Celina: 2: the longest without a sale c9 (100, earlier than c10), the shortest c11 (30).
        #expect(Self.ids(queue) == ["e1", "c6", "c8", "c3", "c1", "c9", "c11"])
        #expect(queue.prefix(2).allSatisfy { $0.reason == .flagged && $0.pick == nil })
        #expect(queue.dropFirst(2).map(\.pick) == [.noSale, .noSale, .shortest, .noSale, .shortest])
    }

    @Test func theMixTakesTurnsAndNeverListsACallTwice() {
        var s = Self.twoADay
        s.reviewQuota = 4
        let queue = Self.model(settings: s).reviewQueue()
        // Anna: no sale c3, shortest c1, longest c2 (600), then no sale is used up (c3, c1
        // listed) and the shortest left is c5 (300 "Sold", after c3 at 300 by time).
        // Bartek: 3 wanted, 2 exist: c8 (no sale), c7 (shortest). Dawid: 4 − 1 − 1 = 2: nothing left.
        // Celina: c9 (no sale), c11 (shortest), c10 (longest, after c9 by time).
        #expect(Self.ids(queue) == ["e1", "c6", "c8", "c7", "c3", "c1", "c2", "c5", "c9", "c11", "c10"])
        #expect(Set(Self.ids(queue)).count == queue.count)
    }

    @Test func agentsWithFewestReviewsThisWeekComeFirst() {
        var m = Self.model()
        m.apply(review("r2", "c2", "a1", at: t(12)))
        let queue = m.reviewQueue()
        // Anna now has 1 review: after the flagged agents, Anna and Celina both have 1 (by name);
        // Anna wants 1 more: c3.
        #expect(Self.ids(queue) == ["e1", "c6", "c8", "c3", "c9", "c11"])
    }

    @Test func aReviewedFlaggedCallLeavesAndFreesTheQuota() {
        var m = Self.model()
        m.apply(review("r3", "c6", "a2", at: t(12)))
        // Bartek: 2 − 1 reviewed today = 1, no flagged call pending, 1 review this week: after
        // Dawid (flagged) and Anna (0), before Celina (1) by name.
        #expect(Self.ids(m.reviewQueue()) == ["e1", "c3", "c1", "c8", "c9", "c11"])
        // Undoing the review brings the flagged call back.
        m.apply(undo("u1", "r3", at: t(12, 1)))
        #expect(Self.ids(m.reviewQueue()) == ["e1", "c6", "c8", "c3", "c1", "c9", "c11"])
    }

    @Test func progressPerAgent() {
        let plan = Self.model().reviewPlan()
        #expect(plan.progress.map(\.agent) == ["a2", "a4", "a1", "a3"])
        // Bartek: 0 this week, 1 flagged + 1 pick waiting; the week's target is 2 a day × 5.
        #expect(plan.progress[0] == ReviewProgress(agent: "a2", today: 0, thisWeek: 0, quota: 2, weekTarget: 10,
                                                   isNew: false, waiting: 2))
        #expect(plan.progress[1] == ReviewProgress(agent: "a4", today: 1, thisWeek: 1, quota: 2, weekTarget: 10,
                                                   isNew: false, waiting: 1))
        #expect(plan.progress[3] == ReviewProgress(agent: "a3", today: 0, thisWeek: 1, quota: 2, weekTarget: 10,
                                                   isNew: false, waiting: 2))
    }

    @Test func aWeeklyQuotaCountsTheWeeksReviews() {
        var s = Self.twoADay
        s.reviewQuota = 2
        s.reviewPeriod = .week
        let plan = Self.model(settings: s).reviewPlan()
        // Celina has 1 review this week (Wednesday): 2 − 1 = 1 pick, c9. Anna 2: c3, c1.
        // Bartek 2 − 1 flagged = 1: c8. Dawid 2 − 1 − 1 = 0.
        #expect(Self.ids(plan.pending) == ["e1", "c6", "c8", "c3", "c1", "c9"])
        #expect(plan.progress.first { $0.agent == "a3" }?.weekTarget == 2)
    }

    @Test func newAgentsGetMoreReviews() {
        var s = Self.twoADay
        s.reviewQuota = 1
        var roster = Self.roster
        roster[0].startDate = today.adding(days: -10)   // Anna started 10 days ago: new (under 30)
        roster[2].startDate = today.adding(days: -30)   // Celina 30 days ago: no longer new
        var m = team(roster, settings: s)
        for c in [call("c1", "a1", t(9), 120, "no sale"), call("c2", "a1", t(9, 10), 600, "sale"),
                  call("c3", "a1", t(9, 30), 300, "callback"), call("c9", "a3", t(10), 100, "no sale"),
                  call("c10", "a3", t(10, 30), 90, "no sale")] {
            _ = m.apply(c)
        }
        let plan = m.reviewPlan()
        // Anna: 1 × 2 = 2 (c3 no sale, c1 shortest); Celina 1 (c9).
        #expect(Self.ids(plan.pending) == ["c3", "c1", "c9"])
        let anna = plan.progress.first { $0.agent == "a1" }
        #expect(anna?.isNew == true && anna?.quota == 2 && anna?.weekTarget == 10)
        #expect(plan.progress.first { $0.agent == "a3" }?.isNew == false)
    }

    @Test func inactiveAgentsGetNoPicksButTheirFlaggedCallsStay() {
        var roster = Self.roster
        roster[0].active = false
        var m = team(roster)
        _ = m.apply(call("c1", "a1", t(9), 120, "no sale"))
        _ = m.apply(call("c2", "a1", t(9, 10), 100, "no sale", flagged: true))
        let plan = m.reviewPlan()
        #expect(Self.ids(plan.pending) == ["c2"])
        #expect(!plan.progress.contains { $0.agent == "a1" })
    }

    @Test func quotaZeroListsOnlyFlaggedCalls() {
        var s = Self.twoADay
        s.reviewQuota = 0
        #expect(Self.ids(Self.model(settings: s).reviewQueue()) == ["e1", "c6"])
    }

    @Test(arguments: ["sale", "SALE", "sold", "won", "Success", "order"])
    func saleOutcomes(outcome: String) {
        #expect(TeamDay.isSaleOutcome(outcome))
    }

    @Test(arguments: ["no sale", "callback", "sales", ""])
    func otherOutcomes(outcome: String) {
        #expect(!TeamDay.isSaleOutcome(outcome))
    }
}
