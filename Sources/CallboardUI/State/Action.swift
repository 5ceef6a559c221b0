/// What a key asks for.
public enum Action: Equatable, Sendable {
    case quit
    case help
    case focus(PanelID)
    case focusNext
    case focusPrevious
    case up
    case down
    case pageUp
    case pageDown
    case top
    case bottom
    case open
    case close
    case markReviewed
    /// `e`: evaluate the selected call (score, tags, note).
    case evaluate
    /// `l`: play (or stop) the selected call's recording.
    case listen
    /// `d`: mark the selected coaching session done.
    case sessionDone
    /// `x`: dismiss the selected suggestion until tomorrow.
    case dismiss
    /// `a`: the page of the selected row's agent.
    case agentPage
    /// `t`: the next colour theme.
    case nextTheme
    /// `/`: type a filter of agents by name or team.
    case filter
    /// `s`: the focused panel's next sort order.
    case sort
    /// `T`: show the next team only (then all teams again).
    case nextTeam
    case undo
    case problems
    case writeReport
    case redraw
    case none

    /// The keys of the dashboard. Later features add keys; these keep their meaning.
    public static func from(_ key: Key, overlayOpen: Bool) -> Action {
        switch key {
        case .character("q"): return overlayOpen ? .close : .quit
        case .character("Q"): return .quit
        case .character("?"), .function(1): return .help
        case .character("1"): return .focus(.agents)
        case .character("2"): return .focus(.sales)
        case .character("3"): return .focus(.coaching)
        case .tab: return .focusNext
        case .backTab: return .focusPrevious
        case .up, .character("k"): return .up
        case .down, .character("j"): return .down
        case .pageUp: return .pageUp
        case .pageDown, .character(" "): return .pageDown
        case .home, .character("g"): return .top
        case .end, .character("G"): return .bottom
        case .enter: return overlayOpen ? .close : .open
        case .escape: return .close
        case .character("r"): return .markReviewed
        case .character("e"): return .evaluate
        case .character("l"): return .listen
        case .character("d"): return .sessionDone
        case .character("x"): return .dismiss
        case .character("a"): return .agentPage
        case .character("t"): return .nextTheme
        case .character("/"): return overlayOpen ? .none : .filter
        case .character("s"): return overlayOpen ? .none : .sort
        case .character("T"): return overlayOpen ? .none : .nextTeam
        case .character("u"): return .undo
        case .character("p"): return .problems
        case .character("w"): return .writeReport
        case .character("\u{0C}"), .unknown(12): return .redraw
        case .resize: return .redraw
        default: return .none
        }
    }
}
