extension DocumentParser {
    /// A value of any kind. `depth` counts the arrays and inline tables already open around it.
    mutating func parseValue(depth: Int) throws(TOMLError) -> TOMLValue {
        guard let byte = peek() else { throw error("expected a value, found the end of the file") }
        switch byte {
        case UInt8(ascii: "\""):
            return .string(try parseBasicString())
        case UInt8(ascii: "'"):
            return .string(try parseLiteralString())
        case UInt8(ascii: "t"):
            return try parseWord("true", .boolean(true))
        case UInt8(ascii: "f"):
            return try parseWord("false", .boolean(false))
        case UInt8(ascii: "["):
            guard depth < TOMLParser.maximumDepth else { throw error("nested deeper than \(TOMLParser.maximumDepth)") }
            return try parseArray(depth: depth + 1)
        case UInt8(ascii: "{"):
            guard depth < TOMLParser.maximumDepth else { throw error("nested deeper than \(TOMLParser.maximumDepth)") }
            return try parseInlineTable(depth: depth + 1)
        default:
            if byte.isDigit, peek(1)?.isDigit == true {
                if peek(2) == UInt8(ascii: ":") { return .localTime(try parseTime()) }
                if peek(2)?.isDigit == true, peek(3)?.isDigit == true, peek(4) == UInt8(ascii: "-") { return try parseDateOrDateTime() }
            }
            if byte.isNumberCharacter { return try parseNumber() }
            throw error("expected a value, found \(found())")
        }
    }

    private mutating func parseWord(_ word: String, _ value: TOMLValue) throws(TOMLError) -> TOMLValue {
        var length = 0
        for expected in word.utf8 {
            guard peek(length) == expected else { throw error("expected a value, found \(found())") }
            length += 1
        }
        pos += length
        return value
    }

    /// `[ v, v, ]`: any kinds mixed, line breaks and comments between values, a trailing comma.
    private mutating func parseArray(depth: Int) throws(TOMLError) -> TOMLValue {
        let start = pos
        pos += 1
        var values: [TOMLValue] = []
        while true {
            try skipBlank()
            if peek() == UInt8(ascii: "]") {
                pos += 1
                return .array(values)
            }
            if peek() == nil { throw error("array not closed", at: start) }
            values.append(try parseValue(depth: depth))
            try skipBlank()
            switch peek() {
            case UInt8(ascii: ","):
                pos += 1
            case UInt8(ascii: "]"):
                pos += 1
                return .array(values)
            case nil:
                throw error("array not closed", at: start)
            default:
                throw error("expected `,` or `]` in an array, found \(found())")
            }
        }
    }

    /// `{ k = v, a.b = v }` on one line, without a trailing comma. Once closed it cannot be
    /// extended, by headers or dotted keys.
    private mutating func parseInlineTable(depth: Int) throws(TOMLError) -> TOMLValue {
        let start = pos
        pos += 1
        let table = TableNode(origin: .header, line: lines.line(at: start))
        skipSpaces()
        if peek() == UInt8(ascii: "}") {
            pos += 1
            return .table(table.table())
        }
        while true {
            skipSpaces()
            if peek() == UInt8(ascii: "}") { throw error("trailing comma in an inline table") }
            try parseKeyValue(into: table, depth: depth)
            skipSpaces()
            switch peek() {
            case UInt8(ascii: ","):
                pos += 1
            case UInt8(ascii: "}"):
                pos += 1
                return .table(table.table())
            case nil:
                throw error("inline table not closed", at: start)
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                throw error("line break in an inline table (it must stay on one line)")
            default:
                throw error("expected `,` or `}` in an inline table, found \(found())")
            }
        }
    }
}
