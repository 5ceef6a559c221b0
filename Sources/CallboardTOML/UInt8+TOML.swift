/// Byte classes of the TOML grammar. The document is read as UTF-8 bytes; every byte that
/// matters to the grammar is ASCII, and the bytes of other characters only pass through.
extension UInt8 {
    var isDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }

    var isHexDigit: Bool {
        isDigit || (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "f"))
            || (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "F"))
    }

    /// The value of a hex digit; 0 for any other byte.
    var hexValue: UInt32 {
        switch self {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(self &- UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(self &- UInt8(ascii: "a")) &+ 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(self &- UInt8(ascii: "A")) &+ 10
        default: return 0
        }
    }

    /// `A-Z a-z 0-9 _ -`: the characters of a bare key.
    var isBareKeyCharacter: Bool {
        isDigit || (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z"))
            || (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z"))
            || self == UInt8(ascii: "_") || self == UInt8(ascii: "-")
    }

    /// Space or tab: the only whitespace TOML has.
    var isSpace: Bool { self == UInt8(ascii: " ") || self == UInt8(ascii: "\t") }

    /// The control characters the spec forbids in comments and strings: U+0000–U+0008,
    /// U+000A–U+001F and U+007F (line feed and carriage return are handled by the callers).
    var isForbiddenControl: Bool { (self < 0x20 && self != UInt8(ascii: "\t")) || self == 0x7F }

    /// The characters a number, `inf` or `nan` is made of (its sign, digits, `_`, `.`, exponent
    /// and radix letters), so that one run of them is one token to check.
    var isNumberCharacter: Bool {
        isBareKeyCharacter || self == UInt8(ascii: "+") || self == UInt8(ascii: ".")
    }
}
