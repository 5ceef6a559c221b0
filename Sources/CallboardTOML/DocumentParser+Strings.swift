extension DocumentParser {
    /// `"basic"` or `"""multi-line basic"""`, at the opening quote.
    mutating func parseBasicString() throws(TOMLError) -> String {
        if peek(1) == UInt8(ascii: "\""), peek(2) == UInt8(ascii: "\"") { return try parseMultilineString(literal: false) }
        return try parseSingleLineBasicString()
    }

    /// `'literal'` or `'''multi-line literal'''`, at the opening apostrophe.
    mutating func parseLiteralString() throws(TOMLError) -> String {
        if peek(1) == UInt8(ascii: "'"), peek(2) == UInt8(ascii: "'") { return try parseMultilineString(literal: true) }
        return try parseSingleLineLiteralString()
    }

    mutating func parseSingleLineBasicString() throws(TOMLError) -> String {
        let start = pos
        pos += 1
        var buffer: [UInt8] = []
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: "\""):
                pos += 1
                return String(decoding: buffer, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape(into: &buffer, multiline: false)
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                throw error("string not closed before the end of the line")
            default:
                if byte.isForbiddenControl { throw error("control character \(found()) in a string; write it as an escape") }
                buffer.append(byte)
                pos += 1
            }
        }
        throw error("string not closed", at: start)
    }

    mutating func parseSingleLineLiteralString() throws(TOMLError) -> String {
        let start = pos
        pos += 1
        let contentStart = pos
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: "'"):
                pos += 1
                return String(decoding: bytes[contentStart..<(pos - 1)], as: UTF8.self)
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                throw error("string not closed before the end of the line")
            default:
                if byte.isForbiddenControl { throw error("control character \(found()) in a string") }
                pos += 1
            }
        }
        throw error("string not closed", at: start)
    }

    /// `"""…"""` or `'''…'''`. A line break right after the opening delimiter is dropped; CRLF
    /// becomes LF. One or two quotes may stand right before the closing delimiter (`""""a"""""`
    /// is `"a""`): of a run of three to five, the last three close the string.
    mutating func parseMultilineString(literal: Bool) throws(TOMLError) -> String {
        let start = pos
        let delimiter = literal ? UInt8(ascii: "'") : UInt8(ascii: "\"")
        pos += 3
        if peek() == UInt8(ascii: "\n") {
            pos += 1
        } else if peek() == UInt8(ascii: "\r"), peek(1) == UInt8(ascii: "\n") {
            pos += 2
        }
        var buffer: [UInt8] = []
        while let byte = peek() {
            switch byte {
            case delimiter:
                var run = 1
                while peek(run) == delimiter { run += 1 }
                if run >= 3 {
                    let extra = min(run - 3, 2)
                    buffer.append(contentsOf: repeatElement(delimiter, count: extra))
                    pos += 3 + extra
                    return String(decoding: buffer, as: UTF8.self)
                }
                buffer.append(contentsOf: repeatElement(delimiter, count: run))
                pos += run
            case UInt8(ascii: "\\") where !literal:
                try parseEscape(into: &buffer, multiline: true)
            case UInt8(ascii: "\n"):
                buffer.append(byte)
                pos += 1
            case UInt8(ascii: "\r"):
                guard peek(1) == UInt8(ascii: "\n") else { throw error("carriage return not followed by a line feed") }
                buffer.append(UInt8(ascii: "\n"))
                pos += 2
            default:
                if byte.isForbiddenControl { throw error("control character \(found()) in a string") }
                buffer.append(byte)
                pos += 1
            }
        }
        throw error("multi-line string not closed", at: start)
    }

    /// At a backslash: `\b \t \n \f \r \" \\ \uXXXX \UXXXXXXXX`. In a multi-line basic string a
    /// backslash that ends a line (spaces may follow it) drops itself and all spaces and line
    /// breaks after it.
    private mutating func parseEscape(into buffer: inout [UInt8], multiline: Bool) throws(TOMLError) {
        let start = pos
        guard let kind = peek(1) else { throw error("string not closed") }
        pos += 2
        switch kind {
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "\""): buffer.append(0x22)
        case UInt8(ascii: "\\"): buffer.append(0x5C)
        case UInt8(ascii: "u"): try appendEscapedScalar(digits: 4, escapeStart: start, into: &buffer)
        case UInt8(ascii: "U"): try appendEscapedScalar(digits: 8, escapeStart: start, into: &buffer)
        case let byte where multiline && (byte.isSpace || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")):
            pos = start + 1
            skipSpaces()
            let endsLine = peek() == UInt8(ascii: "\n") || (peek() == UInt8(ascii: "\r") && peek(1) == UInt8(ascii: "\n"))
            guard endsLine else {
                throw error("a backslash followed by spaces must end the line", at: start)
            }
            while let byte = peek() {
                if byte.isSpace || byte == UInt8(ascii: "\n") {
                    pos += 1
                } else if byte == UInt8(ascii: "\r"), peek(1) == UInt8(ascii: "\n") {
                    pos += 2
                } else {
                    break
                }
            }
        default:
            throw error("invalid escape sequence: `\\` followed by \(found(at: start + 1))", at: start)
        }
    }

    private mutating func appendEscapedScalar(digits: Int, escapeStart: Int, into buffer: inout [UInt8]) throws(TOMLError) {
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard let byte = peek(), byte.isHexDigit else {
                throw error("\\\(digits == 4 ? "u" : "U") must be followed by \(digits) hex digits", at: escapeStart)
            }
            value = value << 4 | byte.hexValue
            pos += 1
        }
        guard let scalar = Unicode.Scalar(value) else {
            let written = String(decoding: bytes[escapeStart..<pos], as: UTF8.self)
            throw error("\(written) is not a Unicode scalar value (surrogates and values past 10FFFF are not)", at: escapeStart)
        }
        UTF8.encode(scalar) { buffer.append($0) }
    }
}
