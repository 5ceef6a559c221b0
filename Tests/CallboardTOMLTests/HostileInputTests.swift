import CallboardTOML
import Testing

/// Inputs that abort or crash toml++ (through TOMLKit), and inputs built to make a parser recurse,
/// overflow or slow down: each must end in a value or an error, quickly.
@Suite struct HostileInputTests {
    @Test func inputsThatAbortTomlPlusPlus() {
        #expect(Parsing.error("[#]") == TOMLError(line: 1, column: 2, message: "expected a key, found `#`"))
        #expect(Parsing.error("[\u{1}]") == TOMLError(line: 1, column: 2, message: "expected a key, found U+0001"))
        #expect(Parsing.error("[é]") == TOMLError(line: 1, column: 2, message: "expected a key, found `é`"))
        #expect(Parsing.error("[[#]]") != nil)
        #expect(Parsing.error("a.#") != nil)
        #expect(Parsing.error("[a.") != nil)
        #expect(Parsing.error("[") != nil)
        #expect(Parsing.error("=") != nil)
        #expect(Parsing.error("\"") != nil)
        #expect(Parsing.error("'''") != nil)
        #expect(Parsing.error("a=\"\"\"\\") != nil)
        #expect(Parsing.error("a=\"\\u") != nil)
        #expect(Parsing.error("a=\"\\U0010") != nil)
    }

    /// A header nested 100,000 levels and then garbage stops at the 65th part.
    @Test func deepHeader() {
        let header = "[" + String(repeating: "a.", count: 100_000) + "a]\n@@@"
        #expect(Parsing.error(header) == TOMLError(line: 1, column: 130, message: "nested deeper than 64"))
        let array = "[[" + String(repeating: "a.", count: 100_000) + "a]]\n"
        #expect(Parsing.error(array)?.message == "nested deeper than 64")
        let dotted = String(repeating: "a.", count: 100_000) + "a = 1"
        #expect(Parsing.error(dotted)?.message == "nested deeper than 64")
        // 64 parts are fine.
        let deepest = "[" + Array(repeating: "a", count: 64).joined(separator: ".") + "]\n" + Array(repeating: "b", count: 64).joined(separator: ".") + " = 1"
        #expect(Parsing.table(deepest) != nil)
    }

    @Test func deepBrackets() {
        #expect(Parsing.error(String(repeating: "[", count: 100_000)) == TOMLError(line: 1, column: 3, message: "expected a key, found `[`"))
        let arrays = "a = " + String(repeating: "[", count: 100_000)
        #expect(Parsing.error(arrays) == TOMLError(line: 1, column: 69, message: "nested deeper than 64"))
        let tables = "a = " + String(repeating: "{b=", count: 100_000)
        #expect(Parsing.error(tables)?.message == "nested deeper than 64")
        let mixed = "a = " + String(repeating: "[{b=", count: 50_000)
        #expect(Parsing.error(mixed)?.message == "nested deeper than 64")
        // Exactly 64 is fine.
        let sixtyFour = "a = " + String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(Parsing.table(sixtyFour) != nil)
        #expect(Parsing.error("a = " + String(repeating: "[", count: 65) + String(repeating: "]", count: 65)) != nil)
        // Inside inline tables the tables of dotted keys count as nesting.
        let dottedInline = "a = " + String(repeating: "{b.c=", count: 32) + "1" + String(repeating: "}", count: 32)
        #expect(Parsing.table(dottedInline) != nil)
        let tooDeep = "a = " + String(repeating: "{b.c=", count: 33) + "1" + String(repeating: "}", count: 33)
        #expect(Parsing.error(tooDeep)?.message == "nested deeper than 64")
    }

    /// The deepest tree the limits allow: a 64-part header, a 64-part dotted key, 64 arrays.
    @Test func deepestAllowedTree() throws {
        let text = "[" + Array(repeating: "a", count: 64).joined(separator: ".") + "]\n"
            + Array(repeating: "b", count: 64).joined(separator: ".") + " = "
            + String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        let first = try TOMLParser.parse(text)
        let second = try TOMLParser.parse(text)
        #expect(first == second)
    }

    @Test func hugeNumbers() {
        #expect(Parsing.error("a = 99999999999999999999")?.message == "integer `99999999999999999999` is out of the 64-bit range")
        #expect(Parsing.error("a = 9223372036854775808") != nil)
        #expect(Parsing.error("a = -9223372036854775809") != nil)
        #expect(Parsing.value("1e400") == .float(.infinity))
        #expect(Parsing.value("0." + String(repeating: "1", count: 100_000)) == .float(0.1111111111111111))
        #expect(Parsing.error("a = " + String(repeating: "1", count: 100_000))?.line == 1)
        #expect(Parsing.error("a = 0x" + String(repeating: "F", count: 100_000)) != nil)
    }

    @Test func nulBytes() {
        for text in ["\u{0}", "a\u{0} = 1", "a = \u{0}", "a = 1\u{0}", "[a\u{0}]", "a = \"\u{0}\"", "a = '\u{0}'",
                     "# \u{0}", "a = [1,\u{0}]", "a = {\u{0}}", "\u{0}\u{0}\u{0}"] {
            #expect(Parsing.error(text) != nil, "\(text.debugDescription)")
        }
        #expect(Parsing.value(#""\u0000""#) == "\u{0}")
    }

    @Test func surrogateEscapes() {
        for escape in [#"\uD800"#, #"\uDBFF"#, #"\uDC00"#, #"\uDFFF"#, #"\U0000D800"#, #"\U00110000"#, #"\U80000000"#] {
            #expect(Parsing.error("a = \"\(escape)\"") != nil, "\(escape)")
            #expect(Parsing.error("a = \"\"\"\(escape)\"\"\"") != nil, "\(escape)")
            #expect(Parsing.error("\"\(escape)\" = 1") != nil, "\(escape)")
        }
    }

    @Test func sizeLimit() {
        let limit = TOMLParser.maximumSize
        let justFits = "a = '" + String(repeating: "x", count: limit - 6) + "'"
        #expect(justFits.utf8.count == limit)
        #expect(Parsing.table(justFits)?["a"]?.string?.count == limit - 6)
        #expect(Parsing.error(justFits + " ") == TOMLError(line: 1, column: 1, message: "file larger than 1 MiB"))
        // Counted in bytes of UTF-8: 600,000 two-byte letters are over.
        #expect(Parsing.error("a = '" + String(repeating: "ł", count: 600_000) + "'")?.message == "file larger than 1 MiB")
    }

    /// Many distinct keys, written compactly so that 100,000 of them stay under 1 MiB:
    /// dictionary lookups keep it linear. Times are printed, not asserted.
    @Test(arguments: [20_000, 100_000]) func manyKeys(count: Int) throws {
        let documents = [
            ("keys", (0..<count).map { "k\($0)=\($0 % 10)" }.joined(separator: "\n"), count),
            ("tables", (0..<count).map { "[t\($0)]" }.joined(separator: "\n"), count),
            ("dotted keys", (0..<count).map { "a.\($0)=1" }.joined(separator: "\n"), 1),
            ("array tables", String(repeating: "[[a]]\n", count: count), 1),
            ("inline keys", "t={" + (0..<count).map { "k\($0)=1" }.joined(separator: ",") + "}", 1),
        ]
        let clock = ContinuousClock()
        for (name, text, keys) in documents {
            #expect(text.utf8.count <= TOMLParser.maximumSize, "\(name)")
            var table = TOMLTable()
            let elapsed = try clock.measure { table = try TOMLParser.parse(text) }
            print("\(count) \(name), \(text.utf8.count) bytes: \(elapsed)")
            #expect(table.count == keys, "\(name)")
        }
    }

    /// Random bytes from TOML's alphabet: every one gives a value or an error.
    @Test func randomNoise() {
        var random = SeededGenerator(seed: 7)
        let alphabet = Array("[]{}=\"'.,#\n\r\t \\abtfnuUe0123456789+-_:TZxob\u{0}\u{7F}é".unicodeScalars)
        var accepted = 0
        for _ in 0..<20_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 1...40, using: &random) {
                scalars.append(alphabet[Int.random(in: 0..<alphabet.count, using: &random)])
            }
            if Parsing.table(String(scalars)) != nil { accepted += 1 }
        }
        print("random noise: 20000 documents, \(accepted) accepted")
    }
}
