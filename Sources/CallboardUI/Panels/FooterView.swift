import CallboardModel

/// The bottom line: the focused panel's main keys, or the latest message.
public enum FooterView {
    public static func keys(for focus: PanelID, overlay: Overlay?) -> [(String, String)] {
        switch overlay {
        case .help?, .problems?: return [("Esc", "close"), ("↑↓", "scroll"), ("q", "close")]
        case .details(.call)?: return [("Esc", "close"), ("r", "reviewed"), ("u", "undo"), ("↑↓", "scroll")]
        case .details?: return [("Esc", "close"), ("↑↓", "scroll")]
        case nil: break
        }
        var keys: [(String, String)] = [("q", "quit"), ("?", "help"), ("Tab", "panel"), ("Enter", "details")]
        if focus == .coaching { keys += [("r", "reviewed"), ("u", "undo")] }
        keys.append(("p", "problems"))
        return keys
    }

    public static func draw(_ ui: UIState, now: Instant, in rect: Rect, screen: inout Screen) {
        guard rect.height > 0 else { return }
        screen.fill(rect.row(0))
        if let m = ui.message, now <= m.until {
            screen.put(" " + m.text + " ", x: rect.x, y: rect.y, style: Style(m.isError ? .error : .message, [.bold]),
                       maxWidth: rect.width)
            return
        }
        var spans: [Span] = []
        let ascii = screen.glyphs == .ascii
        for (key, label) in keys(for: ui.focus, overlay: ui.overlay) {
            let k = ascii && key == "↑↓" ? "Up/Dn" : key
            spans.append(Span(" " + k, Style(.hotkey, [.bold])))
            spans.append(Span(" " + label + " ", Style(.dim)))
        }
        screen.put(spans, x: rect.x, y: rect.y, width: rect.width)
    }
}
