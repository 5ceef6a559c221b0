import Testing
@testable import CallboardModel

@Suite("TeamDay.reviewQueue")
struct ReviewQueueTests {
    static let roster = [
        Agent(id: "a1", name: "Anna"), Agent(id: "a2", name: "Bartek"),
        Agent(id: "a3", name: "Celina"), Agent(id: "a4", name: "Dawid"),
    ]

    /// The scenario of the queue tests (default quota: 2 a day).
    static func model(settings: Settings = Settings()) -> TeamDay {
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

    @Test func flaggedFirstThenQuotaPicks() {
        let queue = Self.model().reviewQueue()
        // Flagged, oldest first: e1 (yesterday), c6. e2 is reviewed.
        // Anna: 2 wanted; non-sales first, longest first: c3 (300), c1 (120).
        // Bartek: 2 − 1 pending flagged = 1: c8 (500) over c7 (400).
        // Celina: 2 wanted: c9 and c10 tie at 100 s, earlier first.
        // Dawid: 2 − 1 reviewed today − 1 pending flagged = 0.
        #expect(Self.ids(queue) == ["e1", "c6", "c3", "c1", "c8", "c9", "c10"])
        #expect(queue.prefix(2).allSatisfy { $0.reason == .flagged })
        #expect(queue.dropFirst(2).allSatisfy { $0.reason == .quota })
    }

    @Test func salesAreTakenOnlyWhenNothingElseIsLeft() {
        var s = Settings()
        s.reviewQuota = 4
        let queue = Self.model(settings: s).reviewQueue()
        // Anna: c3, c1, then sales longest first: c2 (600), c5 (300 "Sold"); c4 is too short.
        // Bartek: 3 wanted, 2 exist: c8, c7. Celina: c9, c10, c11. Dawid: 4 − 1 − 1 = 2: nothing left.
        #expect(Self.ids(queue) == ["e1", "c6", "c3", "c1", "c2", "c5", "c8", "c7", "c9", "c10", "c11"])
    }

    @Test func agentsWithFewestReviewsTodayComeFirst() {
        var m = Self.model()
        m.apply(review("r2", "c2", "a1", at: t(12)))
        let queue = m.reviewQueue()
        // Anna now has 1 review: Bartek (0), Celina (0), then Anna (1 wanted: c3), then Dawid (0 wanted).
        #expect(Self.ids(queue) == ["e1", "c6", "c8", "c9", "c10", "c3"])
    }

    @Test func aReviewedFlaggedCallLeavesAndFreesTheQuota() {
        var m = Self.model()
        m.apply(review("r3", "c6", "a2", at: t(12)))
        // Bartek: 2 − 1 reviewed today = 1 and no flagged call pending; with a review today he
        // now comes after Anna and Celina (and before Dawid, by name).
        #expect(Self.ids(m.reviewQueue()) == ["e1", "c3", "c1", "c9", "c10", "c8"])
        // Undoing the review brings the flagged call back.
        m.apply(undo("u1", "r3", at: t(12, 1)))
        #expect(Self.ids(m.reviewQueue()) == ["e1", "c6", "c3", "c1", "c8", "c9", "c10"])
    }

    @Test func quotaZeroListsOnlyFlaggedCalls() {
        var s = Settings()
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
