/// A bordered box with a title, highlighted when it has the focus. Answers the inner area.
public enum PanelFrame {
    @discardableResult
    public static func draw(_ title: String, hotkey: String? = nil, in rect: Rect, focused: Bool,
                            screen: inout Screen) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let g = screen.glyphs
        let border = Style(focused ? .borderFocused : .border)
        let top = rect.y, bottom = rect.maxY - 1, left = rect.x, right = rect.maxX - 1
        screen.fill(Rect(x: left + 1, y: top, width: rect.width - 2, height: 1), g.horizontal, style: border)
        screen.fill(Rect(x: left + 1, y: bottom, width: rect.width - 2, height: 1), g.horizontal, style: border)
        screen.fill(Rect(x: left, y: top + 1, width: 1, height: rect.height - 2), g.vertical, style: border)
        screen.fill(Rect(x: right, y: top + 1, width: 1, height: rect.height - 2), g.vertical, style: border)
        screen.put(g.topLeft, x: left, y: top, style: border)
        screen.put(g.topRight, x: right, y: top, style: border)
        screen.put(g.bottomLeft, x: left, y: bottom, style: border)
        screen.put(g.bottomRight, x: right, y: bottom, style: border)
        var spans: [Span] = [Span(" ")]
        if let hotkey { spans.append(Span(hotkey, Style(.hotkey))); spans.append(Span(" ")) }
        spans.append(Span(title, Style(.title, focused ? [.bold] : [])))
        spans.append(Span(" "))
        screen.put(spans, x: left + 1, y: top, width: max(0, rect.width - 3))
        let inner = rect.inner
        screen.fill(inner)
        return inner
    }

    /// Marks on the frame's right edge telling that rows are hidden above or below.
    public static func scrollMarks(above: Bool, below: Bool, in rect: Rect, screen: inout Screen) {
        guard rect.width >= 4, rect.height >= 3 else { return }
        let g = screen.glyphs
        if above { screen.put(g.up, x: rect.maxX - 2, y: rect.y, style: Style(.hotkey, [.bold])) }
        if below { screen.put(g.down, x: rect.maxX - 2, y: rect.maxY - 1, style: Style(.hotkey, [.bold])) }
    }
}
