import Testing
@testable import CallboardUI

@Suite("TextWidth")
struct TextWidthTests {
    @Test(arguments: [
        ("a", 1), ("Ł", 1), ("ę", 1), ("e\u{0328}", 1), ("中", 2), ("한", 2), ("Ａ", 2), ("😀", 2),
        ("❤\u{FE0F}", 2), ("\u{0301}", 0), ("\u{200B}", 0), ("─", 1), ("…", 1), ("\u{FFFD}", 1),
    ])
    func character(_ text: String, width: Int) {
        #expect(TextWidth.of(Character(text)) == width)
    }

    @Test func strings() {
        #expect(TextWidth.of("") == 0)
        #expect(TextWidth.of("Grzegorz Brzęczyszczykiewicz") == 28)
        #expect(TextWidth.of("Gęś 中文") == 8)   // 3 + 1 + 2 × 2
        #expect(TextWidth.of("Małgorzata Kowalczyk") == 20)
    }
}
