import Testing
import CallboardModel
@testable import CallboardUI

extension Harness {
    /// A key as the runner hands it over: to the open form first, else as an action.
    @discardableResult
    mutating func hit(_ key: Key) -> [Effect] {
        Update.handle(key, to: &ui, model: model, rows: rows, now: now, newID: { "id-1" })
    }

    /// Several keys; the effects of all of them, in order.
    @discardableResult
    mutating func hit(_ keys: [Key]) -> [Effect] {
        keys.flatMap { hit($0) }
    }

    /// Typed character by character.
    @discardableResult
    mutating func typing(_ text: String) -> [Effect] {
        hit(text.map(Key.character))
    }

    /// The journal's answer to each record the effects asked for: saved (`error` nil) or refused.
    mutating func journalAnswers(_ effects: [Effect], error: String? = nil) {
        for case .appendJournal(let record, let confirmation) in effects {
            Update.journalWritten(record.id, error: error, confirmation: confirmation, to: &ui, now: now)
        }
    }

    var evaluation: EvaluationForm? {
        if case .evaluate(let f)? = ui.form { return f }
        return nil
    }

    var sessionForm: SessionForm? {
        if case .session(let f)? = ui.form { return f }
        return nil
    }
}

/// `down` pressed `n` times.
func downs(_ n: Int) -> [Key] { Array(repeating: .down, count: n) }

/// The keys that reach the coaching row `key` from the top of the panel (`3`, then `down`
/// as many times as the row is below the first), in the order the rows have in `model`.
func toCoaching(_ key: String, in model: TeamDay = fixtureTeam()) -> [Key] {
    let rows = DashboardRows(model: model, now: now)
    let index = rows.coaching.firstIndex { $0.key == key }
    precondition(index != nil, "no coaching row \(key)")
    return [.character("3")] + downs(index!)
}

@Suite("Update: the evaluation form")
struct FormUpdateTests {
    // Coaching rows: k1 (overdue), c090 and c106 (flagged), k2, k3, k4, then agent a4, c110, agent a1,
    // c107, agent a5, c108 (the routine picks).
    static let defaultTags = ["greeting", "needs analysis", "objections", "closing"]

    /// The form open on c110 (Agnieszka Dąbrowska's no-sale call), reached with keys.
    static func onC110(_ model: TeamDay = fixtureTeam()) -> Harness {
        var h = Harness(model: model)
        h.hit(toCoaching("call:c110", in: model))
        #expect(h.selected(.coaching) == "call:c110")
        #expect(h.hit(.character("e")) == [])
        return h
    }

    // MARK: Opening

    @Test func eOnACallRowOpensTheFormWithTheSettingsTags() {
        let h = Self.onC110()
        #expect(h.ui.form == .evaluate(EvaluationForm(call: "c110", agent: "a4", tags: Self.defaultTags)))
        let f = h.evaluation!
        #expect(f.field == .score && f.score == nil && f.chosen.isEmpty && f.tagCursor == 0 && f.note.isEmpty && f.hint == nil)
        #expect(h.ui.message == nil)
    }

    @Test func eOnAnAgentLineEvaluatesThatAgentsFirstCall() {
        var h = Harness()
        h.hit(toCoaching("agent:a4"))
        #expect(h.selected(.coaching) == "agent:a4")
        h.hit(.character("e"))
        #expect(h.ui.form == .evaluate(EvaluationForm(call: "c110", agent: "a4", tags: Self.defaultTags)))
    }

    @Test func eInACallsDetailsKeepsTheDetailsOpenBehindTheForm() {
        var h = Harness()
        h.hit(toCoaching("call:c106") + [.enter])
        #expect(h.ui.overlay == .details(.call("c106")))
        h.hit(.character("e"))
        #expect(h.ui.form == .evaluate(EvaluationForm(call: "c106", agent: "a2", tags: Self.defaultTags)))
        #expect(h.ui.overlay == .details(.call("c106")))
        // Esc closes the form only.
        h.hit(.escape)
        #expect(h.ui.form == nil)
        #expect(h.ui.overlay == .details(.call("c106")))
    }

    @Test func eOnAReviewItemEvaluatesItsCall() {
        var h = Harness()
        h.hit(toCoaching("item:k4"))
        #expect(h.selected(.coaching) == "item:k4")
        h.hit(.character("e"))
        // k4 is about c105, Grzegorz's call.
        #expect(h.ui.form == .evaluate(EvaluationForm(call: "c105", agent: "a3", tags: Self.defaultTags)))
    }

    @Test func eWithoutACallOnlySaysSo() {
        var agents = Harness()
        #expect(agents.hit(.character("e")) == [])
        #expect(agents.ui.form == nil)
        #expect(agents.ui.message == StatusMessage(text: "Select a call to evaluate in Coaching (press 3)", isError: false,
                                                   until: now + 5))
        var item = Harness()
        item.hit(toCoaching("item:k1") + [.character("e")])
        #expect(item.selected(.coaching) == "item:k1")
        #expect(item.ui.form == nil)
        #expect(item.ui.message?.text == "Select a call to evaluate in Coaching (press 3)")
    }

    @Test func tagsFollowTheSettings() {
        let h = Self.onC110(fixtureTeam { $0.reviewTags = ["powitanie", "zamknięcie"] })
        #expect(h.evaluation?.tags == ["powitanie", "zamknięcie"])
    }

    // MARK: Score

    @Test func aDigitSetsTheScoreAndMovesToTheTags() {
        var h = Self.onC110()
        #expect(h.hit(.character("4")) == [])
        #expect(h.evaluation?.score == 4)
        #expect(h.evaluation?.field == .tags)
        // In the tags a digit still changes the score, and the focus stays.
        h.hit(.character("2"))
        #expect(h.evaluation?.score == 2)
        #expect(h.evaluation?.field == .tags)
        // In the note it is text.
        h.hit([.tab, .character("3")])
        #expect(h.evaluation?.field == .note)
        #expect(h.evaluation?.score == 2)
        #expect(h.evaluation?.note.text == "3")
    }

    @Test func withoutTagsADigitMovesToTheNote() {
        var h = Self.onC110(fixtureTeam { $0.reviewTags = [] })
        h.hit(.character("5"))
        #expect(h.evaluation?.score == 5)
        #expect(h.evaluation?.field == .note)
    }

    @Test func leftAndRightAdjustTheScoreWithinOneToFive() {
        var h = Self.onC110()
        // No score yet: → gives 1, and so does ←.
        h.hit(.right)
        #expect(h.evaluation?.score == 1)
        h.hit(.right)
        #expect(h.evaluation?.score == 2)
        h.hit([.left, .left])
        #expect(h.evaluation?.score == 1)
        var fresh = Self.onC110()
        fresh.hit(.left)
        #expect(fresh.evaluation?.score == 1)
        // 5 stays 5; ← from 5 is 4. Arrows do not leave the field.
        fresh.hit([.right, .right, .right, .right, .right, .right])
        #expect(fresh.evaluation?.score == 5)
        fresh.hit(.left)
        #expect(fresh.evaluation?.score == 4)
        #expect(fresh.evaluation?.field == .score)
    }

    // MARK: Moving between fields

    @Test func tabShiftTabUpAndDownCycleTheFields() {
        var h = Self.onC110()
        var seen: [EvaluationForm.Field] = []
        for key in [Key.tab, .tab, .tab, .backTab, .backTab, .backTab, .down, .up, .up] {
            h.hit(key)
            seen.append(h.evaluation!.field)
        }
        #expect(seen == [.tags, .note, .score, .note, .tags, .score, .tags, .score, .note])
        // The dashboard's focus is not touched.
        #expect(h.ui.focus == .coaching)
    }

    @Test func withoutTagsTabGoesBetweenScoreAndNote() {
        var h = Self.onC110(fixtureTeam { $0.reviewTags = [] })
        h.hit(.tab)
        #expect(h.evaluation?.field == .note)
        h.hit(.tab)
        #expect(h.evaluation?.field == .score)
        h.hit(.backTab)
        #expect(h.evaluation?.field == .note)
    }

    // MARK: Tags

    @Test func spaceTogglesTheTagUnderTheCursor() {
        var h = Self.onC110()
        h.hit([.character("4"), .character(" ")])
        #expect(h.evaluation?.chosen == ["greeting"])
        // The cursor stops at the last tag.
        h.hit([.right, .right, .right, .right, .right])
        #expect(h.evaluation?.tagCursor == 3)
        h.hit(.character(" "))
        #expect(h.evaluation?.chosen == ["greeting", "closing"])
        h.hit([.left, .character(" ")])
        #expect(h.evaluation?.chosen == ["greeting", "objections", "closing"])
        // Again: off.
        h.hit(.character(" "))
        #expect(h.evaluation?.chosen == ["greeting", "closing"])
        h.hit([.left, .left, .left, .left])
        #expect(h.evaluation?.tagCursor == 0)
        // Chosen last, listed in the settings' order.
        #expect(h.evaluation?.chosenTags == ["greeting", "closing"])
        #expect(h.evaluation?.note.isEmpty == true)
    }

    @Test func spaceInTheScoreFieldDoesNothing() {
        var h = Self.onC110()
        h.hit(.character(" "))
        #expect(h.evaluation == EvaluationForm(call: "c110", agent: "a4", tags: Self.defaultTags))
    }

    // MARK: Typing

    @Test func aLetterInTheScoreOrTagsFieldJumpsToTheNoteAndIsTyped() {
        var h = Self.onC110()
        h.hit(.character("D"))
        #expect(h.evaluation?.field == .note)
        #expect(h.evaluation?.note.text == "D")
        #expect(h.evaluation?.score == nil)
        h.hit([.tab, .character("4")])
        #expect(h.evaluation?.field == .tags)
        h.hit(.character("ó"))
        #expect(h.evaluation?.field == .note)
        #expect(h.evaluation?.note.text == "Dó")
        #expect(h.evaluation?.score == 4)
    }

    @Test func shortcutsAreTextWhileTheFormIsOpen() {
        var h = Self.onC110()
        h.hit(.tab)
        h.hit(.tab)
        #expect(h.typing("qQ?pwurxdla12j") == [])
        #expect(h.evaluation?.note.text == "qQ?pwurxdla12j")
        #expect(!h.ui.quitting)
        #expect(h.ui.overlay == nil)
        #expect(h.ui.focus == .coaching)
        #expect(h.selected(.coaching) == "call:c110")
    }

    @Test func aPolishNoteTypedWithCursorMovesBackspaceAndDelete() {
        var h = Self.onC110()
        h.hit([.character("5"), .tab])
        #expect(h.evaluation?.field == .note)
        h.typing("Zażółć jaźń")
        #expect(h.evaluation?.note.cursor == 11)
        // Back over " jaźń" and put a word in.
        h.hit([.left, .left, .left, .left, .left])
        #expect(h.evaluation?.note.cursor == 6)
        h.typing(" gęślą")
        #expect(h.evaluation?.note.text == "Zażółć gęślą jaźń")
        #expect(h.evaluation?.note.cursor == 12)
        // The last letter is two bytes; backspace takes it whole.
        h.hit([.end, .backspace])
        #expect(h.evaluation?.note.text == "Zażółć gęślą jaź")
        h.typing("ń!")
        // Z a ż ó ł ć ␠ g ę ś l ą ␠ j a ź ń !: cursor 18; two left is before "ń".
        h.hit([.left, .left, .backspace])
        #expect(h.evaluation?.note.text == "Zażółć gęślą jań!")
        #expect(h.evaluation?.note.cursor == 15)
        h.typing("ź")
        #expect(h.evaluation?.note.text == "Zażółć gęślą jaźń!")
        #expect(h.evaluation?.note.cursor == 16)
        h.hit([.home, .delete])
        #expect(h.evaluation?.note.text == "ażółć gęślą jaźń!")
        h.typing("Ż")
        #expect(h.evaluation?.note.text == "Żażółć gęślą jaźń!")
        #expect(h.evaluation?.note.cursor == 1)
        // A word added at the end and taken back with Ctrl-W leaves a trailing space, trimmed on saving.
        h.hit(.end)
        h.typing(" też")
        h.hit(.unknown(23))
        #expect(h.evaluation?.note.text == "Żażółć gęślą jaźń! ")
        let effects = h.hit(.enter)
        let mark = ReviewMark(id: "id-1", time: now, call: "c110", agent: "a4", reviewer: "ewa", score: 5,
                              note: "Żażółć gęślą jaźń!")
        #expect(effects == [.appendJournal(.review(mark),
                                           confirmation: "Evaluated call c110 (Agnieszka Dąbrowska): 5/5; u undoes it")])
        #expect(h.evaluation?.saving == .saving(id: "id-1"))
        h.journalAnswers(effects)
        #expect(h.ui.form == nil)
    }

    // MARK: Enter and Esc

    @Test func enterWithoutAScoreSetsAHintAndWritesNothing() {
        var h = Self.onC110()
        h.typing("Dobrze")
        #expect(h.evaluation?.field == .note)
        #expect(h.hit(.enter) == [])
        #expect(h.evaluation?.hint == "choose a score 1–5 first")
        #expect(h.evaluation?.field == .score)
        #expect(h.evaluation?.note.text == "Dobrze")
        #expect(h.ui.message == nil)
        // The next key clears the hint.
        h.hit(.character("3"))
        #expect(h.evaluation?.hint == nil)
        #expect(h.evaluation?.score == 3)
    }

    @Test func enterWithAScoreAppendsOneEvaluationAndClosesTheForm() {
        var h = Self.onC110()
        // Score 4; closing chosen before greeting; a note with spaces around it.
        h.hit([.character("4"), .right, .right, .right, .character(" "), .left, .left, .left, .character(" "), .tab])
        h.typing("  Dobre otwarcie, zabrakło pytania o budżet  ")
        let effects = h.hit(.enter)
        let mark = ReviewMark(id: "id-1", time: now, call: "c110", agent: "a4", reviewer: "ewa", score: 4,
                              tags: ["greeting", "closing"], note: "Dobre otwarcie, zabrakło pytania o budżet")
        #expect(effects == [.appendJournal(.review(mark),
                                           confirmation: "Evaluated call c110 (Agnieszka Dąbrowska): 4/5; u undoes it")])
        // On screen, locked, until the journal answers; then closed with the confirmation.
        #expect(h.evaluation?.saving == .saving(id: "id-1"))
        #expect(h.ui.message == nil)
        h.journalAnswers(effects)
        #expect(h.ui.form == nil)
        #expect(h.ui.message?.text == "Evaluated call c110 (Agnieszka Dąbrowska): 4/5; u undoes it")
        #expect(h.ui.message?.isError == false)
    }

    @Test func aBlankNoteIsNoNote() {
        var h = Self.onC110()
        h.hit([.character("2"), .tab])
        h.typing("   ")
        let mark = ReviewMark(id: "id-1", time: now, call: "c110", agent: "a4", reviewer: "ewa", score: 2)
        #expect(h.hit(.enter) == [.appendJournal(.review(mark),
                                                 confirmation: "Evaluated call c110 (Agnieszka Dąbrowska): 2/5; u undoes it")])
    }

    @Test func anAlreadyReviewedCallCanBeEvaluated() {
        // c105 (k4's call) was marked reviewed by ewa at 10:45; `r` refuses it, `e` does not.
        var h = Harness()
        h.hit(toCoaching("item:k4") + [.character("e"), .character("5")])
        let mark = ReviewMark(id: "id-1", time: now, call: "c105", agent: "a3", reviewer: "ewa", score: 5)
        let effects = h.hit(.enter)
        #expect(effects == [.appendJournal(.review(mark),
                                           confirmation: "Evaluated call c105 (Grzegorz Brzęczyszczykiewicz): 5/5; u undoes it")])
        h.journalAnswers(effects)
        #expect(h.ui.form == nil)
    }

    @Test func escClosesTheFormWritesNothingAndSaysSo() {
        var h = Self.onC110()
        h.hit([.character("4"), .character(" ")])
        h.typing("xyz")
        #expect(h.hit(.escape) == [])
        #expect(h.ui.form == nil)
        #expect(h.ui.message == StatusMessage(text: "Evaluation cancelled; nothing saved", isError: false, until: now + 5))
        // The selection is where it was.
        #expect(h.selected(.coaching) == "call:c110")
    }

    @Test func resizeWhileTheFormIsOpenKeepsIt() {
        var h = Self.onC110()
        h.hit([.character("4"), .character(" "), .tab])
        h.typing("Łódź")
        h.hit(.left)
        let before = h.ui
        #expect(h.hit(.resize) == [.redrawAll])
        #expect(h.ui == before)
        #expect(h.evaluation?.note.cursor == 3)
        // And the form goes on taking keys.
        h.typing("x")
        #expect(h.evaluation?.note.text == "Łódxź")
    }
}
