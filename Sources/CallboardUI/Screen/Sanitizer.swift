/// Makes text from data safe to draw: no control character, escape sequence or bidi
/// override ever reaches the terminal. Applied by `Screen` to everything it stores.
public enum Sanitizer {
    public static let replacement: Character = "\u{FFFD}"

    /// A printable version of one grapheme: tabs and newlines become a space, every
    /// other control (C0, DEL, C1, bidi and other format controls) becomes U+FFFD.
    public static func clean(_ c: Character) -> Character {
        if c == "\t" || c == "\n" || c == "\r\n" || c == "\r" { return " " }
        for s in c.unicodeScalars where isUnsafe(s.value) { return replacement }
        return c
    }

    public static func clean(_ s: String) -> String {
        var ok = true
        for u in s.unicodeScalars where isUnsafe(u.value) {
            ok = false
            break
        }
        if ok { return s }
        return String(s.map(clean))
    }

    static func isUnsafe(_ v: UInt32) -> Bool {
        switch v {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        case 0xFFF9...0xFFFB: return true
        default: return false
        }
    }
}
