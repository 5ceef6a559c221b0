/// Reads a document's bytes into a tree of `TableNode`s, applying the spec's rules as it goes.
///
/// Every read goes through `peek`, which yields nil past the end, so no input can make an index
/// fail. Only arrays and inline tables recurse, at most `TOMLParser.maximumDepth` deep.
struct DocumentParser {
    let bytes: [UInt8]
    var pos = 0
    var lines: SourceLines
    let root = TableNode(origin: .header, line: 1)
    /// The table the last header opened (the root before any header).
    var current: TableNode

    init(bytes: [UInt8]) {
        self.bytes = bytes
        lines = SourceLines(bytes)
        current = root
    }

    func peek(_ ahead: Int = 0) -> UInt8? {
        let index = pos &+ ahead
        return index >= 0 && index < bytes.count ? bytes[index] : nil
    }

    func error(_ message: String, at offset: Int? = nil) -> TOMLError {
        lines.error(message, at: offset ?? pos)
    }

    /// What stands at an offset, for messages: `` `x` ``, `U+0001`, `a line break`, `the end of the file`.
    func found(at offset: Int? = nil) -> String {
        let index = offset ?? pos
        guard index >= 0, index < bytes.count else { return "the end of the file" }
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"): return "a line break"
        case UInt8(ascii: "`"): return "a backquote"
        case 0..<0x20, 0x7F: return "U+" + String(repeating: "0", count: byte < 0x10 ? 3 : 2) + String(byte, radix: 16, uppercase: true)
        case 0x20..<0x80: return "`" + String(UnicodeScalar(byte)) + "`"
        default:
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            let end = min(index + length, bytes.count)
            return "`" + String(decoding: bytes[index..<end], as: UTF8.self) + "`"
        }
    }

    mutating func parseDocument() throws(TOMLError) -> TOMLTable {
        while true {
            skipSpaces()
            guard let byte = peek() else { break }
            switch byte {
            case UInt8(ascii: "#"):
                try skipComment()
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                try skipNewline()
            case UInt8(ascii: "["):
                try parseHeader()
                try expectEndOfLine()
            default:
                try parseKeyValue(into: current, depth: 0)
                try expectEndOfLine()
            }
        }
        return root.table()
    }

    /// `[a.b]` or `[[a.b]]`; `[[` and `]]` must not be split by spaces.
    mutating func parseHeader() throws(TOMLError) {
        let start = pos
        let isArray = peek(1) == UInt8(ascii: "[")
        pos += isArray ? 2 : 1
        skipSpaces()
        let key = try parseKey()
        skipSpaces()
        if isArray {
            guard peek() == UInt8(ascii: "]"), peek(1) == UInt8(ascii: "]") else {
                throw error("expected `]]` to close the header, found \(found())")
            }
            pos += 2
        } else {
            guard peek() == UInt8(ascii: "]") else { throw error("expected `]` to close the header, found \(found())") }
            pos += 1
        }
        let line = lines.line(at: start)
        do {
            current = isArray ? try root.appendArrayTable(key, line: line) : try root.defineTable(key, line: line)
        } catch {
            throw self.error(error.message, at: key.offset(ofPart: error.part))
        }
    }

    /// `key = value`, added to `table`. `depth` counts the arrays and inline tables around it.
    mutating func parseKeyValue(into table: TableNode, depth: Int) throws(TOMLError) {
        let start = pos
        let key = try parseKey()
        skipSpaces()
        guard peek() == UInt8(ascii: "=") else { throw error("expected `=` after a key, found \(found())") }
        pos += 1
        skipSpaces()
        // Inside an inline table the tables a dotted key makes are part of the value's nesting.
        let valueDepth = depth == 0 ? 0 : depth + key.parts.count - 1
        guard valueDepth <= TOMLParser.maximumDepth else {
            throw error("nested deeper than \(TOMLParser.maximumDepth)", at: start)
        }
        let line = lines.line(at: start)
        let value = try parseValue(depth: valueDepth)
        do {
            try table.insert(value, at: key, line: line)
        } catch {
            throw self.error(error.message, at: key.offset(ofPart: error.part))
        }
    }

    /// After a header or a key/value pair: spaces, a comment, then a line break or the end.
    mutating func expectEndOfLine() throws(TOMLError) {
        skipSpaces()
        if peek() == UInt8(ascii: "#") { try skipComment() }
        switch peek() {
        case nil: return
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"): try skipNewline()
        default: throw error("expected the end of the line, found \(found())")
        }
    }

    mutating func skipSpaces() {
        while let byte = peek(), byte.isSpace { pos += 1 }
    }

    /// A line feed, or a carriage return and a line feed; a carriage return alone is an error.
    mutating func skipNewline() throws(TOMLError) {
        if peek() == UInt8(ascii: "\r") {
            guard peek(1) == UInt8(ascii: "\n") else { throw error("carriage return not followed by a line feed") }
            pos += 2
        } else {
            pos += 1
        }
    }

    /// From `#` to the end of the line, which stays unread; control characters other than tab are
    /// errors.
    mutating func skipComment() throws(TOMLError) {
        pos += 1
        while let byte = peek() {
            if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && peek(1) == UInt8(ascii: "\n")) { return }
            if byte == UInt8(ascii: "\r") { throw error("carriage return not followed by a line feed") }
            if byte.isForbiddenControl { throw error("control character \(found()) in a comment") }
            pos += 1
        }
    }

    /// Spaces, line breaks and comments, as allowed between the values of an array.
    mutating func skipBlank() throws(TOMLError) {
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"): pos += 1
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): try skipNewline()
            case UInt8(ascii: "#"): try skipComment()
            default: return
            }
        }
    }
}
