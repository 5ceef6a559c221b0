extension DocumentParser {
    /// An integer, a float, `inf` or `nan`, read as one run of number characters and then checked
    /// against the grammar:
    ///
    /// - decimal integers take a sign; hex `0x`, octal `0o` and binary `0b` do not;
    /// - an underscore stands between two digits; no leading zeros (`0`, `-0` and `0.5` are fine);
    /// - a float has a fraction, an exponent or both; the exponent may have leading zeros;
    /// - an integer outside the 64-bit range is an error.
    mutating func parseNumber() throws(TOMLError) -> TOMLValue {
        let start = pos
        while let byte = peek(), byte.isNumberCharacter { pos += 1 }
        let token = Array(bytes[start..<pos])
        // A number is short; a megabyte of digits is shown by its start.
        let written = String(decoding: token.prefix(40), as: UTF8.self) + (token.count > 40 ? "…" : "")
        guard let value = NumberToken(token).value else {
            throw error(NumberToken(token).hasLeadingZero ? "leading zeros are not allowed in `\(written)`" : "invalid value `\(written)`", at: start)
        }
        switch value {
        case .outOfRange: throw error("integer `\(written)` is out of the 64-bit range", at: start)
        case .number(let number): return number
        }
    }
}
