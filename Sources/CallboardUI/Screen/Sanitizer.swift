import CallboardModel

/// Makes text from data safe to draw: no control character, escape sequence or bidi
/// override ever reaches the terminal. Applied by `Screen` to everything it stores.
public enum Sanitizer {
    public static let replacement: Character = "\u{FFFD}"

    /// A printable version of one grapheme: tabs and line breaks (the line and paragraph
    /// separators too) become a space, every
    /// other control (C0, DEL, C1, bidi and other format controls) becomes U+FFFD.
    public static func clean(_ c: Character) -> Character {
        if c == "\t" || c == "\n" || c == "\r\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}" { return " " }
        for s in c.unicodeScalars where isUnsafe(s.value) { return replacement }
        return c
    }

    /// The text made printable: tabs and line breaks as spaces, other controls as U+FFFD,
    /// zero-width format characters dropped (`UnsafeText`).
    public static func clean(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { UnsafeText.isUnsafe($0.value) }) else { return s }
        let lines = String(s.map { $0 == "\r\n" ? "\n" : $0 })
        let spaced = String(String.UnicodeScalarView(lines.unicodeScalars.map { u in
            u == "\t" || u == "\n" || u == "\r" || u == "\u{2028}" || u == "\u{2029}" ? " " : u
        }))
        return UnsafeText.cleaned(spaced, replacement: "\u{FFFD}")
    }

    static func isUnsafe(_ v: UInt32) -> Bool { UnsafeText.isControl(v) }
}
