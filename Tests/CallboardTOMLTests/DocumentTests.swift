import CallboardTOML
import Testing

/// Comments, line breaks, whitespace, the byte-order mark, error positions and the value API.
@Suite struct DocumentTests {
    @Test func emptyDocuments() {
        #expect(Parsing.table("")?.isEmpty == true)
        #expect(Parsing.table("\n\n  \t\n# only a comment\n")?.count == 0)
    }

    @Test func comments() {
        let table = Parsing.table("# This is a full-line comment\nkey = \"value\"  # This is a comment at the end of a line\nanother = \"# This is not a comment\"")
        #expect(table?["another"] == "# This is not a comment")
        #expect(Parsing.table("a = 1 #\t tab and ünïcödé in a comment \u{80}")?["a"] == 1)
        #expect(Parsing.error("# a\u{0}b") == TOMLError(line: 1, column: 4, message: "control character U+0000 in a comment"))
        #expect(Parsing.error("a = 1 # \u{7F}")?.message == "control character U+007F in a comment")
        #expect(Parsing.error("# \u{1B}[31m") != nil)
    }

    /// Lines end with LF or CRLF; a carriage return alone is an error anywhere.
    @Test func lineEndings() {
        #expect(Parsing.table("a = 1\r\nb = 2\r\n[t]\r\nc = 3\r\n")?.keys == ["a", "b", "t"])
        #expect(Parsing.error("a = 1\rb = 2") == TOMLError(line: 1, column: 6, message: "carriage return not followed by a line feed"))
        #expect(Parsing.error("a = 1 # c\r") != nil)
        #expect(Parsing.error("\r") != nil)
        #expect(Parsing.error("a = [\r1]") != nil)
    }

    @Test func whitespace() {
        #expect(Parsing.table("\t a\t=\t1 \t\n")?["a"] == 1)
        #expect(Parsing.table("a=1")?["a"] == 1)
        // Only space and tab are whitespace.
        #expect(Parsing.error("a =\u{A0}1") != nil)
        #expect(Parsing.error("a = 1\u{C}") != nil)
        #expect(Parsing.error("\u{B}a = 1") != nil)
    }

    @Test func byteOrderMark() {
        #expect(Parsing.table("\u{FEFF}a = 1")?["a"] == 1)
        #expect(Parsing.error("\u{FEFF}a = ?") == TOMLError(line: 1, column: 5, message: "expected a value, found `?`"))
        #expect(Parsing.error("a = 1\n\u{FEFF}b = 2") != nil)
    }

    /// Columns count characters, not bytes.
    @Test func errorPositions() {
        let error = Parsing.error("name = \"Żaneta Gęś\"\n[agents]\nłódź = 1")
        #expect(error == TOMLError(line: 3, column: 1, message: "expected a key, found `ł`"))
        #expect(Parsing.error("a = \"Gęś\" x")?.column == 11)
        #expect(Parsing.error("a = 1\n\n\n  b = 1 2")?.description == "line 4, column 9: expected the end of the line, found `2`")
    }

    @Test func valueAccessors() throws {
        let table = try TOMLParser.parse("s = 'x'\ni = 7\nf = 1.5\nb = true\na = [1]\nt = {k = 1}\nlt = 07:00:00\nld = 2026-11-27\nodt = 2026-11-27T08:00:00+01:00\nldt = 2026-11-27T08:00:00")
        #expect(table["s"]?.string == "x" && table["i"]?.string == nil)
        #expect(table["i"]?.int == 7 && table["f"]?.int == nil)
        #expect(table["f"]?.double == 1.5 && table["i"]?.double == nil)
        #expect(table["b"]?.bool == true && table["s"]?.bool == nil)
        #expect(table["a"]?.array == [1] && table["t"]?.array == nil)
        #expect(table["t"]?.table == ["k": 1] && table["a"]?.table == nil)
        #expect(table["lt"]?.time == TOMLTime(hour: 7, minute: 0, second: 0) && table["ldt"]?.time == nil)
        #expect(table["ld"]?.date == TOMLDate(year: 2026, month: 11, day: 27) && table["ldt"]?.date == nil)
        #expect(table["odt"]?.dateTime?.offset == 60 && table["ldt"]?.dateTime?.offset == nil && table["ld"]?.dateTime == nil)
        #expect(table.keys.map { table[$0]?.kindName ?? "" }
            == ["string", "integer", "float", "boolean", "array", "table", "local time", "local date", "offset date-time", "local date-time"])
    }

    /// Equality of tables ignores key order and lines.
    @Test func tableEquality() {
        #expect(Parsing.table("a = 1\nb = 2") == Parsing.table("\n\nb = 2\na = 1"))
        #expect(Parsing.table("a = 1") != Parsing.table("a = 1\nb = 2"))
        #expect(Parsing.table("a = 1") != Parsing.table("a = 1.0"))
    }
}
