import Testing
import CallboardModel
@testable import CallboardText

@Suite("TextWidth")
struct TextWidthTests {
    @Test(arguments: [
        ("a", 1), ("Ł", 1), ("ę", 1), ("e\u{0328}", 1), ("中", 2), ("한", 2), ("Ａ", 2), ("😀", 2),
        ("❤\u{FE0F}", 2), ("\u{0301}", 0), ("\u{200B}", 0), ("─", 1), ("…", 1), ("\u{FFFD}", 1),
    ])
    func character(_ text: String, width: Int) {
        #expect(TextWidth.of(Character(text)) == width)
    }

    /// Widths that are easy to get wrong, by the rules of scripts/generate-width-tables.py and
    /// TextWidth's own: a grapheme is as wide as its first scalar (or 2 for an emoji made so
    /// by U+FE0F).
    @Test(arguments: [
        // Devanagari KSSI (KA, VIRAMA, SSA, VOWEL SIGN I) is one grapheme, whose first scalar is
        // one column: 1. Terminals that add code points up draw 3 (KA, SSA and the Mc sign 1 each).
        ("क्षि", 1), ("\u{0915}\u{093F}", 1), ("\u{093C}", 0),
        // Thai KO KAI and SARA I (Mn); SARA I alone.
        ("กิ", 1), ("\u{0E34}", 0),
        // Hangul L V T: one syllable of two columns; medial vowels and final consonants alone.
        ("\u{1100}\u{1161}\u{11A8}", 2), ("\u{1161}", 0), ("\u{11A8}", 0), ("\u{D7B0}", 0),
        // PINCHED FINGERS is an emoji, East Asian Wide. U+1F900...U+1F90B (CIRCLED CROSS FORMEE …)
        // and MODERN PENTATHLON are no emoji and East Asian Neutral: one column.
        ("\u{1F90C}", 2), ("\u{1F900}", 1), ("\u{1F90B}", 1), ("\u{1F93B}", 1),
        // An ideograph; one of plane 2; an unassigned one of plane 2 (UAX #11's default).
        ("中", 2), ("\u{20000}", 2), ("\u{2A6E0}", 2),
        ("e\u{0301}", 1), ("\u{200B}", 0),
        // SOFT HYPHEN and ARABIC NUMBER SIGN are format characters drawn visibly.
        ("\u{00AD}", 1), ("\u{0600}", 1),
        // LINE SEPARATOR, LANGUAGE TAG; a combining mark that is East Asian Wide.
        ("\u{2028}", 0), ("\u{E0001}", 0), ("\u{3099}", 0),
        // A flag: two regional indicators in one grapheme.
        ("🇵🇱", 2),
        // THERMOMETER in text presentation, then in emoji presentation.
        ("\u{1F321}", 1), ("\u{1F321}\u{FE0F}", 2),
    ])
    func scripts(_ text: String, width: Int) {
        #expect(TextWidth.of(text) == width)
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
    /// Latin letters, the marks, combining marks, joiners, selectors, Jamo, Devanagari, Thai, CJK,
    /// flags and emoji.
    @Test func aStringIsAsWideAsItsCharacters() {
        var pool: [UInt32] = [0x41, 0x20, 0x142, 0x119, 0x2026, 0x25C6, 0x25BC, 0x2588, 0x2591, 0x2500, 0x2502, 0x2764,
                              0x0301, 0x0328, 0x200B, 0x200D, 0xFE0F, 0x2028, 0x2061, 0x20DD, 0x4E2D, 0xAC00, 0x1F600, 0x1F469,
                              0x231A, 0x1100, 0x1161, 0x11A8, 0xD7B0, 0x0915, 0x094D, 0x0937, 0x093F, 0x0E01, 0x0E34,
                              0x1F1F5, 0x1F1F1, 0x00AD, 0x0600, 0x202F, 0x2065, 0x1F900, 0x3099]
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
