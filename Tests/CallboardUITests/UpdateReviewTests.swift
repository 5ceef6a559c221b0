import Testing
import CallboardModel
@testable import CallboardUI

@Suite("Update: r and u")
struct UpdateReviewTests {
    // Coaching rows: k1 (overdue), c090 and c106 (flagged), k2, k3, k4, then agent a4, c110, agent a1,
    // c107, agent a5, c108 (the routine picks).

    @Test func rOnAReviewRowAppendsAReview() {
        var h = Harness()
        h.hit(toCoaching("call:c110"))
        let effects = h.press(.markReviewed)
        let mark = ReviewMark(id: "id-1", time: now, call: "c110", agent: "a4", reviewer: "ewa")
        #expect(effects == [.appendJournal(.review(mark), confirmation: "Reviewed call c110 (Agnieszka Dąbrowska); u undoes it")])
        #expect(h.ui.message == nil)
    }

    @Test func rOnAFlaggedCallOfAnEarlierDay() {
        var h = Harness()
        h.press([.focus(.coaching), .down])
        let mark = ReviewMark(id: "id-1", time: now, call: "c090", agent: "a6", reviewer: "ewa")
        #expect(h.press(.markReviewed) == [.appendJournal(.review(mark),
                                                          confirmation: "Reviewed call c090 (Małgorzata Kowalczyk); u undoes it")])
    }

    @Test func rOnAnAlreadyReviewedCallOnlySaysSo() {
        var h = Harness()
        // k4 is a review item about c105, which ewa reviewed at 10:45.
        h.hit(toCoaching("item:k4"))
        #expect(h.selected(.coaching) == "item:k4")
        #expect(h.press(.markReviewed).isEmpty)
        #expect(h.ui.message == StatusMessage(text: "Call c105 is already reviewed; e adds an evaluation", isError: false, until: now + 5))
    }

    @Test func rOutsideTheCoachingPanelOrOnAnItemWithoutACall() {
        var h = Harness()
        #expect(h.press(.markReviewed).isEmpty)
        #expect(h.ui.message?.text == "Select a call to review in Coaching (press 3)")
        var s = Harness()
        s.press(.focus(.sales))
        #expect(s.press(.markReviewed).isEmpty)
        #expect(s.ui.message?.text == "Select a call to review in Coaching (press 3)")
        var k = Harness()
        k.press([.focus(.coaching), .top])
        #expect(k.selected(.coaching) == "item:k1")
        #expect(k.press(.markReviewed).isEmpty)
        #expect(k.ui.message?.text == "Select a call to review in Coaching (press 3)")
    }

    @Test func rOnAnAgentsLineMarksThatAgentsFirstCall() {
        var a = Harness()
        a.hit(toCoaching("agent:a4"))
        #expect(a.selected(.coaching) == "agent:a4")
        let mark = ReviewMark(id: "id-1", time: now, call: "c110", agent: "a4", reviewer: "ewa")
        #expect(a.press(.markReviewed) == [.appendJournal(.review(mark), confirmation: "Reviewed call c110 (Agnieszka Dąbrowska); u undoes it")])
    }

    @Test func rInACallsDetails() {
        var h = Harness()
        h.hit(toCoaching("call:c106"))
        h.press(.open)
        #expect(h.ui.overlay == .details(.call("c106")))
        let mark = ReviewMark(id: "id-1", time: now, call: "c106", agent: "a2", reviewer: "ewa")
        #expect(h.press(.markReviewed) == [.appendJournal(.review(mark), confirmation: "Reviewed call c106 (Żaneta Wiśniewska); u undoes it")])
        #expect(h.ui.overlay == .details(.call("c106")))
    }

    @Test func rInOtherOverlaysDoesNothing() {
        var h = Harness()
        h.press(.open)
        #expect(h.press(.markReviewed).isEmpty)
        #expect(h.ui.message == nil)
        h.press(.help)
        #expect(h.press(.markReviewed).isEmpty)
    }

    @Test func uTakesBackTheReviewersLastStandingReview() {
        var h = Harness()
        let undo = UndoMark(id: "id-1", time: now, target: "r1", reviewer: "ewa")
        #expect(h.press(.undo) == [.appendJournal(.undo(undo), confirmation: "Undone: review of call c105")])
        // Once the journal holds the undo there is nothing left.
        h.model.apply(.undo(undo))
        #expect(h.press(.undo).isEmpty)
        #expect(h.ui.message?.text == "Nothing to undo")
    }

    @Test func uTargetsTheLatestReviewOfThisReviewer() {
        var h = Harness()
        h.model.apply(.review(ReviewMark(id: "r2", time: t(10, 50), call: "c110", agent: "a4", reviewer: "ewa")))
        h.model.apply(.review(ReviewMark(id: "r3", time: t(10, 55), call: "c108", agent: "a5", reviewer: "adam")))
        h.press(.help)
        let effects = h.press(.undo)
        #expect(effects == [.appendJournal(.undo(UndoMark(id: "id-1", time: now, target: "r2", reviewer: "ewa")),
                                           confirmation: "Undone: review of call c110")])
    }

    @Test func uWithoutOwnReviewsSaysNothingToUndo() {
        var h = Harness(reviewer: "adam")
        #expect(h.press(.undo).isEmpty)
        #expect(h.ui.message == StatusMessage(text: "Nothing to undo", isError: false, until: now + 5))
    }
}
