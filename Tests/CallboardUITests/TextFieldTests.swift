import Testing
@testable import CallboardUI

@Suite struct TextFieldTests {
    static let polish = "Zażółć gęślą jaźń"

    private func typed(_ s: String, maxLength: Int = 500) -> TextField {
        var field = TextField(maxLength: maxLength)
        for c in s { field.insert(c) }
        return field
    }

    // MARK: Typing and deleting

    @Test func typingPolishCharacterByCharacter() {
        let field = typed(Self.polish)
        #expect(field.text == "Zażółć gęślą jaźń")
        // Z a ż ó ł ć ␠ g ę ś l ą ␠ j a ź ń
        #expect(field.characters.count == 17)
        #expect(field.cursor == 17)
        #expect(field.characters[2] == "ż")
        #expect(field.characters[16] == "ń")
        #expect(!field.isEmpty)
    }

    @Test func initPutsTheCursorAtTheEnd() {
        let field = TextField("żółw")
        #expect(field.characters == ["ż", "ó", "ł", "w"])
        #expect(field.cursor == 4)
        #expect(TextField().isEmpty)
        #expect(TextField().cursor == 0)
    }

    @Test func backspaceAndDeleteInTheMiddleOfPolishText() {
        var field = typed(Self.polish)
        for _ in 0..<5 { field.moveLeft() }
        #expect(field.cursor == 12)  // between "ą" and the second space
        field.backspace()
        #expect(field.text == "Zażółć gęśl jaźń")
        #expect(field.cursor == 11)
        field.deleteForward()
        #expect(field.text == "Zażółć gęśljaźń")
        #expect(field.cursor == 11)
        field.insert("ó")
        #expect(field.text == "Zażółć gęślójaźń")
        #expect(field.cursor == 12)
    }

    @Test func backspaceAtStartAndDeleteAtEndDoNothing() {
        var field = TextField("łąka")
        field.deleteForward()
        #expect(field.text == "łąka")
        #expect(field.cursor == 4)
        field.moveHome()
        field.backspace()
        #expect(field.text == "łąka")
        #expect(field.cursor == 0)
    }

    @Test func movesStayWithinBounds() {
        var field = TextField("ćma")
        field.moveRight()
        #expect(field.cursor == 3)
        field.moveEnd()
        #expect(field.cursor == 3)
        field.moveLeft()
        #expect(field.cursor == 2)
        field.moveHome()
        #expect(field.cursor == 0)
        field.moveLeft()
        #expect(field.cursor == 0)
        field.moveRight()
        #expect(field.cursor == 1)

        var empty = TextField()
        empty.moveLeft()
        empty.moveRight()
        empty.moveWordLeft()
        empty.moveWordRight()
        empty.backspace()
        empty.deleteForward()
        empty.deleteWordBackward()
        #expect(empty.cursor == 0)
        #expect(empty.isEmpty)
    }

    @Test func clearEmptiesTheField() {
        var field = TextField("notatka")
        field.clear()
        #expect(field.isEmpty)
        #expect(field.text == "")
        #expect(field.cursor == 0)
    }

    @Test func settingTextReplacesItAndFiltersIt() {
        var field = TextField("stare", maxLength: 6)
        field.moveHome()
        field.text = "nowa\u{1B}\ttreść"
        #expect(field.text == "nowa t")
        #expect(field.cursor == 6)
    }

    // MARK: Grapheme clusters

    @Test func combiningMarkMergesIntoThePreviousCharacter() {
        var field = TextField()
        field.insert("e")
        field.insert("\u{301}")
        #expect(field.characters.count == 1)
        #expect(field.characters == ["e\u{301}"])
        #expect(field.characters[0].unicodeScalars.count == 2)
        #expect(field.cursor == 1)
    }

    @Test func combiningMarkMergesInTheMiddle() {
        var field = TextField("ea")
        field.moveLeft()
        field.insert("\u{301}")
        #expect(field.characters == ["e\u{301}", "a"])
        #expect(field.cursor == 1)
    }

    @Test func regionalIndicatorsJoinWhenTypedAndWhenTheGapIsDeleted() {
        var field = TextField()
        field.insert("\u{1F1F5}")
        field.insert("\u{1F1F1}")
        #expect(field.characters == ["\u{1F1F5}\u{1F1F1}"])
        #expect(field.cursor == 1)

        var split = TextField()
        split.insert("\u{1F1F5}")
        split.insert("x")
        split.insert("\u{1F1F1}")
        #expect(split.characters.count == 3)
        split.moveLeft()
        split.backspace()
        #expect(split.characters == ["\u{1F1F5}\u{1F1F1}"])
        #expect(split.cursor == 1)
    }

    // MARK: Limits and filtering

    @Test func maxLengthIsEnforced() {
        var field = TextField(maxLength: 5)
        field.insert("abcdefg")
        #expect(field.text == "abcde")
        #expect(field.cursor == 5)
        field.insert("x")
        field.moveHome()
        field.insert("y")
        #expect(field.text == "abcde")
        #expect(field.cursor == 0)
        let consumed = field.handle(.character("z"))
        #expect(consumed)
        #expect(field.text == "abcde")
        #expect(TextField("żółwie", maxLength: 3).text == "żół")
    }

    @Test func combiningMarkStillMergesAtMaxLength() {
        var field = TextField("abcde", maxLength: 5)
        field.insert("\u{301}")
        #expect(field.characters.count == 5)
        #expect(field.characters[4] == "e\u{301}")
        #expect(field.cursor == 5)
    }

    @Test func controlCharactersAreIgnored() {
        var field = TextField("ok")
        for c: Character in ["\u{1B}", "\u{07}", "\u{202E}", "\u{2066}", "\u{7F}", "\u{85}", "\u{00}", "\n", "\t"] {
            field.insert(c)
        }
        #expect(field.text == "ok")
        #expect(field.cursor == 2)
        field.insert("a\u{1B}[31mb\u{07}\u{202E}c")
        #expect(field.text == "oka[31mbc")
        #expect(field.cursor == 9)
    }

    @Test func pasteTurnsLineBreaksAndTabsIntoSpaces() {
        var field = TextField()
        field.insert("ala\nma\tkota\r\n!")
        #expect(field.text == "ala ma kota !")
        #expect(field.cursor == 13)
    }

    @Test func pasteInsertsAtTheCursor() {
        var field = TextField("ala kota")
        for _ in 0..<4 { field.moveLeft() }
        field.insert("ma\n")
        #expect(field.text == "ala ma kota")
        #expect(field.cursor == 7)
    }

    // MARK: Words

    @Test func wordMovesOnAlaMaKota() {
        var field = TextField("ala ma kota")
        field.moveWordLeft()
        #expect(field.cursor == 7)
        field.moveWordLeft()
        #expect(field.cursor == 4)
        field.moveWordLeft()
        #expect(field.cursor == 0)
        field.moveWordLeft()
        #expect(field.cursor == 0)
        field.moveWordRight()
        #expect(field.cursor == 3)
        field.moveWordRight()
        #expect(field.cursor == 6)
        field.moveWordRight()
        #expect(field.cursor == 11)
        field.moveWordRight()
        #expect(field.cursor == 11)
    }

    @Test func ctrlWDeletesWordsBackward() {
        var field = TextField("ala ma kota")
        var consumed = field.handle(.unknown(23))
        #expect(consumed)
        #expect(field.text == "ala ma ")
        #expect(field.cursor == 7)
        consumed = field.handle(.unknown(23))
        #expect(consumed)
        #expect(field.text == "ala ")
        #expect(field.cursor == 4)
        field.deleteWordBackward()
        #expect(field.text == "")
        #expect(field.cursor == 0)
    }

    @Test func ctrlWInTheMiddleKeepsTheRest() {
        var field = TextField("ala ma kota")
        field.moveHome()
        field.moveWordRight()
        field.moveWordRight()  // after "ma"
        field.deleteWordBackward()
        #expect(field.text == "ala  kota")
        #expect(field.cursor == 4)
    }

    @Test func ctrlUAndCtrlK() {
        var field = TextField("ala ma kota")
        field.moveHome()
        field.moveWordRight()
        field.moveRight()  // at 4, before "ma"
        var toEnd = field
        let toStartConsumed = field.handle(.unknown(21))
        #expect(toStartConsumed)
        #expect(field.text == "ma kota")
        #expect(field.cursor == 0)
        let toEndConsumed = toEnd.handle(.unknown(11))
        #expect(toEndConsumed)
        #expect(toEnd.text == "ala ")
        #expect(toEnd.cursor == 4)
    }

    // MARK: Keys

    @Test func handleAppliesEditingKeys() {
        var field = TextField()
        var consumed: [Bool] = []
        for c in "kot" { consumed.append(field.handle(.character(c))) }
        #expect(field.text == "kot")
        consumed.append(field.handle(.left))
        #expect(field.cursor == 2)
        consumed.append(field.handle(.backspace))
        #expect(field.text == "kt")
        consumed.append(field.handle(.unknown(1)))
        #expect(field.cursor == 0)
        consumed.append(field.handle(.delete))
        #expect(field.text == "t")
        consumed.append(field.handle(.unknown(5)))
        #expect(field.cursor == 1)
        consumed.append(field.handle(.home))
        #expect(field.cursor == 0)
        consumed.append(field.handle(.right))
        #expect(field.cursor == 1)
        consumed.append(field.handle(.home))
        consumed.append(field.handle(.end))
        #expect(field.cursor == 1)
        #expect(consumed == Array(repeating: true, count: 12))
    }

    @Test(arguments: [Key.enter, .escape, .up, .down, .tab, .backTab, .pageUp, .resize, .function(1), .unknown(12),
                      .character("\u{1B}"), .character("\t")])
    func handleLeavesOtherKeys(key: Key) {
        var field = TextField("ala ma kota")
        field.moveLeft()
        let before = field
        let consumed = field.handle(key)
        #expect(!consumed)
        #expect(field == before)
    }

    // MARK: Visible part

    @Test func shortTextIsShownWhole() {
        let field = TextField("ala")
        let v = field.visible(width: 10)
        #expect(v.text == "ala")
        #expect(v.cursorColumn == 3)
    }

    @Test func emojiAndCJKTakeTwoColumns() {
        var field = TextField("a界b😀c")
        var v = field.visible(width: 10)
        #expect(v.text == "a界b😀c")
        #expect(v.cursorColumn == 7)  // 1 + 2 + 1 + 2 + 1
        field.moveLeft()
        field.moveLeft()
        v = field.visible(width: 10)
        #expect(v.cursorColumn == 4)  // on the emoji, after a界b
    }

    @Test func longNoteScrollsToKeepTheCursorVisible() {
        var field = TextField(String(repeating: "a", count: 30))
        var v = field.visible(width: 10)
        #expect(v.text == String(repeating: "a", count: 9))
        #expect(v.cursorColumn == 9)
        field.moveHome()
        v = field.visible(width: 10)
        #expect(v.text == String(repeating: "a", count: 10))
        #expect(v.cursorColumn == 0)
    }

    @Test func scrolledWindowEndsAtTheCursorCharacter() {
        var field = TextField("abcdefghijklmnopqrst")  // 20 letters
        for _ in 0..<5 { field.moveLeft() }  // on "p" (index 15)
        let v = field.visible(width: 10)
        #expect(v.text == "ghijklmnop")
        #expect(v.cursorColumn == 9)
    }

    @Test func wideCharacterAtTheRightEdgeIsLeftOut() {
        // Nine columns of "a", then 界 would need columns 9 and 10 of a 10-column field.
        var field = TextField("aaaaaaaaa界b")
        field.moveHome()
        let v = field.visible(width: 10)
        #expect(v.text == "aaaaaaaaa")
        #expect(v.cursorColumn == 0)
    }

    @Test func wideCharacterAtTheLeftEdgeIsLeftOut() {
        // Six CJK characters (12 columns) and the cursor at the end: the free cursor column
        // plus four of them make 9 columns; a fifth would straddle the left edge.
        let field = TextField("日本語の文字")
        let v = field.visible(width: 10)
        #expect(v.text == "語の文字")
        #expect(v.cursorColumn == 8)
    }

    @Test func wideCharacterUnderTheCursorIsShownWhole() {
        var field = TextField("aaaaaaaaa界")
        field.moveLeft()  // on 界, which would straddle the right edge from column 0
        let v = field.visible(width: 10)
        #expect(v.text == "aaaaaaaa界")
        #expect(v.cursorColumn == 8)
    }

    @Test func degenerateWidths() {
        let field = TextField("abc")
        #expect(field.visible(width: 0).text == "")
        #expect(field.visible(width: 0).cursorColumn == 0)
        let one = field.visible(width: 1)
        #expect(one.text == "")
        #expect(one.cursorColumn == 0)
    }
}
