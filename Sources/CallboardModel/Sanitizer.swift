/// The one place that decides which characters from data may reach a terminal and what
/// they become instead: the screen, the reports, `check`, problem messages, stderr and the
/// log file all go through it. It lives in the model because the model writes problem
/// messages that quote values from data.
public enum Sanitizer {
    /// What a control becomes on screen.
    public static let replacement: Character = "\u{FFFD}"

    /// C0 controls, DEL, C1 controls (ESC, CSI, OSC …), the line and paragraph separators (a
    /// terminal may break the line there), bidirectional controls (a name could reverse the rest
    /// of a line) and interlinear annotation marks.
    public static func isControl(_ v: UInt32) -> Bool {
        switch v {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
        case 0xFFF9...0xFFFB: return true
        default: return false
        }
    }

    /// Zero-width format characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM): terminals and
    /// multiplexers disagree on the width of text holding them (tmux moved the next panel
    /// by a column after a ZWJ in a pause reason), so they are dropped.
    public static func isZeroWidthFormat(_ v: UInt32) -> Bool {
        switch v {
        case 0x200B...0x200D, 0x2060, 0xFEFF: return true
        default: return false
        }
    }

    public static func isUnsafe(_ v: UInt32) -> Bool { isControl(v) || isZeroWidthFormat(v) }

    /// Text for the screen: tabs and line breaks (the line and paragraph separators too) as
    /// spaces, every other control as U+FFFD, zero-width format characters dropped.
    public static func clean(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { isUnsafe($0.value) }) else { return s }
        let lines = String(s.map { $0 == "\r\n" ? "\n" : $0 })
        let spaced = String(String.UnicodeScalarView(lines.unicodeScalars.map { u in
            isLineSpace(u) ? " " : u
        }))
        return cleaned(spaced, replacement: "\u{FFFD}")
    }

    /// One grapheme for the screen: a tab or line break is a space, a cluster holding any
    /// other control or zero-width format character is U+FFFD.
    public static func clean(_ c: Character) -> Character {
        if c == "\t" || c == "\n" || c == "\r\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}" { return " " }
        for s in c.unicodeScalars where isUnsafe(s.value) { return replacement }
        return c
    }

    /// Text in plain output (check, the log file, a value to copy from a message): whole,
    /// every control as `?`.
    public static func plain(_ s: String) -> String { cleaned(s, replacement: "?") }

    /// A value from data quoted in a message: controls as `?`, at most 40 characters.
    public static func quoted(_ s: String) -> String {
        let t = plain(s)
        return t.count > 40 ? String(t.prefix(40)) + "…" : t
    }

    /// `s` with every control replaced by `replacement` and every zero-width format
    /// character dropped; `s` itself when it has neither.
    public static func cleaned(_ s: String, replacement: Unicode.Scalar) -> String {
        guard s.unicodeScalars.contains(where: { isUnsafe($0.value) }) else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars where !isZeroWidthFormat(u.value) {
            out.append(isControl(u.value) ? replacement : u)
        }
        return String(out)
    }

    private static func isLineSpace(_ u: Unicode.Scalar) -> Bool {
        u == "\t" || u == "\n" || u == "\r" || u == "\u{2028}" || u == "\u{2029}"
    }
}
