import CallboardModel

/// A row of the coaching panel.
public enum CoachingRow: Equatable, Sendable {
    /// An agent's reviews against the policy, heading that agent's calls to review.
    case progress(ReviewProgress)
    case review(PendingReview)
    case agenda(AgendaEntry)
    case suggestion(Suggestion)

    /// Stable identity, to keep the selection on the same item across refreshes.
    public var key: String {
        switch self {
        case .progress(let p): return "agent:" + p.agent
        case .review(let r): return "call:" + r.call.id
        case .agenda(let a): return "item:" + a.item.id
        case .suggestion(let s): return "attention:" + s.key
        }
    }

    /// The agent the row is about, if one.
    public var agent: String? {
        switch self {
        case .progress(let p): return p.agent
        case .review(let r): return r.call.agent
        case .agenda(let a): return a.item.agent
        case .suggestion(let s): return s.agent
        }
    }
}
