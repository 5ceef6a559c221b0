import Testing
import CallboardModel
@testable import CallboardUI

/// The form after Enter: locked while the journal writes, closed when saved, kept with
/// everything typed when the journal refuses the record.
@Suite("Update: a form while its record is written")
struct FormSavingTests {
    /// c110 evaluated 4/5 with the closing tag and a note, Enter pressed.
    static func entered() -> (Harness, [Effect]) {
        var h = FormUpdateTests.onC110()
        h.hit([.character("4"), .right, .right, .right, .character(" "), .tab])
        h.typing("Zabrakło pytania o budżet")
        let effects = h.hit(.enter)
        return (h, effects)
    }

    @Test func keysWhileSavingChangeNothing() {
        var (h, effects) = Self.entered()
        #expect(effects.count == 1)
        let before = h.ui.form
        #expect(h.hit([.character("2"), .backspace, .tab, .enter, .character("x")]) == [])
        #expect(h.ui.form == before)
    }

    @Test func notSavedKeepsTheFormWithEverythingTypedAndEnterTriesAgain() {
        var (h, effects) = Self.entered()
        h.journalAnswers(effects, error: "the journal is locked by another program (waited 10 s)")
        let f = h.evaluation
        #expect(f?.saving == .notSaved(error: "the journal is locked by another program (waited 10 s)"))
        #expect(f?.score == 4 && f?.chosenTags == ["closing"] && f?.note.text == "Zabrakło pytania o budżet")
        #expect(h.ui.message?.text == "NOT SAVED: the journal is locked by another program (waited 10 s)")
        #expect(h.ui.message?.isError == true)
        // The form can be edited again; Enter writes a new record with what it shows now.
        h.hit([.backTab, .backTab, .character("3")])
        let again = h.hit(.enter)
        let mark = ReviewMark(id: "id-1", time: now, call: "c110", agent: "a4", reviewer: "ewa", score: 3,
                              tags: ["closing"], note: "Zabrakło pytania o budżet")
        #expect(again == [.appendJournal(.review(mark), confirmation: "Evaluated call c110 (Agnieszka Dąbrowska): 3/5; u undoes it")])
        #expect(h.evaluation?.saving == .saving(id: "id-1"))
        h.journalAnswers(again)
        #expect(h.ui.form == nil)
    }

    @Test func escAfterNotSavedDiscardsAndSaysSo() {
        var (h, effects) = Self.entered()
        h.journalAnswers(effects, error: "disk full")
        #expect(h.hit(.escape) == [])
        #expect(h.ui.form == nil)
        #expect(h.ui.message?.text == "Evaluation discarded; nothing saved")
    }

    @Test func escWhileSavingPutsTheFormAwayAndARefusalBringsItBack() {
        var (h, effects) = Self.entered()
        let typed = h.evaluation
        h.hit(.escape)
        #expect(h.ui.form == nil)
        #expect(h.ui.message?.text == "Still saving; you will see if it fails")
        h.journalAnswers(effects, error: "disk full")
        var expected = typed
        expected?.saving = .notSaved(error: "disk full")
        #expect(h.evaluation == expected)
        #expect(h.ui.formsInFlight.isEmpty)
    }

    @Test func escWhileSavingThenSavedLeavesNothingBehind() {
        var (h, effects) = Self.entered()
        h.hit(.escape)
        h.journalAnswers(effects)
        #expect(h.ui.form == nil && h.ui.formsInFlight.isEmpty && h.ui.formsRefused.isEmpty)
        #expect(h.ui.message?.text == "Evaluated call c110 (Agnieszka Dąbrowska): 4/5; u undoes it")
    }

    @Test func aRefusedFormWaitsForTheOpenOneToClose() {
        var (h, effects) = Self.entered()
        h.hit(.escape)
        // Another form opened meanwhile (c110 again, from the same row).
        h.hit(.character("e"))
        #expect(h.evaluation?.score == nil)
        h.journalAnswers(effects, error: "disk full")
        #expect(h.evaluation?.score == nil, "the open form stays where it is")
        #expect(h.ui.formsRefused.count == 1)
        h.hit(.escape)
        #expect(h.evaluation?.score == 4 && h.evaluation?.saving == .notSaved(error: "disk full"))
        #expect(h.ui.formsRefused.isEmpty)
    }

    @Test func aSessionFormNotSavedKeepsItsNote() {
        var h = UpdateCoachingKeysTests.at("item:k1")
        h.hit(.character("d"))
        h.typing("Omówione reklamacje")
        let effects = h.hit(.enter)
        h.journalAnswers(effects, error: "disk full")
        #expect(h.sessionForm?.note.text == "Omówione reklamacje")
        #expect(h.sessionForm?.saving == .notSaved(error: "disk full"))
        h.hit(.escape)
        #expect(h.ui.form == nil)
        #expect(h.ui.message?.text == "Not marked done; nothing saved")
    }

    @Test func anAnswerForARecordWithoutAFormIsOnlyAMessage() {
        var h = Harness()
        Update.journalWritten("undo-1", error: "disk full", confirmation: "Undone: review of call c105", to: &h.ui, now: now)
        #expect(h.ui.form == nil)
        #expect(h.ui.message?.text == "NOT SAVED: disk full")
    }

    @Test func theFormShowsSavingAndNotSavedOnALineOfItsOwn() {
        var (h, effects) = Self.entered()
        #expect(h.render(80, 24).contains("Saving…"))
        h.journalAnswers(effects, error: "disk full")
        let text = h.render(80, 24)
        #expect(text.contains("NOT SAVED: disk full; Enter tries again, Esc discards"))
        #expect(text.contains("Zabrakło pytania o budżet"))
    }
}

extension Harness {
    /// The frame drawn from this state, as lines of text.
    mutating func render(_ width: Int, _ height: Int) -> String {
        let screen = CallboardUITests.render(context(model), width: width, height: height, ui: &ui)
        return (0..<height).map { screen.line($0) }.joined(separator: "\n")
    }
}
