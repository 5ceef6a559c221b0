import CallboardText

/// Draws a `TextField` in one row: the visible part of its text and, while it has the focus,
/// the cell under the cursor in reverse (the terminal's own cursor stays hidden).
public enum TextFieldView {
    public static func draw(_ field: TextField, focused: Bool, x: Int, y: Int, width: Int, screen: inout Screen) {
        guard width > 0 else { return }
        let (text, cursor) = field.visible(width: width)
        screen.put(text, x: x, y: y, maxWidth: width)
        guard focused, cursor < width else { return }
        var under = " "
        var column = 0
        for c in text {
            if column == cursor {
                under = String(c)
                break
            }
            column += TextWidth.of(c)
        }
        screen.put(under, x: x + cursor, y: y, style: Style(.selected, [.reverse]), maxWidth: width - cursor)
    }
}
