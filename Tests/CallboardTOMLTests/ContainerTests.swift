import CallboardTOML
import Testing

/// Arrays and inline tables (spec: Array, Inline Table).
@Suite struct ContainerTests {
    @Test func arrays() {
        #expect(Parsing.value("[ 1, 2, 3 ]") == [1, 2, 3])
        #expect(Parsing.value("[]") == [])
        #expect(Parsing.value("[ [ 1, 2 ], [3, 4, 5] ]") == [[1, 2], [3, 4, 5]])
        #expect(Parsing.value("[ \"all\", 'strings', \"\"\"are the same\"\"\", '''type''' ]") == ["all", "strings", "are the same", "type"])
        // Mixed kinds are allowed in TOML 1.0.
        #expect(Parsing.value("[ 0.1, 0.2, 0.5, 1, 2, 5 ]") == [0.1, 0.2, 0.5, 1, 2, 5])
        #expect(Parsing.value("[ \"x\", { a = 1 }, [true] ]") == ["x", ["a": 1], [true]])
    }

    @Test func arraysOverLines() {
        #expect(Parsing.value("[\n  1, 2, # comment\n  3 # three\n  ,\n  4,\n]") == [1, 2, 3, 4])
        #expect(Parsing.value("[ # start\n\n]") == [])
        #expect(Parsing.value("[\r\n1,\r\n2\r\n]") == [1, 2])
        #expect(Parsing.value("[1,]") == [1])
    }

    @Test func invalidArrays() {
        for text in ["[,]", "[1,,2]", "[1 2]", "[1", "[1,", "[", "[1,\n", "[1]]", "[1,,]", "[ , 1]", "[1 # no end"] {
            #expect(Parsing.error("v = " + text) != nil, "\(text)")
        }
        #expect(Parsing.error("v = [1 2]") == TOMLError(line: 1, column: 8, message: "expected `,` or `]` in an array, found `2`"))
        #expect(Parsing.error("v = [\n1,\n2") == TOMLError(line: 1, column: 5, message: "array not closed"))
        #expect(Parsing.error("v = [1, # c\u{1} ]") != nil)
    }

    @Test func inlineTables() {
        #expect(Parsing.value("{ first = \"Tom\", last = \"Preston-Werner\" }") == ["first": "Tom", "last": "Preston-Werner"])
        #expect(Parsing.value("{ x = 1, y = 2 }") == ["x": 1, "y": 2])
        #expect(Parsing.value("{ type.name = \"pug\" }") == ["type": ["name": "pug"]])
        #expect(Parsing.value("{}") == [:])
        #expect(Parsing.value("{ }") == [:])
        #expect(Parsing.value("{a={b={}}}") == ["a": ["b": [:]]])
        // A value inside may span lines: an array or a multi-line string.
        #expect(Parsing.value("{ a = [\n1,\n2], b = \"\"\"x\ny\"\"\" }") == ["a": [1, 2], "b": "x\ny"])
        #expect(Parsing.table("[[p]]\nv = { a = 1 }\n[[p]]")?["p"] == [["v": ["a": 1]], [:]])
    }

    @Test func invalidInlineTables() {
        for text in ["{ a = 1, }", "{ a = 1\n}", "{\na = 1 }", "{ a = 1 b = 2 }", "{ a }", "{ = 1 }", "{ a = 1,, b = 2 }",
                     "{ , }", "{ a = 1 # c\n}", "{ a = 1", "{", "{ a.b = 1, a = 2 }", "{ a = 1, a.b = 2 }"] {
            #expect(Parsing.error("v = " + text) != nil, "\(text)")
        }
        #expect(Parsing.error("v = { a = 1, }") == TOMLError(line: 1, column: 14, message: "trailing comma in an inline table"))
        #expect(Parsing.error("v = { a = 1\n}")?.message == "line break in an inline table (it must stay on one line)")
    }

    /// Inline tables and arrays written as values are complete: nothing adds to them later.
    @Test func inlineTablesAreClosed() {
        #expect(Parsing.error("[product]\ntype = { name = \"Nail\" }\ntype.edible = false")
            == TOMLError(line: 3, column: 1, message: "inline table `type` cannot be extended"))
        #expect(Parsing.error("[product]\ntype.name = \"Nail\"\ntype = { edible = false }") != nil)
        #expect(Parsing.error("a = { b = {} }\n[a.b]") != nil)
        #expect(Parsing.error("a = [{ b = 1 }]\n[[a]]")?.message == "cannot add to `a`, an array written as a value")
    }
}
