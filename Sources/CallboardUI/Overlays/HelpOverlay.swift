import CallboardText

/// Every key, then what each figure and sign on the screen means, in an overlay that
/// scrolls (the keys alone fit 80×24).
public enum HelpOverlay {
    /// The keys and what they do, from the key table.
    public static var entries: [(String, String)] { Keymap.commands.map { ($0.name, $0.help) } }

    /// The figures and signs of the header and the panels, as they look on screen.
    public static func figures(_ glyphs: Glyphs) -> [(String, String)] {
        [
            ("Sales 34/59", "sales today of the team's target for the day"),
            ("\(glyphs.up)+9.4  \(glyphs.down)-2.0", "ahead of or behind pace: sales made minus the sales due by now (the target times the share of the shift gone)"),
            ("Rev \(glyphs.down)-1.7k", "revenue ahead of or behind pace, in thousands"),
            ("shift 44%", "the share of the working shift gone"),
            ("Pause 3 (2 over)", "agents in a state; how many of them are over its time limit"),
            ("12:03!  12:03!!", "time in the state over its amber (!) or red (!!) limit (callboard.toml [thresholds])"),
            ("call?", "a state no event has confirmed for hours: its end was probably never logged"),
            ("\(glyphs.attention) name", "the attention rules point at this agent: Coaching says why"),
            ("Pace", "in Sales: the agent's sales ahead of (+) or behind (-) pace"),
            ("Conn  RNA", "from the phone system: calls answered of those offered, rings not answered"),
            ("SL", "service level: calls answered within the target seconds, of those offered"),
            ("late  flagged  attn", "Coaching: sessions overdue, calls flagged for review, attention items"),
            ("review  3/10 this week", "Coaching: calls picked to listen to; the agent's reviews against the quota"),
        ]
    }

    public static func lines(language: Language = .english, glyphs: Glyphs = .unicode) -> [[Span]] {
        var lines = entries.map { key, text in
            [Span(Format.pad(language.text(key, context: "key name"), 18), Style(.hotkey, [.bold])),
             Span(language.text(text, context: "help"))]
        }
        lines.append([])
        lines.append([Span(language.text("What the figures mean"), Style(.title, [.bold]))])
        lines += figures(glyphs).map { sign, text in
            [Span(Format.pad(language.text(sign, context: "sign"), 24), Style(.hotkey, [.bold])),
             Span(language.text(text, context: "help"))]
        }
        return lines
    }
}
