import CallboardModel

/// Something one agent did, at the moment it is written down.
enum DemoEvent: Sendable {
    case status(Instant, AgentState, reason: String?)
    /// Written when the call ends (with its sale, if any).
    case call(DemoCall)

    var time: Instant {
        switch self {
        case .status(let time, _, _): return time
        case .call(let call): return call.end
        }
    }
}
