import Testing
import CallboardModel
@testable import CallboardUI

/// The form box sits on the bottom rows of the body (rows 1 … height − 2), full width: 80×24 puts a
/// 5-row evaluation form on rows 18–22, 120×40 on rows 34–38. Inside the border: one blank column,
/// a 7-column label, then the field; the hints are written over the bottom border.
@Suite("FormView")
struct FormViewRenderTests {
    static let tags = ["greeting", "needs analysis", "objections", "closing"]

    /// Score 4, greeting and closing chosen, the tag cursor on closing, the note focused with the
    /// cursor on the "ż" of "budżet" (character 38 of 41).
    static func evaluation() -> EvaluationForm {
        var f = EvaluationForm(call: "c110", agent: "a4", tags: tags)
        f.score = 4
        f.chosen = ["greeting", "closing"]
        f.tagCursor = 3
        f.field = .note
        f.note = TextField("Dobre otwarcie, zabrakło pytania o budżet", maxLength: 1000)
        for _ in 0..<3 { f.note.moveLeft() }
        return f
    }

    static let cursorStyle = Style(.selected, [.reverse])

    // c110 started at 10:50, lasted 360 s and ended without a sale.
    static let rows80 = expectedLines("""
        ┌ Evaluate call c110 · Agnieszka Dąbrowska · 10:50 6:00 no sale ───────────────┐
        │ Score   1   2   3  [4]  5                                                    │
        │ Tags   [x] greeting  [ ] needs analysis  [ ] objections  [x] closing         │
        │ Note   Dobre otwarcie, zabrakło pytania o budżet                             │
        └──────────────────────────────────────────────────────────────────────────────┘
        """)

    static let rows120 = expectedLines("""
        ┌ Evaluate call c110 · Agnieszka Dąbrowska · 10:50 6:00 no sale ───────────────────────────────────────────────────────┐
        │ Score   1   2   3  [4]  5                                                                                            │
        │ Tags   [x] greeting  [ ] needs analysis  [ ] objections  [x] closing                                                 │
        │ Note   Dobre otwarcie, zabrakło pytania o budżet                                                                     │
        └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
        """)

    @Test func evaluationFormAt80x24() {
        let screen = render(width: 80, height: 24) { $0.form = .evaluate(Self.evaluation()) }
        #expect(region(screen, x: 0, y: 18, width: 80, height: 5) == Self.rows80)
        // The dashboard above is untouched.
        let plain = render(width: 80, height: 24)
        #expect(Array(screen.lines[0..<18]) == Array(plain.lines[0..<18]))
        // The chosen score stands out; the unfocused labels are dim, the focused one is not.
        #expect(styles(of: "[4]", inRow: 19, of: screen) == Array(repeating: Style(.targetMet, [.bold, .reverse]), count: 3))
        #expect(styles(of: " 3 ", inRow: 19, of: screen) == Array(repeating: Style.normal, count: 3))
        #expect(styles(of: "Score", inRow: 19, of: screen) == Array(repeating: Style(.dim), count: 5))
        #expect(styles(of: "Tags", inRow: 20, of: screen) == Array(repeating: Style(.dim), count: 4))
        #expect(styles(of: "Note", inRow: 21, of: screen) == Array(repeating: Style(.hotkey, [.bold]), count: 4))
        #expect(styles(of: "[x] greeting", inRow: 20, of: screen) == Array(repeating: Style(.targetMet, [.bold]), count: 12))
        #expect(styles(of: "[ ] objections", inRow: 20, of: screen) == Array(repeating: Style.normal, count: 14))
        // The cursor: column 9 + 38 = 47, on "ż", reversed; its neighbours are plain.
        #expect(screen[47, 21].text == "ż")
        #expect(screen[47, 21].style == Self.cursorStyle)
        #expect(screen[46, 21].text == "d" && screen[46, 21].style == .normal)
        #expect(screen[48, 21].text == "e" && screen[48, 21].style == .normal)
        #expect((0..<80).filter { screen[$0, 21].style.attributes.contains(.reverse) } == [47])
        // The form's keys are on the bottom line: keys bold, labels dim.
        #expect(screen.line(23).hasPrefix(" Enter save  Esc cancel  Tab next field  1-5 score  Space tag"))
        #expect(styles(of: "Enter", inRow: 23, of: screen) == Array(repeating: Style(.hotkey, [.bold]), count: 5))
        #expect(styles(of: " save ", inRow: 23, of: screen) == Array(repeating: Style(.dim), count: 6))
    }

    @Test func evaluationFormAt120x40() {
        let screen = render(width: 120, height: 40) { $0.form = .evaluate(Self.evaluation()) }
        #expect(region(screen, x: 0, y: 34, width: 120, height: 5) == Self.rows120)
        #expect(screen[47, 37].text == "ż")
        #expect(screen[47, 37].style == Self.cursorStyle)
        #expect((0..<120).filter { screen[$0, 37].style.attributes.contains(.reverse) } == [47])
        #expect(styles(of: "[4]", inRow: 35, of: screen) == Array(repeating: Style(.targetMet, [.bold, .reverse]), count: 3))
    }

    @Test func theFormSurvivesAResize() {
        // The same form, reached with keys: c110, score 4, greeting and closing, the note, three left.
        var h = Harness()
        h.hit(toCoaching("call:c110") + [.character("e"), .character("4"), .character(" "), .right, .right, .right,
                                              .character(" "), .tab])
        h.typing("Dobre otwarcie, zabrakło pytania o budżet")
        h.hit([.left, .left, .left])
        #expect(h.evaluation == Self.evaluation())
        let ctx = context(h.model)
        let small = render(ctx, width: 80, height: 24, ui: &h.ui)
        #expect(region(small, x: 0, y: 18, width: 80, height: 5) == Self.rows80)
        #expect(h.hit(.resize) == [.redrawAll])
        let large = render(ctx, width: 120, height: 40, ui: &h.ui)
        #expect(region(large, x: 0, y: 34, width: 120, height: 5) == Self.rows120)
        #expect(large[47, 37].style == Self.cursorStyle)
        // And back: the same picture as before.
        #expect(h.hit(.resize) == [.redrawAll])
        #expect(render(ctx, width: 80, height: 24, ui: &h.ui) == small)
    }

    // MARK: A note longer than the field

    /// "żółw " twenty times: 100 characters for a field of 80 − 11 = 69 columns.
    static func longNote(cursor: Int) -> EvaluationForm {
        var f = EvaluationForm(call: "c110", agent: "a4", tags: tags)
        f.field = .note
        f.note = TextField(String(repeating: "żółw ", count: 20), maxLength: 1000)
        f.note.moveHome()
        for _ in 0..<cursor { f.note.moveRight() }
        return f
    }

    @Test func atTheEndTheFieldShowsTheLastCharactersAndTheCursorOnTheLastColumn() {
        // The cursor cell is the free column after the text: 68 characters fit before it, so
        // characters 32…99 ("łw " and thirteen "żółw ") fill columns 9–76 and the cursor is at 77.
        let screen = render(width: 80, height: 24) { $0.form = .evaluate(Self.longNote(cursor: 100)) }
        #expect(region(screen, x: 0, y: 21, width: 80, height: 1) == [
            "│ Note   łw żółw żółw żółw żółw żółw żółw żółw żółw żółw żółw żółw żółw żółw   │",
        ])
        #expect(screen[77, 21].text == " ")
        #expect(screen[77, 21].style == Self.cursorStyle)
        #expect((0..<80).filter { screen[$0, 21].style.attributes.contains(.reverse) } == [77])
    }

    @Test func atTheStartTheFieldShowsTheFirstCharacters() {
        // 69 characters from the first: thirteen "żółw " and "żółw".
        let screen = render(width: 80, height: 24) { $0.form = .evaluate(Self.longNote(cursor: 0)) }
        #expect(region(screen, x: 0, y: 21, width: 80, height: 1) == [
            "│ Note   żółw żółw żółw żółw żółw żółw żółw żółw żółw żółw żółw żółw żółw żółw │",
        ])
        #expect(screen[9, 21].text == "ż")
        #expect(screen[9, 21].style == Self.cursorStyle)
    }

    @Test func inTheMiddleTheWindowEndsAtTheCursor() {
        // Cursor on character 80 (a "ż"): the window is characters 12…80, the cursor on column 77.
        let screen = render(width: 80, height: 24) { $0.form = .evaluate(Self.longNote(cursor: 80)) }
        #expect(region(screen, x: 0, y: 21, width: 80, height: 1) == [
            "│ Note   łw żółw żółw żółw żółw żółw żółw żółw żółw żółw żółw żółw żółw żółw ż │",
        ])
        #expect(screen[77, 21].text == "ż")
        #expect(screen[77, 21].style == Self.cursorStyle)
    }

    // MARK: Other states

    @Test func withoutTagsAndWithAHint() {
        // Two lines: the box is 4 rows, 19–22. The score has the focus; the empty note says "optional".
        var f = EvaluationForm(call: "c110", agent: "a4", tags: [])
        f.hint = "choose a score 1–5 first"
        let screen = render(width: 80, height: 24) { $0.form = .evaluate(f) }
        #expect(region(screen, x: 0, y: 19, width: 80, height: 4) == expectedLines("""
            ┌ Evaluate call c110 · Agnieszka Dąbrowska · 10:50 6:00 no sale ───────────────┐
            │ Score   1   2   3   4   5    choose a score 1–5 first                        │
            │ Note   optional                                                              │
            └──────────────────────────────────────────────────────────────────────────────┘
            """))
        #expect(styles(of: "Score", inRow: 20, of: screen) == Array(repeating: Style(.hotkey, [.bold]), count: 5))
        #expect(styles(of: "choose a score 1–5 first", inRow: 20, of: screen)
                == Array(repeating: Style(.warning, [.bold]), count: 24))
        #expect(styles(of: "optional", inRow: 21, of: screen) == Array(repeating: Style(.dim), count: 8))
        // No cursor while the note does not have the focus.
        #expect((0..<80).filter { screen[$0, 21].style.attributes.contains(.reverse) } == [])
    }

    @Test func tagsThatDoNotFitStartNearTheCursor() {
        // Items with their gaps: 14, 20, 16, 13, 15, 15. Up to the cursor (the sixth) that is 93 columns
        // from the first, 79 from the second, 59 from the third: 59 fit in 69.
        var f = EvaluationForm(call: "c110", agent: "a4",
                               tags: ["greeting", "needs analysis", "objections", "closing", "upselling", "follow-up"])
        f.field = .tags
        f.tagCursor = 5
        let screen = render(width: 80, height: 24) { $0.form = .evaluate(f) }
        #expect(region(screen, x: 0, y: 20, width: 80, height: 1) == [
            "│ Tags   … [ ] objections  [ ] closing  [ ] upselling  [ ] follow-up           │",
        ])
        #expect(styles(of: "[ ] follow-up", inRow: 20, of: screen) == Array(repeating: Self.cursorStyle, count: 13))
        #expect(styles(of: "[ ] upselling", inRow: 20, of: screen) == Array(repeating: Style.normal, count: 13))
        #expect(styles(of: "…", inRow: 20, of: screen) == [Style(.dim)])
    }

    @Test func sessionForm() {
        // One line: the box is 3 rows, 20–22. The note always has the focus: the cursor follows "Omówione".
        var f = SessionForm(item: "k1", agent: "a2", kind: .oneOnOne, title: "Obsługa reklamacji")
        f.note = TextField("Omówione", maxLength: 1000)
        let screen = render(width: 80, height: 24) { $0.form = .session(f) }
        #expect(region(screen, x: 0, y: 20, width: 80, height: 3) == expectedLines("""
            ┌ Mark done · 1:1 Żaneta Wiśniewska · Obsługa reklamacji ──────────────────────┐
            │ Note   Omówione                                                              │
            └──────────────────────────────────────────────────────────────────────────────┘
            """))
        #expect(styles(of: "Note", inRow: 21, of: screen) == Array(repeating: Style(.hotkey, [.bold]), count: 4))
        #expect(screen[17, 21].text == " ")
        #expect(screen[17, 21].style == Self.cursorStyle)
        #expect((0..<80).filter { screen[$0, 21].style.attributes.contains(.reverse) } == [17])
        // The rows above are the dashboard's.
        #expect(Array(screen.lines[0..<20]) == Array(render(width: 80, height: 24).lines[0..<20]))
    }

    @Test func groupSessionFormNamesTheTeam() {
        let f = SessionForm(item: "k2", agent: nil, kind: .group, title: "Nowy cennik")
        let screen = render(width: 120, height: 40) { $0.form = .session(f) }
        // 120×40: rows 36–38. The title takes columns 1–38 (" " + 36 + " ").
        #expect(region(screen, x: 0, y: 36, width: 40, height: 2) == [
            "┌ Mark done · group Team · Nowy cennik ─",
            "│ Note",
        ])
        #expect(screen[9, 37].style == Self.cursorStyle)
    }
}
