import Testing
import CallboardModel
import CallboardText
@testable import CallboardUI

@Suite("Screen.put")
struct ScreenTests {
    @Test func plainTextAndColumnsUsed() {
        var s = Screen(width: 10, height: 2)
        #expect(s.put("abc", x: 2, y: 1, style: Style(.title)) == 3)
        #expect(s.lines == ["", "  abc"])
        #expect(s[2, 1] == Cell("a", Style(.title)))
        #expect(s[5, 1] == Cell.blank)
        #expect(s.line(1) == "  abc     ")
        #expect(s.text == "\n  abc")
    }

    @Test func clipsAtMaxWidthAndTheScreenEdge() {
        var s = Screen(width: 10, height: 3)
        #expect(s.put("abcdef", x: 1, y: 0, maxWidth: 3) == 3)
        #expect(s.put("abcdef", x: 7, y: 1) == 3)
        #expect(s.put("abcdef", x: -2, y: 2) == 6)   // a and b fall off the left edge
        #expect(s.put("x", x: 10, y: 0) == 0)
        #expect(s.put("x", x: 0, y: 3) == 0)
        #expect(s.put("x", x: 0, y: -1) == 0)
        #expect(s.lines == [" abc", "       abc", "cdef"])
    }

    @Test func wideCharactersTakeTwoCells() {
        var s = Screen(width: 8, height: 1)
        #expect(s.put("中文x", x: 1, y: 0) == 5)
        #expect(s[1, 0].text == "中")
        #expect(s[2, 0].isContinuation)
        #expect(s[3, 0].text == "文")
        #expect(s[4, 0].text == "")
        #expect(s[5, 0].text == "x")
        #expect(s.lines == [" 中文x"])
    }

    @Test func aWideCharacterThatWouldBeCutIsNotDrawn() {
        var s = Screen(width: 8, height: 2)
        #expect(s.put("a中文", x: 0, y: 0, maxWidth: 4) == 3)
        #expect(s.lines[0] == "a中")
        #expect(s[3, 0] == Cell.blank)
        // At the right edge of the screen too.
        #expect(s.put("abcdef中", x: 1, y: 1) == 6)
        #expect(s.lines[1] == " abcdef")
        #expect(s[7, 1] == Cell.blank)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var s = Screen(width: 6, height: 2)
        s.put("中文", x: 0, y: 0)
        s.put("x", x: 1, y: 0)          // right half of 中
        #expect(s.lines[0] == " x文")
        #expect(s[0, 0] == Cell.blank)
        s.put("y", x: 2, y: 0)          // left half of 文
        #expect(s.lines[0] == " xy")
        #expect(s[3, 0] == Cell.blank)

        s.put("中文", x: 0, y: 1)
        s.put("字", x: 1, y: 1)         // straddles both
        #expect(s.lines[1] == " 字")
        #expect(s[0, 1].text == " ")
        #expect(s[1, 1].text == "字")
        #expect(s[2, 1].isContinuation)
        #expect(s[3, 1].text == " ")
    }

    @Test func combiningMarksStayWithTheirLetter() {
        var s = Screen(width: 6, height: 1)
        // "e" + combining ogonek is one character, one cell.
        #expect(s.put("ge\u{0328}s\u{0301}", x: 0, y: 0) == 3)
        #expect(s[1, 0].text == "e\u{0328}")
        #expect(s[1, 0].text == "ę")
        #expect(s[2, 0].text == "ś")
        #expect(s.lines == ["gęś"])
    }

    @Test func aLoneCombiningMarkJoinsThePreviousCell() {
        var s = Screen(width: 8, height: 2)
        // After a tab (a control, so the mark stands alone) the mark joins the space it became.
        #expect(s.put("a\t\u{0301}b", x: 0, y: 0) == 3)
        #expect(s[1, 0].text == " \u{0301}")
        #expect(s[2, 0].text == "b")
        // A zero-width space after a wide character is dropped; the wide character keeps both cells.
        #expect(s.put("中\u{200B}x", x: 0, y: 1) == 3)
        #expect(s[0, 1].text == "中")
        #expect(s[1, 1].isContinuation)
        #expect(s[2, 1].text == "x")
    }

    @Test func zeroWidthJoinersAreDropped() {
        // Terminals disagree on the width of text holding them: tmux moved the next panel by a column.
        var s = Screen(width: 12, height: 1)
        #expect(s.put("a\u{200D}b\u{200C}c\u{200B}d\u{FEFF}|", x: 0, y: 0) == 5)
        #expect(s.lines == ["abcd|"])
        var e = Screen(width: 12, height: 1)
        // An emoji family becomes its three people, each two columns wide.
        #expect(e.put("\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}|", x: 0, y: 0) == 7)
    }

    @Test func aMarkWithNothingBeforeItInTheTextIsDropped() {
        var s = Screen(width: 4, height: 1)
        s.put("a", x: 0, y: 0)
        #expect(s.put("\u{0301}b", x: 1, y: 0) == 1)
        #expect(s[0, 0].text == "a")
        #expect(s[1, 0].text == "b")
    }

    @Test func polishLettersAreOneColumnEach() {
        var s = Screen(width: 20, height: 3)
        #expect(s.put("Łukasz", x: 0, y: 0) == 6)
        #expect(s.put("Żaneta", x: 0, y: 1) == 6)
        #expect(s.put("Gęś|", x: 0, y: 2) == 4)
        #expect(s.lines == ["Łukasz", "Żaneta", "Gęś|"])
        #expect(s[3, 2].text == "|")
    }

    @Test func fillAndRestyle() {
        var s = Screen(width: 6, height: 2)
        s.put("中文中", x: 0, y: 0)
        s.fill(Rect(x: 1, y: 0, width: 2, height: 1), "-", style: Style(.border))
        // Both wide characters the fill cut into lose their other half.
        #expect(s.lines[0] == " -- 中")
        s.restyle(Rect(x: 0, y: 0, width: 3, height: 5)) { $0.with(.reverse) }
        #expect(s[1, 0].style == Style(.border, [.reverse]))
        #expect(s[0, 0].style.attributes == [.reverse])
        #expect(s[3, 0].style.attributes == [])
        #expect(s[0, 1].style.attributes == [.reverse])
    }

    @Test func zeroSizedScreen() {
        var s = Screen(width: 0, height: 0)
        #expect(s.put("x", x: 0, y: 0) == 0)
        #expect(s.lines.isEmpty)
        #expect(Screen(width: -3, height: 2).width == 0)
    }

    /// `putPadded` draws the cells that putting the padded string draws: random text of
    /// ASCII, Polish, wide, combining and control characters, both alignments, any width,
    /// over earlier wide characters and across the screen's edge.
    @Test func paddedTextIsThePaddedStringsCells() {
        let pool = ["a", "Ż", "ó", "中", "😀", "e\u{0301}", "\u{1B}", "\t", " ", "…", "◆"]
        var rng = SplitMix64(seed: 3)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...7, using: &rng)).map { _ in pool.randomElement(using: &rng)! }.joined()
            let width = Int.random(in: 0...9, using: &rng), x = Int.random(in: 0...11, using: &rng)
            let right = Bool.random(using: &rng)
            let style = Style(.warning, [.reverse])
            var a = Screen(width: 14, height: 1), b = Screen(width: 14, height: 1)
            a.put("中中中中中中中", x: 0, y: 0)
            b.put("中中中中中中中", x: 0, y: 0)
            a.putPadded(text, x: x, y: 0, width: width, right: right, style: style)
            if width > 0 { b.put(Format.pad(text, width, right: right), x: x, y: 0, style: style) }
            #expect(a == b, "\(text.unicodeScalars.map { String($0.value, radix: 16) }) width \(width) at \(x) right \(right)")
        }
    }
}
