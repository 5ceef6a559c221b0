import Testing
import CallboardModel
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

    @Test func theDashboardsMarksAreOneColumnEach() {
        #expect(TextWidth.of("◆ Agent 105") == 11)
        #expect(TextWidth.of("▼-9 █▊░ … ─│┌") == 13)
        #expect(TextWidth.of("◆ 中") == 4)
        #expect(TextWidth.of("e\u{0301}◆") == 2)
    }

    /// Text counted whole equals the sum of its graphemes' widths: random strings of ASCII,
    /// Latin letters, the marks, combining marks, joiners, selectors, CJK and emoji.
    @Test func aStringIsAsWideAsItsCharacters() {
        var pool: [UInt32] = [0x41, 0x20, 0x142, 0x119, 0x2026, 0x25C6, 0x25BC, 0x2588, 0x2591, 0x2500, 0x2502, 0x2764,
                              0x0301, 0x0328, 0x200B, 0x200D, 0xFE0F, 0x2028, 0x2061, 0x20DD, 0x4E2D, 0xAC00, 0x1F600, 0x1F469,
                              0x231A, 0x1100, 0x1161]
        pool += (0x2000...0x2C00).filter { $0 % 7 == 0 }
        var rng = SplitMix64(seed: 14)
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...6, using: &rng) {
                text.unicodeScalars.append(Unicode.Scalar(pool.randomElement(using: &rng)!)!)
            }
            #expect(TextWidth.of(text) == text.reduce(0) { $0 + TextWidth.of($1) }, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
