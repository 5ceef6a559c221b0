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

    /// Reads a state name or one of the synonyms phone systems export, in English or Polish
    /// (any case; Polish letters optional: `dostepny` is `dostępny`).
    public init?(word: String) {
        var w = word.lowercased().filter { $0 != " " && $0 != "-" && $0 != "_" }
        if !w.utf8.allSatisfy({ $0 < 0x80 }) { w = NameCollation.searchKey(w) }
        switch w {
        case "available", "ready", "idle", "free", "waiting", "login", "loggedin",
             "dostepny", "dostepna", "gotowy", "gotowa", "wolny", "wolna", "zalogowany", "zalogowana":
            self = .available
        case "ringing", "ring", "alerting", "dzwoni", "dzwonienie", "dzwoniacy":
            self = .ringing
        case "call", "incall", "oncall", "talking", "talk", "busy", "connected",
             "rozmowa", "wrozmowie", "zajety", "zajeta", "polaczenie", "polaczony", "polaczona":
            self = .call
        case "wrap", "wrapup", "acw", "aftercall", "aftercallwork", "porozmowie", "obsluga", "obslugapopolaczeniu":
            self = .wrap
        case "pause", "paused", "break", "onbreak", "notready", "away", "przerwa", "nagodzinie", "wstrzymany", "wstrzymana":
            self = .pause
        case "offline", "logout", "loggedout", "logoff", "loggedoff", "off",
             "wylogowany", "wylogowana", "niedostepny", "niedostepna", "niezalogowany", "niezalogowana":
            self = .offline
        default: return nil
        }
    }
}
