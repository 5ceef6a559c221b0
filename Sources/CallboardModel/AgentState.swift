/// What an agent is doing. The order of cases is the order the agents panel sorts by.
public enum AgentState: Int, CaseIterable, Comparable, Sendable {
    case available
    case ringing
    case call
    case wrap
    case pause
    case offline

    public static func < (a: AgentState, b: AgentState) -> Bool { a.rawValue < b.rawValue }

    /// The word used on screen and in exports.
    public var name: String {
        switch self {
        case .available: return "available"
        case .ringing: return "ringing"
        case .call: return "call"
        case .wrap: return "wrap"
        case .pause: return "pause"
        case .offline: return "offline"
        }
    }

    public var isLoggedIn: Bool { self != .offline }

    /// Reads a state name or one of the synonyms phone systems export (case-insensitive).
    public init?(word: String) {
        let w = word.lowercased().filter { $0 != " " && $0 != "-" && $0 != "_" }
        switch w {
        case "available", "ready", "idle", "free", "waiting", "login", "loggedin": self = .available
        case "ringing", "ring", "alerting": self = .ringing
        case "call", "incall", "oncall", "talking", "talk", "busy", "connected": self = .call
        case "wrap", "wrapup", "acw", "aftercall", "aftercallwork": self = .wrap
        case "pause", "paused", "break", "onbreak", "notready", "away": self = .pause
        case "offline", "logout", "loggedout", "logoff", "loggedoff", "off": self = .offline
        default: return nil
        }
    }
}
