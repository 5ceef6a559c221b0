/// One line of the key table: how the help names the keys, what it says they do, the label the
/// bottom line gives them (nil: not there), and which keys do what.
public struct KeyCommand: Sendable {
    public var name: String
    public var help: String
    public var hint: String?
    public var bindings: [(key: Key, action: Action)]

    /// The key the bottom line names for the command (the first one bound).
    public var hintKey: String { String(name.split(separator: " ").first ?? "") }
}

/// The dashboard's keys in one table: what a key does (`Action.from`), the `?` help and the
/// hints of the bottom line are all read from it, so that none of them can drift from the others.
/// The form's keys and what a key means in an overlay are the update's own (FormUpdate,
/// `Action.from`).
public enum Keymap {
    static func command(_ name: String, _ help: String, _ hint: String?, _ bindings: [(key: Key, action: Action)]) -> KeyCommand {
        KeyCommand(name: name, help: help, hint: hint, bindings: bindings)
    }

    public static let commands: [KeyCommand] = [
        command("q", "quit (in an overlay: close it)", "quit", [(.character("q"), .quit), (.character("Q"), .quit)]),
        command("?  F1", "this help", "help", [(.character("?"), .help), (.function(1), .help)]),
        command("1 2 3  Tab", "focus Agents, Sales, Coaching; Tab cycles", "panel",
                [(.character("1"), .focus(.agents)), (.character("2"), .focus(.sales)), (.character("3"), .focus(.coaching)),
                 (.tab, .focusNext), (.backTab, .focusPrevious)]),
        command("Up Down  j k", "move the selection", nil, [(.up, .up), (.character("k"), .up), (.down, .down), (.character("j"), .down)]),
        command("PgUp PgDn  Space", "a page; Home End g G: first / last row", nil,
                [(.pageUp, .pageUp), (.pageDown, .pageDown), (.character(" "), .pageDown), (.home, .top), (.character("g"), .top),
                 (.end, .bottom), (.character("G"), .bottom)]),
        command("Enter", "details of the selected row", "details", [(.enter, .open)]),
        command("a", "the page of the selected row's agent", "agent", [(.character("a"), .agentPage)]),
        command("r", "mark the selected call reviewed", "reviewed", [(.character("r"), .markReviewed)]),
        command("e", "evaluate the call: score 1-5, tags, note", "evaluate", [(.character("e"), .evaluate)]),
        command("l", "play the call's recording (l or Esc stops)", "listen", [(.character("l"), .listen)]),
        command("d", "mark the selected coaching session done", "done", [(.character("d"), .sessionDone)]),
        command("x", "dismiss the selected suggestion or pick until tomorrow", "dismiss", [(.character("x"), .dismiss)]),
        command("u", "undo your last review, session or dismissal", "undo", [(.character("u"), .undo)]),
        command("p", "list data problems (file:line: reason)", "problems", [(.character("p"), .problems)]),
        command("w", "write today's report (Markdown) to a file", nil, [(.character("w"), .writeReport)]),
        command("Esc", "close an overlay, cancel a form, stop playing", nil, [(.escape, .close)]),
        command("/  s  T", "filter agents; sort the panel; next team", nil,
                [(.character("/"), .filter), (.character("s"), .sort), (.character("T"), .nextTeam)]),
        command("t  Ctrl-L", "next colour theme; redraw the screen", nil,
                [(.character("t"), .nextTheme), (.character("\u{0C}"), .redraw), (.unknown(12), .redraw), (.resize, .redraw)]),
        command("y", "Sales: today, this week so far, this month so far", "period", [(.character("y"), .nextPeriod)]),
        command("c", "the hourly chart: sales or service level, then calls", "chart",
                [(.character("c"), .chart)]),
        command("[  ]", "the day before / after (after yesterday: today, live)", nil,
                [(.character("["), .previousDay), (.character("]"), .nextDay)]),
        command(".  - +", "replay: pause or play on; slower, faster", nil,
                [(.character("."), .replayPause), (.character("-"), .replaySpeed(faster: false)),
                 (.character("+"), .replaySpeed(faster: true)), (.character("="), .replaySpeed(faster: true))]),
        command("< >  { }", "replay: a minute back, on; 15 minutes back, on", nil,
                [(.character("<"), .replayJump(-60)), (.character(">"), .replayJump(60)),
                 (.character("{"), .replayJump(-900)), (.character("}"), .replayJump(900))]),
    ]

    /// What the key is bound to, before what an open overlay makes of it.
    static let actions: [Key: Action] = {
        var map: [Key: Action] = [:]
        for command in commands {
            for binding in command.bindings where map[binding.key] == nil { map[binding.key] = binding.action }
        }
        return map
    }()

    /// The key and label the bottom line shows for `action`, from the command that binds it.
    public static func hint(_ action: Action) -> (String, String)? {
        guard let command = commands.first(where: { $0.bindings.contains { $0.action == action } }), let label = command.hint else {
            return nil
        }
        let key = command.bindings.first { $0.action == action }.map { binding -> String in
            switch binding.key {
            case .character(let c): return String(c)
            case .enter: return "Enter"
            case .tab: return "Tab"
            default: return command.hintKey
            }
        } ?? command.hintKey
        return (key, label)
    }
}
