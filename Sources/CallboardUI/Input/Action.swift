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
    /// `[` `]`: the day before or after the one shown (after yesterday: today, live).
    case previousDay
    case nextDay
    /// `y`: the sales panel adds up today, this week, this month.
    case nextPeriod
    /// `c`: the sales panel's hourly chart of sales, then of calls, then its table again.
    case chart
    /// In a replay: `.` pauses or plays on; `<` `>` step a minute, `{` `}` jump a quarter of an
    /// hour; `-` `+` halve or double the speed.
    case replayPause
    case replayJump(Int)
    case replaySpeed(faster: Bool)
    case none

    /// The actions that append to the journal: only on today's live board.
    public var writesJournal: Bool {
        switch self {
        case .markReviewed, .evaluate, .sessionDone, .dismiss, .undo: return true
        default: return false
        }
    }

    /// What a key asks for: its binding in `Keymap`, and what an open overlay makes of it (`q`
    /// and Enter close it; filtering, sorting and teams wait until it is closed).
    public static func from(_ key: Key, overlayOpen: Bool) -> Action {
        let action = Keymap.actions[key] ?? .none
        guard overlayOpen else { return action }
        switch action {
        case .quit where key == .character("q"): return .close
        case .open: return .close
        case .filter, .sort, .nextTeam: return .none
        default: return action
        }
    }
}
