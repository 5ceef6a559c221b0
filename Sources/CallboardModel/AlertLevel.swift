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
        alertLevel(state: agent.state, reason: agent.reason, since: agent.since, at: now)
    }

    /// The same from the fields it reads, for a caller reading agents in place.
    func alertLevel(state: AgentState, reason: String?, since: Instant?, at now: Instant) -> AlertLevel {
        if isStale(state: state, since: since, at: now) { return .normal }
        return AlertLevel(state: state, reason: reason, seconds: since.map { max(0, now - $0) } ?? 0, settings: settings)
    }
}
