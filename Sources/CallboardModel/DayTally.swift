/// One earlier day of an agent, kept as totals: what the week's figures and the attention
/// rules look back on.
public struct DayTally: Equatable, Sendable {
    public var calls = 0
    public var talkSeconds = 0
    public var sales = 0
    public var revenue = Money.zero
    /// Seconds in each state that day (stretches closed by a later state change).
    public var secondsByState = StateSeconds()

    public init() {}

    public var isWorkingDay: Bool { calls > 0 || sales > 0 }
}

/// Seconds in each agent state: six counters rather than a hashed dictionary, since a
/// million-line log adds to one on nearly every state change.
public struct StateSeconds: Equatable, Sendable, Sequence {
    private var available = 0, ringing = 0, call = 0, wrap = 0, pause = 0, offline = 0

    public init() {}

    public init(_ seconds: [AgentState: Int]) {
        for (state, value) in seconds { self[state] += value }
    }

    public subscript(_ state: AgentState) -> Int {
        get {
            switch state {
            case .available: available
            case .ringing: ringing
            case .call: call
            case .wrap: wrap
            case .pause: pause
            case .offline: offline
            }
        }
        set {
            switch state {
            case .available: available = newValue
            case .ringing: ringing = newValue
            case .call: call = newValue
            case .wrap: wrap = newValue
            case .pause: pause = newValue
            case .offline: offline = newValue
            }
        }
    }

    /// The states that have seconds, in the states' order.
    public func makeIterator() -> IndexingIterator<[(state: AgentState, seconds: Int)]> {
        AgentState.allCases.compactMap { s in self[s] != 0 ? (s, self[s]) : nil }.makeIterator()
    }
}
