import CallboardModel

/// A centred box over the dashboard holding lines of text, scrolled by the UI state.
public enum OverlayView {
    public static func draw(title: String, lines: [[Span]], scroll: inout Int, in area: Rect, screen: inout Screen) {
        let width = min(area.width - 2, max(40, min(100, (lines.map { $0.reduce(0) { $0 + TextWidth.of($1.text) } }.max() ?? 0) + 4)))
        let height = min(area.height - 2, lines.count + 2)
        guard width >= 10, height >= 3 else { return }
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        let inner = PanelFrame.draw(title, in: rect, focused: true, screen: &screen)
        let visible = inner.height
        scroll = max(0, min(scroll, lines.count - visible))
        for i in 0..<visible {
            let index = scroll + i
            guard index < lines.count else { break }
            screen.put(lines[index], x: inner.x + 1, y: inner.y + i, width: inner.width - 2)
        }
        let g = screen.glyphs
        if scroll > 0 { screen.put(g.up, x: rect.maxX - 2, y: rect.y, style: Style(.hotkey)) }
        if scroll + visible < lines.count { screen.put(g.down, x: rect.maxX - 2, y: rect.maxY - 1, style: Style(.hotkey)) }
    }
}
