import Testing
@testable import CallboardModel

@Suite("ReviewLedger: sessions, dismissals and undo across kinds")
struct ReviewLedgerKindsTests {
    static let s1 = SessionMark(id: "s1", time: t(9, 10), item: "k1", agent: "a1", kind: .oneOnOne, reviewer: "ewa")
    static let d1 = DismissMark(id: "d1", time: t(9, 20), suggestion: "long-pause:a1", agent: "a1", reviewer: "ewa")

    @Test func applyAnswersWhetherSessionsAndDismissalsChanged() {
        var ledger = ReviewLedger()
        let changes = [
            ledger.apply(.session(Self.s1)),
            ledger.apply(.session(Self.s1)),                                          // same id again
            ledger.apply(.dismiss(Self.d1)),
            ledger.apply(dismiss("s1", "no-review:a2", "a2", at: t(9, 30))),          // a session's id
            ledger.apply(review("d1", "c1", "a1", at: t(9, 40))),                     // a dismissal's id
            ledger.apply(undo("u1", "s1", at: t(10))),
            ledger.apply(undo("u2", "d1", at: t(10, 1))),
            ledger.apply(undo("u3", "d1", at: t(10, 2))),                             // already undone
        ]
        #expect(changes == [true, false, true, false, false, true, true, false])
        // Only the first record of each id is kept, whatever the kind of the later ones.
        #expect(ledger.sessions == [Self.s1])
        #expect(ledger.dismissals == [Self.d1])
        #expect(ledger.reviews.isEmpty)
        #expect(!ledger.isReviewed("c1"))
        #expect(ledger.undone == ["s1", "d1"])
        #expect(!ledger.isStanding("s1") && !ledger.isStanding("d1"))
    }

    @Test func lastStandingWalksBackAcrossKinds() {
        var ledger = ReviewLedger()
        let r1 = ReviewMark(id: "r1", time: t(9), call: "c1", agent: "a1", reviewer: "ewa", score: 4)
        let r2 = ReviewMark(id: "r2", time: t(9, 30), call: "c2", agent: "a2", reviewer: "adam")
        ledger.apply(.review(r1))
        ledger.apply(.session(Self.s1))   // 09:10, ewa
        ledger.apply(.dismiss(Self.d1))   // 09:20, ewa
        ledger.apply(.review(r2))         // 09:30, adam
        // Ewa's latest is the dismissal; Adam's own review after it does not hide it.
        #expect(ledger.lastStanding(by: "ewa") == .dismiss(Self.d1))
        #expect(ledger.lastStanding(by: "adam") == .review(r2))
        ledger.apply(undo("u1", "d1", at: t(10)))
        #expect(ledger.lastStanding(by: "ewa") == .session(Self.s1))
        ledger.apply(undo("u2", "s1", at: t(10, 1)))
        #expect(ledger.lastStanding(by: "ewa") == .review(r1))
        ledger.apply(undo("u3", "r1", at: t(10, 2)))
        #expect(ledger.lastStanding(by: "ewa") == nil)
        #expect(ledger.lastStanding(by: "adam") == .review(r2))
    }

    @Test func lastStandingFollowsJournalOrderNotTime() {
        var ledger = ReviewLedger()
        // A session written later in the journal with an earlier time is still the one `u` takes back.
        ledger.apply(review("r1", "c1", "a1", at: t(11)))
        ledger.apply(session("s1", item: "k1", agent: "a1", at: t(10)))
        #expect(ledger.lastStanding(by: "ewa")?.id == "s1")
    }

    @Test func sessionOfItemIsItsLatestStandingRecord() {
        var ledger = ReviewLedger()
        ledger.apply(session("s1", item: "k1", agent: "a1", at: t(9)))
        ledger.apply(session("s2", item: "k1", agent: "a1", at: t(10)))
        ledger.apply(session("s3", item: "k2", agent: nil, kind: .group, at: t(11)))
        #expect(ledger.session(ofItem: "k1")?.id == "s2")
        #expect(ledger.session(ofItem: "k2")?.agent == nil)
        #expect(ledger.session(ofItem: "k2")?.kind == .group)
        #expect(ledger.session(ofItem: "zz") == nil)
        ledger.apply(undo("u1", "s2", at: t(12)))
        #expect(ledger.session(ofItem: "k1")?.id == "s1")
        #expect(ledger.standingSessions.map(\.id) == ["s1", "s3"])
        ledger.apply(undo("u2", "s1", at: t(12, 1)))
        #expect(ledger.session(ofItem: "k1") == nil)
        // Undone records stay in the list of every session.
        #expect(ledger.sessions.map(\.id) == ["s1", "s2", "s3"])
        #expect(ledger.standingSessions.map(\.id) == ["s3"])
    }

    @Test func isDismissedOnlyWithinTheRangeAndUntilUndone() {
        var ledger = ReviewLedger()
        let thisDay = midnight..<(midnight + 86_400)
        let dayBefore = (midnight - 86_400)..<midnight
        ledger.apply(dismiss("d1", "long-pause:a1", "a1", at: t(9)))
        ledger.apply(dismiss("d2", "no-review:a2", "a2", at: midnight))             // the first second of today
        ledger.apply(dismiss("d3", "no-review:a3", "a3", at: midnight + 86_400))    // the first second of tomorrow
        #expect(ledger.isDismissed("long-pause:a1", in: thisDay))
        #expect(!ledger.isDismissed("long-pause:a1", in: dayBefore))
        #expect(ledger.isDismissed("no-review:a2", in: thisDay))
        #expect(!ledger.isDismissed("no-review:a2", in: dayBefore))
        #expect(!ledger.isDismissed("no-review:a3", in: thisDay))
        // Another rule of the same agent is not dismissed.
        #expect(!ledger.isDismissed("no-review:a1", in: thisDay))
        ledger.apply(undo("u1", "d1", at: t(9, 5)))
        #expect(!ledger.isDismissed("long-pause:a1", in: thisDay))
        // Dismissing it again stands.
        ledger.apply(dismiss("d4", "long-pause:a1", "a1", at: t(9, 10)))
        #expect(ledger.isDismissed("long-pause:a1", in: thisDay))
    }

    @Test func reviewsOfACallIncludeUndoneOnesAndStandingReviewsDoNot() {
        var ledger = ReviewLedger()
        ledger.apply(review("r1", "c1", "a1", at: t(9)))
        ledger.apply(review("r2", "c2", "a1", at: t(9, 10)))
        ledger.apply(review("r3", "c1", "a1", at: t(9, 20), by: "adam"))
        ledger.apply(undo("u1", "r1", at: t(9, 30)))
        #expect(ledger.reviews(ofCall: "c1").map(\.id) == ["r1", "r3"])
        #expect(ledger.reviews(ofCall: "c2").map(\.id) == ["r2"])
        #expect(ledger.reviews(ofCall: "c9").isEmpty)
        #expect(ledger.standingReviews.map(\.id) == ["r2", "r3"])
        #expect(ledger.review(id: "r1")?.call == "c1")
        #expect(ledger.standingReview(id: "r1") == nil)
    }

    @Test func anUndoArrivingBeforeItsTargetKeepsEachKindFromStanding() {
        var ledger = ReviewLedger()
        // Journals merged from two machines can list an undo before what it takes back.
        #expect(ledger.apply(undo("u1", "s1", at: t(10))) == false)
        #expect(ledger.apply(undo("u2", "d1", at: t(10))) == false)
        #expect(ledger.apply(undo("u3", "r1", at: t(10))) == false)
        #expect(ledger.apply(session("s1", item: "k1", agent: "a1", at: t(9))) == false)
        #expect(ledger.apply(dismiss("d1", "long-pause:a1", "a1", at: t(9))) == false)
        #expect(ledger.apply(review("r1", "c1", "a1", at: t(9))) == false)
        #expect(ledger.session(ofItem: "k1") == nil)
        #expect(ledger.standingSessions.isEmpty)
        #expect(!ledger.isDismissed("long-pause:a1", in: midnight..<(midnight + 86_400)))
        #expect(!ledger.isReviewed("c1"))
        #expect(ledger.standingReviews.isEmpty)
        #expect(ledger.lastStanding(by: "ewa") == nil)
        // The records are kept, and an undo of them now changes nothing.
        #expect(ledger.sessions.count == 1 && ledger.dismissals.count == 1 && ledger.reviews.count == 1)
        #expect(ledger.apply(undo("u4", "s1", at: t(11))) == false)
    }

    @Test func anUndoOfAnUndoDoesNotRestoreTheTarget() {
        var ledger = ReviewLedger()
        ledger.apply(session("s1", item: "k1", agent: "a1", at: t(9)))
        ledger.apply(undo("u1", "s1", at: t(9, 1)))
        // Undo records are not themselves taken back: `u` only walks reviews, sessions, dismissals.
        #expect(ledger.apply(undo("u2", "u1", at: t(9, 2))) == false)
        #expect(ledger.session(ofItem: "k1") == nil)
        #expect(!ledger.isStanding("u1"))
    }
}
