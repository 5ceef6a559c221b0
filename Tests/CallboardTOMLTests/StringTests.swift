import CallboardTOML
import Testing

/// Basic, multi-line basic, literal and multi-line literal strings (spec: String).
@Suite struct StringTests {
    @Test func everyEscape() {
        #expect(Parsing.value(#""\b\t\n\f\r\"\\""#) == "\u{8}\t\n\u{C}\r\"\\")
        #expect(Parsing.value(#""\u00e9\u0000\U0001F600\uFFFF""#) == "é\u{0}😀\u{FFFF}")
        #expect(Parsing.value(#""I'm a string. \"You can quote me\". Name\tJos\u00E9\nLocation\tSF.""#)
            == "I'm a string. \"You can quote me\". Name\tJosé\nLocation\tSF.")
    }

    @Test func invalidEscapes() {
        #expect(Parsing.error(#"v = "\q""#) == TOMLError(line: 1, column: 6, message: #"invalid escape sequence: `\` followed by `q`"#))
        #expect(Parsing.error(#"v = "\x41""#) != nil)
        #expect(Parsing.error(#"v = "\e""#) != nil)  // TOML 1.1, not 1.0
        #expect(Parsing.error(#"v = "\u12""#)?.message == #"\u must be followed by 4 hex digits"#)
        #expect(Parsing.error(#"v = "\U0000004""#) != nil)
        #expect(Parsing.error(#"v = "\ ""#) != nil)
        #expect(Parsing.error(#"v = "\"#) != nil)
    }

    /// Surrogates and code points past U+10FFFF are not scalar values.
    @Test func surrogateEscapes() {
        #expect(Parsing.error(#"v = "\uD800""#)?.message
            == #"\uD800 is not a Unicode scalar value (surrogates and values past 10FFFF are not)"#)
        #expect(Parsing.error(#"v = "\uDFFF""#) != nil)
        #expect(Parsing.error(#"v = "\uD83D\uDE00""#) != nil)
        #expect(Parsing.error(#"v = "\U00110000""#) != nil)
        #expect(Parsing.error(#"v = "\UFFFFFFFF""#) != nil)
        #expect(Parsing.value(#""\U0010FFFF\uD7FF\uE000""#) == "\u{10FFFF}\u{D7FF}\u{E000}")
    }

    @Test func multilineBasic() {
        #expect(Parsing.value("\"\"\"\nRoses are red\nViolets are blue\"\"\"") == "Roses are red\nViolets are blue")
        #expect(Parsing.value("\"\"\"\r\none\r\ntwo\"\"\"") == "one\ntwo")
        #expect(Parsing.value("\"\"\"\n\n a\"\"\"") == "\n a")
        // A backslash ending a line drops the line break and the blanks after it.
        #expect(Parsing.value("\"\"\"\nThe quick \\\n\n\n   brown \\   \n  fox.\\\n  \"\"\"") == "The quick brown fox.")
        #expect(Parsing.value("\"\"\"a\\\r\n  \tb\"\"\"") == "ab")
        #expect(Parsing.error("v = \"\"\"a\\  b\"\"\"")?.message == "a backslash followed by spaces must end the line")
        #expect(Parsing.value("\"\"\"tab\there \\t \\u00e9\"\"\"") == "tab\there \t é")
    }

    /// Up to two quotes may stand right before the closing delimiter.
    @Test func quotesNextToTheDelimiter() {
        #expect(Parsing.value(#""""Here are two quotation marks: "". Simple enough.""""#) == #"Here are two quotation marks: "". Simple enough."#)
        #expect(Parsing.value(#""""Here are three quotation marks: ""\".""""#) == #"Here are three quotation marks: """."#)
        #expect(Parsing.value(#""""Here are fifteen quotation marks: ""\"""\"""\"""\"""\".""""#) == .string("Here are fifteen quotation marks: " + String(repeating: "\"", count: 15) + "."))
        #expect(Parsing.value(#"""""This," she said, "is just a pointless statement."""""#) == #""This," she said, "is just a pointless statement.""#)
        #expect(Parsing.value(#""""""""#) == "")
        #expect(Parsing.value(#"""""""""#) == "\"")
        #expect(Parsing.value(#""""""""""#) == "\"\"")
        #expect(Parsing.error(#"v = """""""""""#) != nil)  // six quotes after the content: one too many
        #expect(Parsing.error(#"v = """Here are three quotation marks: """.""""#) != nil)
    }

    @Test func literal() {
        #expect(Parsing.value(#"'C:\Users\nodejs\templates'"#) == #"C:\Users\nodejs\templates"#)
        #expect(Parsing.value(#"'<\i\c*\s*>'"#) == #"<\i\c*\s*>"#)
        #expect(Parsing.value("'tab\tok'") == "tab\tok")
        #expect(Parsing.value("'''\nThe first newline is\ntrimmed in raw strings.\n   All other whitespace\n   is preserved.\n'''")
            == "The first newline is\ntrimmed in raw strings.\n   All other whitespace\n   is preserved.\n")
        #expect(Parsing.value("'''I [dw]on't need \\d{2} apples'''") == "I [dw]on't need \\d{2} apples")
        #expect(Parsing.value("''''That,' she said, 'is still pointless.'''''") == "'That,' she said, 'is still pointless.''")
        #expect(Parsing.error("v = '''a''''''") != nil)
        #expect(Parsing.error("v = 'a'b'") != nil)
    }

    @Test func unclosed() {
        #expect(Parsing.error("v = \"abc") == TOMLError(line: 1, column: 5, message: "string not closed"))
        #expect(Parsing.error("v = \"abc\nd\"") == TOMLError(line: 1, column: 9, message: "string not closed before the end of the line"))
        #expect(Parsing.error("v = 'abc\n'") != nil)
        #expect(Parsing.error("x = 1\nv = \"\"\"abc\n\"\"") == TOMLError(line: 2, column: 5, message: "multi-line string not closed"))
        #expect(Parsing.error("v = '''abc") != nil)
    }

    /// Control characters other than tab must be escaped; a carriage return only comes before a
    /// line feed.
    @Test func controlCharacters() {
        for control in ["\u{0}", "\u{1}", "\u{8}", "\u{B}", "\u{C}", "\u{1F}", "\u{7F}"] {
            #expect(Parsing.error("v = \"a\(control)\"") != nil)
            #expect(Parsing.error("v = 'a\(control)'") != nil)
            #expect(Parsing.error("v = \"\"\"a\(control)\"\"\"") != nil)
            #expect(Parsing.error("v = '''a\(control)'''") != nil)
        }
        #expect(Parsing.error("v = \"a\u{0}\"")?.message == "control character U+0000 in a string; write it as an escape")
        #expect(Parsing.error("v = \"\"\"a\rb\"\"\"")?.message == "carriage return not followed by a line feed")
        #expect(Parsing.error("v = '''a\rb'''") != nil)
        // C1 controls and other non-ASCII characters are allowed as they are.
        #expect(Parsing.value("\"\u{80}\u{9F}\u{FEFF}\"") == "\u{80}\u{9F}\u{FEFF}")
    }
}
