import CallboardTOML
import Testing

/// Bare, quoted and dotted keys (spec: Keys).
@Suite struct KeyTests {
    @Test func bareKeys() {
        let table = Parsing.table("key = 1\nbare_key = 2\nbare-key = 3\n1234 = 4\n-_- = 5")
        #expect(table?.keys == ["key", "bare_key", "bare-key", "1234", "-_-"])
        #expect(table?["1234"] == 4)
    }

    @Test func quotedKeys() {
        let table = Parsing.table(#""127.0.0.1" = 1"# + "\n" + #""ʎǝʞ" = 2"# + "\n" + #"'quoted "value"' = 3"# + "\n" + #""a\tb\u00e9" = 4"#)
        #expect(table?.keys == ["127.0.0.1", "ʎǝʞ", #"quoted "value""#, "a\tbé"])
    }

    /// An empty quoted key is allowed (discouraged); an empty bare key is not.
    @Test func emptyKeys() {
        #expect(Parsing.table(#""" = 1"#)?[""] == 1)
        #expect(Parsing.table("'' = 1")?[""] == 1)
        #expect(Parsing.error(" = 1")?.message == "expected a key, found `=`")
    }

    /// Dots group keys into tables; spaces around the dots are ignored, and a number-looking
    /// bare key `3.14` is two keys.
    @Test func dottedKeys() {
        let table = Parsing.table("name = 1\nphysical.color = \"orange\"\nsite . \"google.com\" = true\n3.14159 = \"pi\"")
        #expect(table?["physical"] == ["color": "orange"])
        #expect(table?["site"] == ["google.com": true])
        #expect(table?["3"] == ["14159": "pi"])
    }

    @Test func invalidKeys() {
        #expect(Parsing.error("a b = 1")?.message == "expected `=` after a key, found `b`")
        #expect(Parsing.error("a. = 1")?.message == "expected a key, found `=`")
        #expect(Parsing.error(".a = 1") != nil)
        #expect(Parsing.error("a..b = 1") != nil)
        #expect(Parsing.error("\"\"\"a\"\"\" = 1") != nil)  // multi-line strings are not keys
        #expect(Parsing.error("é = 1")?.message == "expected a key, found `é`")
        #expect(Parsing.error("a = 1 b = 2")?.message == "expected the end of the line, found `b`")
        #expect(Parsing.error("a")?.message == "expected `=` after a key, found the end of the file")
        #expect(Parsing.error("a =")?.message == "expected a value, found the end of the file")
        #expect(Parsing.error("a =\n1") != nil)
    }

    /// The same key twice, directly or through quoting.
    @Test func duplicateKeys() {
        let error = Parsing.error("name = 1\nname = 2")
        #expect(error == TOMLError(line: 2, column: 1, message: "key `name` is defined twice"))
        #expect(Parsing.error("spelling = 1\n\"spelling\" = 2") != nil)
        #expect(Parsing.error("a.b = 1\n'a'.\"b\" = 2")?.column == 5)
        #expect(Parsing.error("a.b = 1\na = 2")?.message == "key `a` is defined twice")
    }
}
