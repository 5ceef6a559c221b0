/// Display width of characters, without asking the C library (whose answer depends on the
/// process locale, which tests and `LC_ALL=C` change).
public enum TextWidth {
    /// Columns a grapheme cluster occupies: 0 for a lone combining mark, 2 for wide
    /// East Asian characters and emoji, else 1.
    public static func of(_ character: Character) -> Int {
        // Below the first combining mark, one scalar is one column: ASCII, Latin letters with
        // their accents (Polish among them), box drawing is further up.
        if character.asciiValue != nil { return 1 }
        guard let first = character.unicodeScalars.first else { return 0 }
        if first.value < 0x300, character.unicodeScalars.count == 1 { return 1 }
        if isZeroWidth(first.value) { return character.unicodeScalars.count == 1 ? 0 : 1 }
        if isWide(first.value) { return 2 }
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji { return 2 }
        return 1
    }

    public static func of(_ string: String) -> Int {
        // Most text is ASCII, Latin letters and the dashboard's own marks (`◆`, `▼`, `…`, box
        // lines, gauge blocks): one column a scalar, counted without breaking graphemes.
        if string.utf8.allSatisfy({ $0 < 0x80 }) { return string.utf8.count }
        var scalars = 0
        for s in string.unicodeScalars {
            guard isNarrowAlone(s.value) else {
                var total = 0
                for c in string { total += of(c) }
                return total
            }
            scalars += 1
        }
        return scalars
    }

    /// A scalar that is one column and its own grapheme whatever comes before or after it,
    /// provided no scalar of the text joins or combines (those are not narrow alone): Latin
    /// letters below the combining marks, and punctuation, arrows, box drawing, blocks and
    /// geometric shapes outside the wide ones and the invisible ones.
    @inline(__always)
    static func isNarrowAlone(_ v: UInt32) -> Bool {
        if v < 0x300 { return true }
        guard v >= 0x2010, v <= 0x2BFF else { return false }
        if v >= 0x2028 && v <= 0x202F { return false }
        if v >= 0x2060 && v <= 0x206F { return false }
        return !isZeroWidth(v) && !isWide(v)
    }

    static func isZeroWidth(_ v: UInt32) -> Bool {
        switch v {
        case 0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05BD, 0x0610...0x061A, 0x064B...0x065F,
             0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x200B...0x200F, 0x20D0...0x20FF, 0xFE00...0xFE0F,
             0xFE20...0xFE2F, 0xE0100...0xE01EF:
            return true
        default:
            return false
        }
    }

    static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
             0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA,
             0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757,
             0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
             0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A,
             0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB,
             0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
