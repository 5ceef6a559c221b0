/// How long an agent has been in one state, against the thresholds of callboard.toml.
public enum AlertLevel: Int, Comparable, Sendable {
    case normal
    case amber
    case red

    public static func < (a: AlertLevel, b: AlertLevel) -> Bool { a.rawValue < b.rawValue }

    public init(state: AgentState, reason: String?, seconds: Int, settings: Settings) {
        guard let t = settings.threshold(for: state, reason: reason) else {
            self = .normal
            return
        }
        if t.redMinutes > 0 && seconds >= t.redMinutes * 60 {
            self = .red
        } else if t.amberMinutes > 0 && seconds >= t.amberMinutes * 60 {
            self = .amber
        } else {
            self = .normal
        }
    }
}

extension TeamDay {
    /// A stale state has no believable clock, so it raises no alarm (it has its own look).
    public func alertLevel(of agent: AgentDay, at now: Instant) -> AlertLevel {
        if isStale(agent, at: now) { return .normal }
        return AlertLevel(state: agent.state, reason: agent.reason, seconds: agent.secondsInState(at: now), settings: settings)
    }
}
