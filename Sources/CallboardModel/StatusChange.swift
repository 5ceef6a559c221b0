/// A row of status.csv: an agent entered `state` at `time`.
public struct StatusChange: Equatable, Sendable {
    public var time: Instant
    public var agent: String
    public var state: AgentState
    public var reason: String?

    public init(time: Instant, agent: String, state: AgentState, reason: String? = nil) {
        self.time = time
        self.agent = agent
        self.state = state
        self.reason = reason
    }
}
