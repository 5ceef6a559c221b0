import Testing
@testable import CallboardModel

@Suite("TeamDay.apply(JournalRecord)")
struct TeamDayJournalTests {
    static let roster = [Agent(id: "a1", name: "Łukasz"), Agent(id: "a2", name: "Żaneta")]

    @Test func aReviewTodayCountsForTheCallsAgent() {
        var model = team(Self.roster)
        model.apply(review("r1", "c1", "a1", at: t(10)))
        #expect(model.agent("a1")?.reviewsToday == 1)
        #expect(model.agent("a2")?.reviewsToday == 0)
        #expect(model.journal.isReviewed("c1"))
        #expect(model.journal.review(ofCall: "c1")?.id == "r1")
    }

    @Test func aReviewMadeYesterdayStandsButIsNotCountedToday() {
        var model = team(Self.roster)
        model.apply(review("r1", "c1", "a1", at: midnight - 1))
        model.apply(review("r2", "c2", "a1", at: midnight + 86_400))
        #expect(model.journal.isReviewed("c1"))
        #expect(model.journal.isReviewed("c2"))
        #expect(model.agent("a1")?.reviewsToday == 0)
    }

    @Test func undoTakesTheReviewBack() {
        var model = team(Self.roster)
        model.apply(review("r1", "c1", "a1", at: t(10)))
        model.apply(undo("u1", "r1", at: t(10, 1)))
        #expect(model.agent("a1")?.reviewsToday == 0)
        #expect(!model.journal.isReviewed("c1"))
        #expect(model.journal.undone == ["r1"])
        // Undoing it again changes nothing.
        model.apply(undo("u2", "r1", at: t(10, 2)))
        #expect(model.agent("a1")?.reviewsToday == 0)
    }

    @Test func undoOfAnUnknownIDChangesNothingAndBlocksThatIDLater() {
        var model = team(Self.roster)
        model.apply(review("r1", "c1", "a1", at: t(10)))
        model.apply(undo("u1", "nope", at: t(10, 1)))
        #expect(model.agent("a1")?.reviewsToday == 1)
        #expect(model.journal.isReviewed("c1"))
        // A review with that id arriving later is already undone.
        model.apply(review("nope", "c2", "a2", at: t(10, 2)))
        #expect(!model.journal.isReviewed("c2"))
        #expect(model.agent("a2")?.reviewsToday == 0)
    }

    @Test func aDuplicateReviewIDIsIgnored() {
        var model = team(Self.roster)
        model.apply(review("r1", "c1", "a1", at: t(10)))
        model.apply(review("r1", "c2", "a2", at: t(10, 5)))
        #expect(model.journal.reviews.count == 1)
        #expect(model.agent("a1")?.reviewsToday == 1)
        #expect(model.agent("a2")?.reviewsToday == 0)
        #expect(!model.journal.isReviewed("c2"))
    }

    @Test func undoingTheLatestReviewOfACallRestoresTheEarlierOne() {
        var model = team(Self.roster)
        model.apply(review("r1", "c1", "a1", at: t(9), by: "ewa"))
        model.apply(review("r2", "c1", "a1", at: t(10), by: "adam"))
        #expect(model.journal.review(ofCall: "c1")?.id == "r2")
        // Two supervisors reviewed the same call: it counts once toward the agent's quota.
        #expect(model.agent("a1")?.reviewsToday == 1)
        model.apply(undo("u1", "r2", at: t(10, 1), by: "adam"))
        #expect(model.journal.review(ofCall: "c1")?.id == "r1")
        #expect(model.journal.isReviewed("c1"))
        #expect(model.agent("a1")?.reviewsToday == 1)
    }

    @Test func undoOfYesterdaysReviewLeavesTodaysCountAlone() {
        var model = team(Self.roster)
        model.apply(review("r0", "c0", "a1", at: midnight - 60))
        model.apply(review("r1", "c1", "a1", at: t(9)))
        model.apply(undo("u1", "r0", at: t(9, 30)))
        #expect(model.agent("a1")?.reviewsToday == 1)
        #expect(!model.journal.isReviewed("c0"))
    }

    @Test func reviewsOfUnknownAgentsStandWithoutCounting() {
        var model = team(Self.roster)
        model.apply(review("r1", "c1", "gone", at: t(9)))
        #expect(model.journal.isReviewed("c1"))
        #expect(model.agents.allSatisfy { $0.reviewsToday == 0 })
    }

    @Test func recordsAfterTheCutoffAndUnknownKindsAreIgnored() {
        var model = team(Self.roster, cutoff: t(12))
        model.apply(review("r1", "c1", "a1", at: t(12)))
        model.apply(review("r2", "c2", "a1", at: t(12, 0, 1)))
        model.apply(undo("u1", "r1", at: t(12, 0, 1)))
        model.apply(.other(kind: "comment"))
        #expect(model.journal.reviews.map(\.id) == ["r1"])
        #expect(model.journal.isReviewed("c1"))
        #expect(model.agent("a1")?.reviewsToday == 1)
    }
}
