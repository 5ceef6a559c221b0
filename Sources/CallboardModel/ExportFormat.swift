/// How the data files are written where callboard cannot tell from a value alone: the
/// settings of callboard.toml's `[formats]`, `[sales]`, `[states]`, `[outcomes]`,
/// `[columns]` and `[encoding]` tables.
public struct ExportFormat: Equatable, Sendable {
    /// How `NN/NN/YYYY` and `NN-NN-YYYY` are read; a dotted date is always day first.
    public enum DateOrder: String, Sendable {
        case dayMonthYear = "dmy"
        case monthDayYear = "mdy"
    }

    public enum DecimalSeparator: String, Sendable {
        case comma = ","
        case point = "."
    }

    /// A state as a table of callboard.toml names it: the state, and a pause's reason.
    public struct StateWord: Equatable, Sendable {
        public var state: AgentState
        public var reason: String?

        public init(state: AgentState, reason: String? = nil) {
            self.state = state
            self.reason = reason
        }
    }

    public var dateOrder = DateOrder.dayMonthYear
    /// nil: read from the value (a lone separator before exactly three digits is ambiguous).
    public var decimalSeparator: DecimalSeparator?
    /// Whether a negative amount (a refund) may lower the day's revenue; when not, it is a problem.
    public var refundsAllowed = true
    /// `[states]`: a state as exported (folded, see `AgentDirectory.folded`) → callboard's state.
    public var states: [String: StateWord] = [:]
    /// `[outcomes]`: an outcome as exported (folded) → the outcome callboard uses.
    public var outcomes: [String: String] = [:]
    /// `[columns]`: per table (`calls`), callboard's column (`start`) → the header as exported.
    public var columns: [String: [String: String]] = [:]
    /// `[encoding]`: per table, the file's text encoding; absent: detected.
    public var encodings: [String: TextEncoding] = [:]

    public init() {}

    /// The state `word` names: callboard.toml's own words first, then the built-in ones.
    public func state(_ word: String) -> StateWord? {
        if !states.isEmpty, let mapped = states[AgentDirectory.folded(word)] { return mapped }
        return AgentState(word: word).map { StateWord(state: $0) }
    }

    /// The outcome callboard uses for `outcome` as exported.
    public func outcome(_ outcome: String) -> String {
        guard !outcomes.isEmpty else { return outcome }
        return outcomes[AgentDirectory.folded(outcome)] ?? outcome
    }
}

/// A text encoding a data file may be written in.
public enum TextEncoding: String, CaseIterable, Sendable {
    case utf8 = "utf-8"
    case utf16 = "utf-16"
    case windows1250 = "windows-1250"
    case iso88592 = "iso-8859-2"

    /// `utf-8`, `utf8`, `cp1250`, `latin2` and the like (any case).
    public init?(name: String) {
        let n = name.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " }
        switch n {
        case "utf8": self = .utf8
        case "utf16", "utf16le", "utf16be", "unicode": self = .utf16
        case "windows1250", "cp1250", "win1250", "ms1250": self = .windows1250
        case "iso88592", "latin2", "l2": self = .iso88592
        default: return nil
        }
    }

    /// The name `check` says.
    public var label: String {
        switch self {
        case .utf8: return "UTF-8"
        case .utf16: return "UTF-16"
        case .windows1250: return "Windows-1250"
        case .iso88592: return "ISO-8859-2"
        }
    }
}
