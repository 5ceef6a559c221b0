import CallboardModel
import CallboardText

/// A centred box over the dashboard holding lines of text, scrolled by the UI state.
public enum OverlayView {
    public static func draw(title: String, lines: [[Span]], scroll: inout Int, in area: Rect, screen: inout Screen) {
        let width = min(area.width - 2, max(40, min(100, (lines.map { $0.reduce(0) { $0 + TextWidth.of($1.text) } }.max() ?? 0) + 4)))
        let lines = wrapped(lines, width: width - 4)
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

    /// Lines wider than `width` go on over more lines: the last span wraps at spaces, under
    /// itself (the spans before it, a key or a label, are left as a column).
    static func wrapped(_ lines: [[Span]], width: Int) -> [[Span]] {
        guard width > 0 else { return lines }
        var out: [[Span]] = []
        for line in lines {
            let total = line.reduce(0) { $0 + TextWidth.of($1.text) }
            guard total > width, let last = line.last else {
                out.append(line)
                continue
            }
            let indent = total - TextWidth.of(last.text)
            guard indent < width / 2 else {
                out.append(line)
                continue
            }
            let pieces = Format.wrap(last.text, width: width - indent)
            for (i, piece) in pieces.enumerated() {
                let head = i == 0 ? Array(line.dropLast()) : [Span(String(repeating: " ", count: indent))]
                out.append(head + [Span(piece, last.style)])
            }
        }
        return out
    }
}
