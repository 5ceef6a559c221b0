/// Every key, in an overlay that fits 80×24 (18 lines) and scrolls when the screen is smaller.
public enum HelpOverlay {
    public static let entries: [(String, String)] = [
        ("q", "quit (in an overlay: close it)"),
        ("?  F1", "this help"),
        ("1 2 3  Tab", "focus Agents, Sales, Coaching; Tab cycles"),
        ("Up Down  j k", "move the selection"),
        ("PgUp PgDn  Space", "a page; Home End g G: first / last row"),
        ("Enter", "details of the selected row"),
        ("a", "the page of the selected row's agent"),
        ("r", "mark the selected call reviewed"),
        ("e", "evaluate the call: score 1-5, tags, note"),
        ("l", "play the call's recording (l or Esc stops)"),
        ("d", "mark the selected coaching session done"),
        ("x", "dismiss the selected suggestion until tomorrow"),
        ("u", "undo your last review, session or dismissal"),
        ("p", "list data problems (file:line: reason)"),
        ("w", "write today's report (Markdown) to a file"),
        ("Esc", "close an overlay, cancel a form, stop playing"),
        ("/  s  T", "filter agents; sort the panel; next team"),
        ("t  Ctrl-L", "next colour theme; redraw the screen"),
    ]

    public static func lines(language: Language = .english) -> [[Span]] {
        entries.map { key, text in
            [Span(Format.pad(language.text(key, context: "key name"), 18), Style(.hotkey, [.bold])),
             Span(language.text(text, context: "help"))]
        }
    }
}
