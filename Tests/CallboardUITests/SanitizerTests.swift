import CallboardModel
import Testing
@testable import CallboardUI

@Suite("Sanitizer")
struct SanitizerTests {
    static let hostile = [
        "\u{1B}[31mred\u{1B}[0m",
        "bell\u{07}ring",
        "c1\u{9B}31mcsi",
        "del\u{7F}ete",
        "\u{202E}gnp.exe",
        "nul\u{00}byte",
        "\u{1B}]0;title\u{07}",
        "\u{202A}\u{202B}\u{202C}\u{202D}",
        "a\u{85}b",
        "e\u{1B}\u{0301}",
    ]

    static func isRaw(_ v: UInt32) -> Bool {
        v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
    }

    @Test(arguments: hostile)
    func noRawControlReachesACell(text: String) {
        var s = Screen(width: 40, height: 3)
        s.put(text, x: 0, y: 0)
        s.put([Span(text, Style(.title)), Span(text)], x: 2, y: 1, width: 38)
        s.put(text, x: 30, y: 2, maxWidth: 4)
        for cell in s.cells {
            #expect(!cell.text.unicodeScalars.contains { Self.isRaw($0.value) }, "\(cell.text.unicodeScalars.map(\.value))")
        }
    }

    @Test func escapeSequencesBecomeVisibleReplacements() {
        var s = Screen(width: 20, height: 1)
        s.put("\u{1B}[31mred\u{1B}[0m", x: 0, y: 0)
        #expect(s.lines == ["\u{FFFD}[31mred\u{FFFD}[0m"])
    }

    @Test func tabsAndNewlinesBecomeSpaces() {
        var s = Screen(width: 20, height: 1)
        s.put("a\tb\nc\r\nd", x: 0, y: 0)
        #expect(s.lines == ["a b c d"])
        #expect(Sanitizer.clean("a\tb") == "a b")
        // The line and paragraph separators break lines too: a space each, one cell wide.
        #expect(Sanitizer.clean("a\u{2028}b\u{2029}c") == "a b c")
        s.put("x\u{2028}y\u{2029}z", x: 0, y: 0)
        #expect(s.lines == ["x y z d"])
        #expect(Sanitizer.plain("a\u{2028}b") == "a?b")
    }

    @Test func cleanKeepsSafeTextAsIs() {
        #expect(Sanitizer.clean("Żaneta — 12 345 zł ✓ 中文") == "Żaneta — 12 345 zł ✓ 中文")
        #expect(Sanitizer.clean("x\u{202E}y\u{9B}z") == "x\u{FFFD}y\u{FFFD}z")
        #expect(Sanitizer.clean(Character("\u{7F}")) == "\u{FFFD}")
        #expect(Sanitizer.clean(Character("\u{2066}")) == "\u{FFFD}")
    }
}
