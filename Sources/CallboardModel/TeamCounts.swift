/// How many agents are in each state right now (the header line).
public struct TeamCounts: Equatable, Sendable {
    public var loggedIn = 0
    public var available = 0
    public var ringing = 0
    public var onCall = 0
    public var wrap = 0
    public var paused = 0
    public var offline = 0
    /// In a state no event has confirmed for too long (`TeamDay.isStale`): not counted in it.
    public var stale = 0
    /// Agents in each state for longer than its amber limit (red included); only with `now`.
    public var overLimit: [AgentState: Int] = [:]

    public init() {}

    /// `now` nil: no state is taken as stale.
    public init(_ team: TeamDay, at now: Instant? = nil) {
        // Fields read in place through the buffer: a copy of each agent's day (its tallies
        // and history) cost more than the counting, and the header counts on every frame.
        team.agents.withUnsafeBufferPointer { agents in
            for i in agents.indices where agents[i].agent.active || agents[i].state.isLoggedIn {
                let state = agents[i].state
                if let now, team.isStale(state: state, since: agents[i].since, at: now) {
                    stale += 1
                    loggedIn += 1
                    continue
                }
                switch state {
                case .available: available += 1
                case .ringing: ringing += 1
                case .call: onCall += 1
                case .wrap: wrap += 1
                case .pause: paused += 1
                case .offline: offline += 1
                }
                if state.isLoggedIn { loggedIn += 1 }
                if let now, team.alertLevel(state: state, reason: agents[i].reason, since: agents[i].since, at: now) != .normal {
                    overLimit[state, default: 0] += 1
                }
            }
        }
    }
}
