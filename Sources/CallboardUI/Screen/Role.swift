/// What a cell means. Views pick a role; the theme (in the backend) picks the colour,
/// so a palette change never touches a view.
public enum Role: UInt8, CaseIterable, Sendable {
    case normal
    case dim
    case title
    case border
    case borderFocused
    case columnHeader
    case hotkey
    case selected
    case agentAvailable
    case agentRinging
    case agentCall
    case agentWrap
    case agentPaused
    case agentOffline
    case warning
    case overLimit
    case targetMet
    case behindPace
    case aheadPace
    case overdue
    case dueSoon
    case problem
    case gaugeFill
    case gaugeEmpty
    case message
    case error
    /// A state no event has confirmed for longer than its stale limit (`call?`).
    case agentStale
    /// Today on a chart: the hourly bars.
    case chartToday
    /// The target on a chart.
    case chartTarget
    /// Earlier days on a chart (yesterday, last week): faint beside today.
    case chartPast
}

extension Role {
    /// The role's key in theme files: named by meaning, not by widget.
    public var themeKey: String {
        switch self {
        case .normal: return "normal"
        case .dim: return "dim"
        case .title: return "title"
        case .border: return "border"
        case .borderFocused: return "border_focused"
        case .columnHeader: return "column_header"
        case .hotkey: return "hotkey"
        case .selected: return "selected"
        case .agentAvailable: return "agent_available"
        case .agentRinging: return "agent_ringing"
        case .agentCall: return "agent_call"
        case .agentWrap: return "agent_wrap"
        case .agentPaused: return "agent_paused"
        case .agentOffline: return "agent_offline"
        case .agentStale: return "agent_stale"
        case .warning: return "warning"
        case .overLimit: return "over_limit"
        case .targetMet: return "target_met"
        case .behindPace: return "behind_pace"
        case .aheadPace: return "ahead_pace"
        case .overdue: return "overdue"
        case .dueSoon: return "due_soon"
        case .problem: return "problem"
        case .gaugeFill: return "gauge_fill"
        case .gaugeEmpty: return "gauge_empty"
        case .message: return "message"
        case .error: return "error"
        case .chartToday: return "chart_today"
        case .chartTarget: return "chart_target"
        case .chartPast: return "chart_past"
        }
    }

    public init?(themeKey: String) {
        guard let role = Role.allCases.first(where: { $0.themeKey == themeKey }) else { return nil }
        self = role
    }
}
