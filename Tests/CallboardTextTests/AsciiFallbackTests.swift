import CallboardTestSupport
import Foundation
import Testing
@testable import CallboardText

/// The ASCII a terminal that cannot show a character gets instead.
@Suite("AsciiFallback")
struct AsciiFallbackTests {
    static func ascii(_ text: String) -> String {
        text.map { AsciiFallback.text(String($0), width: TextWidth.of(String($0))) }.joined()
    }

    @Test func polishLettersLoseTheirDiacritics() {
        #expect(Self.ascii("ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ") == "acelnoszz ACELNOSZZ")
        #expect(Self.ascii("Łukasz Wiśniewski") == "Lukasz Wisniewski")
        #expect(Self.ascii("Żaneta Gęś, Michał Woźniak") == "Zaneta Ges, Michal Wozniak")
        #expect(Self.ascii("dostępny  wt. 1 gru 2026") == "dostepny  wt. 1 gru 2026")
    }

    @Test func otherLatinLetters() {
        #expect(Self.ascii("Straße Øresund Æsir Œuvre Đorđe Þór Ħal İstanbul ıi") == "Strase Oresund Asir Ouvre Dorde Tor Hal Istanbul ii")
        #expect(Self.ascii("Dvořák Müller Ångström Çelik Ñandú Łódź Škoda") == "Dvorak Muller Angstrom Celik Nandu Lodz Skoda")
    }

    @Test func punctuationAndSymbolsTheDashboardAndDataUse() {
        #expect(Self.ascii("a–b—c − d") == "a-b-c - d")
        #expect(Self.ascii("„Kowal” ‘x’ «y» “z”") == "\"Kowal\" 'x' \"y\" \"z\"")
        #expect(Self.ascii("wait… · • ×2 ° €5") == "wait. . * x2 o E5")
        #expect(Self.ascii("12\u{00A0}345\u{202F}zł") == "12 345 zl")
        #expect(Self.ascii("▲3 ▼2 ▶ ◆ ∘") == "^3 v2 > * o")
        #expect(Self.ascii("┌─┬─┐│├┼┤└┘═║╔") == "+-+-+|+++++-|+")
        #expect(Self.ascii("░▒▓█▏▌") == "######")
    }

    @Test func whatHasNoAsciiFormIsAQuestionMarkInEveryCellItTook() {
        #expect(AsciiFallback.text("漢", width: 2) == "? ")
        #expect(AsciiFallback.text("😀", width: 2) == "? ")
        #expect(AsciiFallback.text("ж", width: 1) == "?")
        #expect(AsciiFallback.text("½", width: 1) == "?")
        // A fullwidth letter keeps its two cells.
        #expect(AsciiFallback.text("Ａ", width: 2) == "A ")
        // A base letter with combining marks (one grapheme) is the letter.
        #expect(AsciiFallback.text("e\u{0301}\u{0323}", width: 1) == "e")
        // An empty cell (the right half of a wide character) is a blank.
        #expect(AsciiFallback.text("", width: 1) == " ")
    }

    @Test func theAnswerAlwaysTakesTheCellsTheCharacterTook() {
        for scalar in (0x00A0...0x2FFF).compactMap(Unicode.Scalar.init) {
            let s = String(Character(scalar))
            let width = TextWidth.of(s)
            guard width > 0 else { continue }
            let out = AsciiFallback.text(s, width: width)
            #expect(out.count == width && out.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F },
                    "U+\(String(scalar.value, radix: 16)) → \(out)")
        }
    }

    /// Every Latin letter whose compatibility decomposition is one ASCII letter plus marks, by
    /// Python's unicodedata (the Unicode data, not our code), comes out as that letter.
    @Test func latinLettersMatchTheUnicodeDecomposition() throws {
        let script = """
            import unicodedata
            ranges = [(0xC0, 0x250), (0x1E00, 0x1F00), (0xFF21, 0xFF3B), (0xFF41, 0xFF5B)]
            for lo, hi in ranges:
                for cp in range(lo, hi):
                    c = chr(cp)
                    if not unicodedata.category(c).startswith('L'):
                        continue
                    d = ''.join(x for x in unicodedata.normalize('NFKD', c) if unicodedata.category(x) not in ('Mn', 'Me'))
                    if len(d) == 1 and d.isascii():
                        print('%X %s' % (cp, d))
            """
        let result = try Python.run(script)
        #expect(result.status == 0, "\(result.errors)")
        var checked = 0
        for line in result.output.split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard parts.count == 2, let value = UInt32(parts[0], radix: 16), let scalar = Unicode.Scalar(value) else { continue }
            let s = String(Character(scalar))
            #expect(AsciiFallback.text(s, width: TextWidth.of(s)).trimmingCharacters(in: .whitespaces) == String(parts[1]),
                    "U+\(parts[0])")
            checked += 1
        }
        // Latin-1, Extended-A and -B, Extended Additional and the fullwidth letters.
        #expect(checked > 500)
    }
}
