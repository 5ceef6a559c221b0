/// Characters from data that must never reach a terminal as they are: the one definition
/// the screen, the reports, `check`, problem messages and stderr all use.
public enum UnsafeText {
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

    /// A value from data quoted in a message: controls as `?`, at most 40 characters.
    public static func quoted(_ s: String) -> String {
        let t = cleaned(s, replacement: "?")
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
}
