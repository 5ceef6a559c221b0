/// Every key, in an overlay that fits 80×24 and scrolls when the screen is smaller.
public enum HelpOverlay {
    public static let entries: [(String, String)] = [
        ("q", "quit (in an overlay: close it)"),
        ("?  F1", "this help"),
        ("1 2 3", "focus Agents, Sales, Coaching"),
        ("Tab  Shift-Tab", "next / previous panel"),
        ("Up Down  j k", "move the selection"),
        ("PgUp PgDn  Space", "move a page"),
        ("Home End  g G", "first / last row"),
        ("Enter", "details of the selected row"),
        ("r", "mark the selected call reviewed"),
        ("u", "undo your last review mark"),
        ("p", "list data problems (file:line: reason)"),
        ("w", "write today's report (Markdown) to a file"),
        ("Esc", "close an overlay"),
        ("Ctrl-L", "redraw the screen"),
    ]

    public static func lines() -> [[Span]] {
        var lines: [[Span]] = entries.map { key, text in
            [Span(Format.pad(key, 18), Style(.hotkey, [.bold])), Span(text)]
        }
        lines.append([])
        lines.append([Span("Amber and red times: thresholds in callboard.toml.", Style(.dim))])
        lines.append([Span("Reviews are appended to reviews.jsonl in the data directory.", Style(.dim))])
        return lines
    }
}
