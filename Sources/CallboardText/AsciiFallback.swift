import Foundation

/// The closest ASCII for a character a terminal cannot show (a C locale, `--charset ascii`):
/// Latin letters lose their diacritics (`ł` → `l`, `Ż` → `Z`), dashes, quotes and spaces
/// become their ASCII forms, box lines and blocks become `- | + #`, and only what has no ASCII
/// form is `?`. The answer always takes exactly the cells the character took, so that columns
/// stay where they were laid out.
public enum AsciiFallback {
    /// `grapheme` (one screen cell's text, `width` cells wide) as `width` ASCII characters.
    public static func text(_ grapheme: String, width: Int) -> String {
        let cells = max(1, width)
        if grapheme.unicodeScalars.allSatisfy({ $0.isASCII }) { return padded(grapheme, cells) }
        return padded(letters(of: grapheme) ?? "?", cells)
    }

    /// What `grapheme` becomes, or nil when it has no ASCII form.
    static func letters(of grapheme: String) -> String? {
        guard let base = grapheme.unicodeScalars.first else { return nil }
        if base.isASCII { return String(Character(base)) }
        if let named = table[base.value] { return named }
        switch base.value {
        case 0x2500...0x257F: return boxLine(base.value)
        case 0x2580...0x259F: return "#"
        default: break
        }
        // The compatibility decomposition with the combining marks left out: `ż` is `z` and a
        // dot above, a fullwidth `Ａ` is `A`, a superscript `²` is `2`.
        let decomposed = String(base).decomposedStringWithCompatibilityMapping.unicodeScalars
            .filter { $0.properties.generalCategory != .nonspacingMark && $0.properties.generalCategory != .enclosingMark }
        guard !decomposed.isEmpty, decomposed.allSatisfy({ $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F }) else { return nil }
        return String(String.UnicodeScalarView(decomposed))
    }

    /// Exactly `cells` characters: cut, or filled with spaces (the second cell of a wide one).
    private static func padded(_ text: String, _ cells: Int) -> String {
        let cut = String(text.prefix(cells))
        return cut + String(repeating: " ", count: cells - cut.count)
    }

    /// Box drawing: horizontal lines `-`, vertical `|`, corners and crossings `+`.
    private static func boxLine(_ v: UInt32) -> String {
        switch v {
        case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2550, 0x2574, 0x2576, 0x2578, 0x257A, 0x257C, 0x257E:
            return "-"
        case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551, 0x2575, 0x2577, 0x2579, 0x257B, 0x257D, 0x257F:
            return "|"
        case 0x2571: return "/"
        case 0x2572: return "\\"
        case 0x2573: return "X"
        default: return "+"
        }
    }

    /// Letters without a decomposition, and punctuation and symbols whose decomposition is not
    /// one ASCII character (or that have none).
    static let table: [UInt32: String] = [
        // Letters that are not a base letter plus a mark.
        0x0141: "L", 0x0142: "l", 0x0110: "D", 0x0111: "d", 0x00D8: "O", 0x00F8: "o", 0x00DF: "s", 0x1E9E: "S",
        0x00C6: "A", 0x00E6: "a", 0x0152: "O", 0x0153: "o", 0x0126: "H", 0x0127: "h", 0x0131: "i", 0x0130: "I",
        0x00DE: "T", 0x00FE: "t", 0x00D0: "D", 0x00F0: "d", 0x013F: "L", 0x0140: "l", 0x0166: "T", 0x0167: "t",
        0x014A: "N", 0x014B: "n", 0x0138: "k", 0x017F: "s", 0x0149: "n",
        // Dashes and the minus sign.
        0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2014: "-", 0x2015: "-", 0x2212: "-", 0x2043: "-", 0x00AD: "-",
        // Quotes and primes.
        0x2018: "'", 0x2019: "'", 0x201A: "'", 0x201B: "'", 0x2032: "'", 0x2039: "<", 0x203A: ">",
        0x201C: "\"", 0x201D: "\"", 0x201E: "\"", 0x201F: "\"", 0x2033: "\"", 0x00AB: "\"", 0x00BB: "\"",
        // Dots, bullets, spaces.
        0x2026: ".", 0x00B7: ".", 0x2022: "*", 0x2219: ".", 0x2027: ".", 0x00A0: " ", 0x202F: " ", 0x2007: " ",
        // Signs.
        0x00D7: "x", 0x00F7: "/", 0x00B0: "o", 0x00A9: "c", 0x00AE: "r", 0x00A7: "S", 0x00B6: "P", 0x00B1: "+",
        0x20AC: "E", 0x00A3: "L", 0x00A5: "Y", 0x00A2: "c", 0x00A4: "$", 0x2030: "%", 0x2116: "N",
        0x00A1: "!", 0x00BF: "?", 0x00AC: "-", 0x00A6: "|",
        // Arrows and shapes the dashboard draws.
        0x2190: "<", 0x2192: ">", 0x2191: "^", 0x2193: "v", 0x25B2: "^", 0x25B3: "^", 0x25BC: "v", 0x25BD: "v",
        0x25B6: ">", 0x25BA: ">", 0x25C0: "<", 0x25C4: "<", 0x25C6: "*", 0x25C7: "*", 0x25CF: "*", 0x25CB: "o",
        0x2218: "o", 0x2713: "v", 0x2714: "v", 0x2717: "x", 0x2718: "x", 0x2605: "*", 0x2606: "*",
        0x2264: "<", 0x2265: ">", 0x2260: "#", 0x2248: "~",
    ]
}
