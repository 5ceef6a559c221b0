import CallboardTestSupport
import Foundation
import Testing
@testable import CallboardText

/// The generated width tables against the rules applied afresh to Python's unicodedata, for
/// every code point; the rules are written again here, not imported from the generator
/// (scripts/generate-width-tables.py), so that a slip in either shows.
@Suite("WidthTables")
struct WidthTablesTests {
    /// Prints unicodedata's Unicode version, then "first last width" (hex, hex, decimal) for
    /// each run of code points that are not one column wide; surrogates are left out.
    static let script = #"""
        import unicodedata as ud

        ZERO_CATEGORIES = ("Mn", "Me", "Cf", "Zl", "Zp")
        # Format characters drawn visibly: the soft hyphen and PropList.txt's prepended concatenation marks.
        VISIBLE_FORMAT = {0x00AD, 0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06DD, 0x070F, 0x0890, 0x0891,
                          0x08E2, 0x110BD, 0x110CD}

        def east_asian_width(c, cp):
            if ud.category(c) != "Cn":
                return ud.east_asian_width(c)
            # Unassigned (for which CPython answers F): W in the ideograph blocks and in planes 2
            # and 3 (UAX #11), else N.
            ideographic = (0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF
                           or (0x20000 <= cp <= 0x3FFFF and cp & 0xFFFF <= 0xFFFD))
            return "W" if ideographic else "N"

        def columns(cp):
            c = chr(cp)
            if cp == 0x200B or 0x1160 <= cp <= 0x11FF or 0xD7B0 <= cp <= 0xD7FF:
                return 0
            if ud.category(c) in ZERO_CATEGORIES and cp not in VISIBLE_FORMAT:
                return 0
            if 0x1F1E6 <= cp <= 0x1F1FF or east_asian_width(c, cp) in ("W", "F"):
                return 2
            return 1

        print(ud.unidata_version)
        run = None
        for cp in list(range(0xD800)) + list(range(0xE000, 0x110000)):
            w = columns(cp)
            if run and run[2] == w and run[1] == cp - 1:
                run[1] = cp
                continue
            if run and run[2] != 1:
                print("%X %X %d" % tuple(run))
            run = [cp, cp, w]
        if run[2] != 1:
            print("%X %X %d" % tuple(run))
        """#

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The width of every code point by the script, one byte each (surrogates stay 1).
    static func expectedWidths() throws -> (version: String, widths: [UInt8]) {
        let result = try Python.run(script)
        guard result.status == 0 else { throw Failure(description: "python3 failed: \(result.errors)") }
        var lines = result.output.split(separator: "\n")
        guard !lines.isEmpty else { throw Failure(description: "python3 printed nothing") }
        let version = String(lines.removeFirst())
        var widths = [UInt8](repeating: 1, count: 0x110000)
        for line in lines {
            let fields = line.split(separator: " ")
            guard fields.count == 3, let first = Int(fields[0], radix: 16), let last = Int(fields[1], radix: 16),
                  let width = UInt8(fields[2]), first <= last, last < widths.count else {
                throw Failure(description: "not a run: \(line)")
            }
            for cp in first...last { widths[cp] = width }
        }
        return (version, widths)
    }

    @Test func everyCodePointIsAsWideAsTheRulesSay() throws {
        let (version, expected) = try Self.expectedWidths()
        try #require(version == WidthTables.unicodeVersion, """
            python3 has Unicode \(version), the tables were made from \(WidthTables.unicodeVersion): run the tests \
            with a python3 of that version, or regenerate with `python3 scripts/generate-width-tables.py --update`
            """)
        var differences: [String] = []
        var count = 0
        for v in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let width = TextWidth.of(String(Character(scalar)))
            if width != Int(expected[Int(v)]) {
                count += 1
                if differences.count < 20 {
                    differences.append("U+\(String(v, radix: 16, uppercase: true)) \(scalar.properties.name ?? "unassigned"): "
                                       + "TextWidth \(width), rules \(expected[Int(v)])")
                }
            }
        }
        #expect(count == 0, "\(count) code points differ, the first ones:\n\(differences.joined(separator: "\n"))")
    }

    /// Swift's own Unicode data as a second witness: what it calls Emoji_Presentation (and
    /// the pinned version assigns) is drawn two columns wide.
    @Test func emojiPresentationIsWide() throws {
        let pinned = WidthTables.unicodeVersion.split(separator: ".").compactMap { Int($0) }
        try #require(pinned.count >= 2)
        var narrow: [String] = []
        for v in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v), scalar.properties.isEmojiPresentation,
                  let age = scalar.properties.age, (age.major, age.minor) <= (pinned[0], pinned[1]) else { continue }
            if TextWidth.of(String(Character(scalar))) != 2 { narrow.append("U+" + String(v, radix: 16, uppercase: true)) }
        }
        #expect(narrow.isEmpty, "\(narrow.prefix(20))")
    }

    @Test func tablesAreSortedAndDisjoint() {
        for table in [WidthTables.zeroWidth, WidthTables.wide] {
            #expect(table.count % 2 == 0)
            for i in stride(from: 0, to: table.count, by: 2) {
                #expect(table[i] <= table[i + 1])
                // Merged: a range starts at least two past the last one's end.
                if i >= 2 { #expect(table[i] > table[i - 1] + 1) }
            }
        }
    }
}
