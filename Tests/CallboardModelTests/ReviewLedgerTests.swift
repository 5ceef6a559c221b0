import Testing
@testable import CallboardModel

@Suite("ReviewLedger")
struct ReviewLedgerTests {
    @Test func applyAnswersWhetherStandingReviewsChanged() {
        var ledger = ReviewLedger()
        let changes = [
            ledger.apply(review("r1", "c1", "a1", at: t(9))),
            ledger.apply(review("r1", "c1", "a1", at: t(9))),
            ledger.apply(undo("u1", "r1", at: t(9, 1))),
            ledger.apply(undo("u2", "r1", at: t(9, 2))),
            ledger.apply(undo("u3", "missing", at: t(9, 3))),
            ledger.apply(.other(kind: "note")),
        ]
        #expect(changes == [true, false, true, false, false, false])
        #expect(ledger.reviews.count == 1)
        #expect(ledger.undone == ["r1", "missing"])
    }

    @Test func lastStandingIsPerReviewerAndSkipsUndone() {
        var ledger = ReviewLedger()
        ledger.apply(review("r1", "c1", "a1", at: t(9), by: "ewa"))
        ledger.apply(review("r2", "c2", "a1", at: t(9, 10), by: "adam"))
        ledger.apply(review("r3", "c3", "a2", at: t(9, 20), by: "ewa"))
        #expect(ledger.lastStanding(by: "ewa")?.id == "r3")
        #expect(ledger.lastStanding(by: "adam")?.id == "r2")
        ledger.apply(undo("u1", "r3", at: t(9, 30), by: "ewa"))
        #expect(ledger.lastStanding(by: "ewa")?.id == "r1")
        ledger.apply(undo("u2", "r1", at: t(9, 31), by: "ewa"))
        #expect(ledger.lastStanding(by: "ewa") == nil)
        #expect(ledger.lastStanding(by: "nobody") == nil)
    }

    @Test func standingReviewAndReviewOfCall() {
        var ledger = ReviewLedger()
        ledger.apply(review("r1", "c1", "a1", at: t(9)))
        ledger.apply(review("r2", "c1", "a1", at: t(10)))
        ledger.apply(undo("u1", "r1", at: t(10, 30)))
        #expect(ledger.standingReview(id: "r1") == nil)
        #expect(ledger.standingReview(id: "r2")?.time == t(10))
        #expect(ledger.standingReview(id: "zz") == nil)
        // Undoing the older review keeps the newer one as the call's review.
        #expect(ledger.review(ofCall: "c1")?.id == "r2")
        ledger.apply(undo("u2", "r2", at: t(10, 31)))
        #expect(ledger.review(ofCall: "c1") == nil)
        #expect(!ledger.isReviewed("c1"))
    }

    @Test func effectiveReviewsInARange() {
        var ledger = ReviewLedger()
        ledger.apply(review("r0", "c0", "a1", at: midnight - 1))
        ledger.apply(review("r1", "c1", "a1", at: t(9)))
        ledger.apply(review("r2", "c2", "a1", at: t(10)))
        ledger.apply(review("r3", "c3", "a1", at: midnight + 86_400))
        ledger.apply(undo("u1", "r1", at: t(11)))
        #expect(ledger.effectiveReviews(in: midnight..<(midnight + 86_400)).map(\.id) == ["r2"])
    }
}
