import CallboardModel
import CallboardText

/// The bottom line: the focused panel's main keys, or the latest message.
public enum FooterView {
    public static func keys(for focus: PanelID, overlay: Overlay?, playing: Bool = false,
                            form: Form? = nil) -> [(String, String)] {
        switch form {
        case .evaluate?: return [("Enter", "save"), ("Esc", "cancel"), ("Tab", "next field"), ("1-5", "score"), ("Space", "tag")]
        case .session?: return [("Enter", "done"), ("Esc", "cancel")]
        case nil: break
        }
        let stop: [(String, String)] = playing ? [("l", "stop")] : []
        /// The hints of the key table for these actions; the recording's key says stop while one plays.
        func hints(_ actions: [Action]) -> [(String, String)] {
            stop + actions.filter { !(playing && $0 == .listen) }.compactMap(Keymap.hint)
        }
        switch overlay {
        case .help?, .problems?: return [("Esc", "close"), ("↑↓", "scroll"), ("q", "close")]
        case .details(.call)?:
            return [("Esc", "close")] + hints([.markReviewed, .evaluate, .listen, .undo, .agentPage]) + [("↑↓", "scroll")]
        case .details(.coachingItem)?: return [("Esc", "close")] + hints([.sessionDone, .agentPage]) + [("↑↓", "scroll")]
        case .details?: return [("Esc", "close"), ("↑↓", "scroll")]
        case nil: break
        }
        // Most useful first: the line shows as many whole keys as fit.
        if focus == .coaching {
            return hints([.markReviewed, .evaluate, .listen, .sessionDone, .dismiss, .undo, .agentPage, .help, .quit, .focusNext,
                          .problems])
        }
        if focus == .sales {
            return hints([.quit, .help, .nextPeriod, .chart, .focusNext, .open, .agentPage, .problems])
        }
        return hints([.quit, .help, .focusNext, .open, .agentPage, .problems])
    }

    /// The footer's lines: two while a message is showing that one line cannot hold.
    public static func height(_ ui: UIState, now: Instant, width: Int) -> Int {
        guard ui.filterInput == nil, let m = ui.message, now <= m.until else { return 1 }
        return TextWidth.of(m.text) + 2 > width ? 2 : 1
    }

    /// The keys' names and labels (English in `keys`) are written in the UI's language here.
    public static func draw(_ ui: UIState, now: Instant, in rect: Rect, screen: inout Screen) {
        guard rect.height > 0 else { return }
        screen.fill(rect)
        if let field = ui.filterInput {
            filterLine(field, ui: ui, in: rect, screen: &screen)
            return
        }
        if let m = ui.message, now <= m.until {
            // A long message goes on over the lines the footer has (see `height`), never cut short
            // while there is a line for it.
            let style = Style(m.isError ? .error : .message, [.bold])
            let lines = Format.wrap(m.text, width: max(1, rect.width - 2))
            for (i, line) in lines.prefix(rect.height).enumerated() {
                let last = i == rect.height - 1 && lines.count > rect.height
                let text = last ? Format.fit(line + " " + lines[(i + 1)...].joined(separator: " "), rect.width - 2) : line
                screen.put(" " + text + " ", x: rect.x, y: rect.y + i, style: style, maxWidth: rect.width)
            }
            return
        }
        var spans: [Span] = []
        let ascii = screen.glyphs == .ascii
        var used = 0
        if ui.view.isNarrowed, ui.overlay == nil, ui.form == nil {
            // What is hidden comes first: a filtered screen must never pass for the whole team.
            var parts: [String] = []
            if !ui.view.filter.isEmpty { parts.append("/" + ui.view.filter) }
            if let team = ui.view.team { parts.append(ui.language.text("Team {team}", ["team": team])) }
            let text = " " + parts.joined(separator: " \(screen.glyphs.separator) ") + " "
            spans.append(Span(text, Style(.warning, [.bold])))
            used += TextWidth.of(text)
        }
        for (key, label) in keys(for: ui.focus, overlay: ui.overlay, playing: ui.playing != nil, form: ui.form) {
            let k = ascii && key == "↑↓" ? "Up/Dn" : ui.language.text(key, context: "key name")
            let label = ui.language.text(label, context: "key")
            let width = TextWidth.of(k) + TextWidth.of(label) + 3
            guard used + width <= rect.width else { break }
            used += width
            spans.append(Span(" " + k, Style(.hotkey, [.bold])))
            spans.append(Span(" " + label + " ", Style(.dim)))
        }
        screen.put(spans, x: rect.x, y: rect.y, width: rect.width)
    }

    /// Typing a filter: `/` and the text with its cursor, then what Enter and Esc do.
    static func filterLine(_ field: TextField, ui: UIState, in rect: Rect, screen: inout Screen) {
        let hint = " " + ui.language.text("Enter keeps the filter, Esc clears it") + " "
        let room = max(1, rect.width - 2 - TextWidth.of(hint))
        screen.put(" /", x: rect.x, y: rect.y, style: Style(.hotkey, [.bold]))
        TextFieldView.draw(field, focused: true, x: rect.x + 2, y: rect.y, width: room, screen: &screen)
        screen.put(hint, x: rect.x + 2 + room, y: rect.y, style: Style(.dim), maxWidth: rect.width - 2 - room)
    }
}
