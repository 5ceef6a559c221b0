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
    /// (any case; spaces, dashes and underscores ignored; Polish letters optional: `dostepny`
    /// is `dostępny`). One look-up in a table: a status file has a row per state change.
    public init?(word: String) {
        let folded = NameCollation.searchKey(word)
        var key = folded
        if folded.utf8.contains(where: { $0 == 0x20 || $0 == 0x2D || $0 == 0x5F }) {
            key = String(decoding: folded.utf8.filter { $0 != 0x20 && $0 != 0x2D && $0 != 0x5F }, as: UTF8.self)
        }
        guard let state = AgentState.words[key] else { return nil }
        self = state
    }

    /// Every word `init(word:)` reads, folded as it folds them.
    static let words: [String: AgentState] = {
        let lists: [(AgentState, [String])] = [
            (.available, ["available", "ready", "idle", "free", "waiting", "login", "loggedin",
                          "dostepny", "dostepna", "gotowy", "gotowa", "wolny", "wolna", "zalogowany", "zalogowana"]),
            (.ringing, ["ringing", "ring", "alerting", "dzwoni", "dzwonienie", "dzwoniacy"]),
            (.call, ["call", "incall", "oncall", "talking", "talk", "busy", "connected",
                     "rozmowa", "wrozmowie", "zajety", "zajeta", "polaczenie", "polaczony", "polaczona"]),
            (.wrap, ["wrap", "wrapup", "acw", "aftercall", "aftercallwork", "porozmowie", "obsluga", "obslugapopolaczeniu"]),
            (.pause, ["pause", "paused", "break", "onbreak", "notready", "away", "przerwa", "nagodzinie", "wstrzymany", "wstrzymana"]),
            (.offline, ["offline", "logout", "loggedout", "logoff", "loggedoff", "off",
                        "wylogowany", "wylogowana", "niedostepny", "niedostepna", "niezalogowany", "niezalogowana"]),
        ]
        var table: [String: AgentState] = [:]
        for (state, words) in lists { for w in words { table[w] = state } }
        return table
    }()
}
