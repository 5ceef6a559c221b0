extension DocumentParser {
    /// A key of one or more parts joined by dots, with spaces allowed around the dots: bare
    /// (`A-Z a-z 0-9 _ -`), `"basic"` or `'literal'` (never multi-line). At most
    /// `TOMLParser.maximumDepth` parts.
    mutating func parseKey() throws(TOMLError) -> Key {
        var key = Key()
        while true {
            guard key.parts.count < TOMLParser.maximumDepth else {
                throw error("nested deeper than \(TOMLParser.maximumDepth)")
            }
            key.offsets.append(pos)
            key.parts.append(try parseSimpleKey())
            skipSpaces()
            guard peek() == UInt8(ascii: ".") else { return key }
            pos += 1
            skipSpaces()
        }
    }

    private mutating func parseSimpleKey() throws(TOMLError) -> String {
        switch peek() {
        case UInt8(ascii: "\""):
            return try parseSingleLineBasicString()
        case UInt8(ascii: "'"):
            return try parseSingleLineLiteralString()
        case let byte? where byte.isBareKeyCharacter:
            let start = pos
            while let next = peek(), next.isBareKeyCharacter { pos += 1 }
            return String(decoding: bytes[start..<pos], as: UTF8.self)
        default:
            throw error("expected a key, found \(found())")
        }
    }
}
