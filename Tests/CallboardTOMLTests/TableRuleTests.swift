import CallboardTOML
import Testing

/// Tables, arrays of tables and the spec's rules against defining anything twice.
@Suite struct TableRuleTests {
    @Test func tablesAndSubtables() {
        let table = Parsing.table("""
        top = 0
        [dog."tater.man"]
        type.name = "pug"
        [ j . "ʞ" . 'l' ]
        [x.y.z.w]
        [x]
        a = 1
        """)
        #expect(table?.keys == ["top", "dog", "j", "x"])
        #expect(table?["dog"] == ["tater.man": ["type": ["name": "pug"]]])
        #expect(table?["j"] == ["ʞ": ["l": [:]]])
        #expect(table?["x"] == ["y": ["z": ["w": [:]]], "a": 1])
    }

    /// A table's line is its header's, or for one made on the way, the header that made it until
    /// its own header comes; made by dotted keys, the first dotted key's.
    @Test func linesOfKeys() throws {
        let table = try TOMLParser.parse("""
        a = 1
        b.c = 2
        b.d = 3

        [x.y]
        k = "v"
        [x]
        [[arr]]
        [[arr]]
        n = { m = 1 }
        """)
        #expect(table.line(of: "a") == 1)
        #expect(table.line(of: "b") == 2)
        #expect(table["b"]?.table?.line(of: "d") == 3)
        #expect(table.line(of: "x") == 7)
        #expect(table["x"]?.table?.line(of: "y") == 5)
        #expect(table["x"]?.table?["y"]?.table?.line(of: "k") == 6)
        #expect(table.line(of: "arr") == 8)
        #expect(table["arr"]?.array?[1].table?.line(of: "n") == 10)
        #expect(table.line(of: "missing") == nil)
    }

    @Test func arraysOfTables() {
        let table = Parsing.table("""
        [[fruits]]
        name = "apple"
        [fruits.physical]
        color = "red"
        [[fruits.varieties]]
        name = "red delicious"
        [[fruits.varieties]]
        name = "granny smith"
        [[fruits]]
        name = "banana"
        [[fruits.varieties]]
        name = "plantain"
        """)
        let expected: TOMLValue = [
            ["name": "apple", "physical": ["color": "red"],
             "varieties": [["name": "red delicious"], ["name": "granny smith"]]],
            ["name": "banana", "varieties": [["name": "plantain"]]],
        ]
        #expect(table?["fruits"] == expected)
    }

    /// A table made on the way to a deeper header may be defined once later.
    @Test func superTableAfterSubTable() {
        #expect(Parsing.table("[x.y.z]\n[x]\na = 1")?["x"] == ["y": ["z": [:]], "a": 1])
        #expect(Parsing.error("[x.y]\n[x]\n[x]") == TOMLError(line: 3, column: 2, message: "table [x] is defined twice"))
    }

    /// The spec's fruit example: dotted keys make `fruit.apple`, which a header may then pass
    /// through but not define.
    @Test func headersAndDottedKeys() {
        let base = "[fruit]\napple.color = \"red\"\napple.taste.sweet = true\n"
        #expect(Parsing.table(base + "[fruit.apple.texture]\nsmooth = true")?["fruit"]
            == ["apple": ["color": "red", "taste": ["sweet": true], "texture": ["smooth": true]]])
        #expect(Parsing.error(base + "[fruit.apple]")?.message == "table [fruit.apple] was already made by dotted keys")
        #expect(Parsing.error(base + "[fruit.apple.taste]") != nil)
        #expect(Parsing.error("a.b = 1\n[a]")?.line == 2)
    }

    /// Dotted keys may not add to a table that a header defined.
    @Test func dottedKeysIntoHeaderTables() {
        #expect(Parsing.error("[a.b.c]\nz = 9\n[a]\nb.c.t = 1") == TOMLError(
            line: 4, column: 3, message: "table `b.c` is defined by a header; dotted keys cannot add to it"))
        #expect(Parsing.error("[[a.b]]\n[a]\nb.x = 1") != nil)
        // A table made on the way to a header is not defined by it: dotted keys may add to it.
        #expect(Parsing.table("[a.b.c]\n[a]\nb.d = 1")?["a"] == ["b": ["c": [:], "d": 1]])
        #expect(Parsing.error("[a.b.c]\n[a]\nb.d = 1\n[a.b]") != nil)
    }

    @Test func redefinitions() {
        let invalid = [
            "[a]\n[a]",
            "[a]\nb = 1\n[a.b]",
            "a = 1\n[a]",
            "a = {}\n[a]",
            "a = {}\n[a.b]",
            "a = { b = 1 }\na.c = 2",
            "[a]\nb = { c = 1 }\n[a.b.d]",
            "a = []\n[[a]]",
            "a = [{}]\n[a.b]",
            "[[a]]\n[a]",
            "[a]\n[[a]]",
            "[a.b]\n[[a]]",
            "[a]\nb = 1\nb = 2",
            "a = { b = 1, b = 2 }",
            "a = { b = { c = 1 }, b.d = 2 }",
            "a = { b.c = 1, b = 2 }",
            "a.b = 1\na.b.c = 2",
            "[[a]]\nb = 1\n[a.b]",
            "a = [1]\na = [2]",
        ]
        for document in invalid {
            #expect(Parsing.error(document) != nil, "\(document)")
        }
    }

    /// Valid look-alikes of the redefinitions above.
    @Test func notRedefinitions() {
        #expect(Parsing.table("[a.b]\n[a.c]\n[a]\nd = 1")?["a"] == ["b": [:], "c": [:], "d": 1])
        #expect(Parsing.table("[[a]]\n[a.b]\nc = 1\n[[a]]\n[a.b]\nc = 2")?["a"] == [["b": ["c": 1]], ["b": ["c": 2]]])
        #expect(Parsing.table("a = { b.c = 1, b.d = 2 }")?["a"] == ["b": ["c": 1, "d": 2]])
        #expect(Parsing.table("[[a.b]]\n[a]\nc = 1")?["a"] == ["b": [[:]], "c": 1])
        #expect(Parsing.table("a.b.c = 1\na.b.d = 2\na.e = 3")?["a"] == ["b": ["c": 1, "d": 2], "e": 3])
    }

    @Test func headerSyntax() {
        #expect(Parsing.error("[a")?.message == "expected `]` to close the header, found the end of the file")
        #expect(Parsing.error("[[a]")?.message == "expected `]]` to close the header, found `]`")
        #expect(Parsing.error("[ [a]]")?.message == "expected a key, found `[`")
        #expect(Parsing.error("[[a] ]") != nil)
        #expect(Parsing.error("[]") != nil)
        #expect(Parsing.error("[a] b = 1")?.message == "expected the end of the line, found `b`")
        #expect(Parsing.table("  [ a ]  # comment\n\t[[ b ]]\t")?.keys == ["a", "b"])
    }
}
