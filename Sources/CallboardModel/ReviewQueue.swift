/// A call waiting to be listened to and marked reviewed.
public struct PendingReview: Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
        /// Flagged in calls.csv.
        case flagged
        /// Picked to fill the agent's daily review quota.
        case quota
    }

    public var call: CallRecord
    public var reason: Reason

    public init(call: CallRecord, reason: Reason) {
        self.call = call
        self.reason = reason
    }
}

extension TeamDay {
    /// Calls shorter than this are not picked for the quota: there is nothing to hear.
    public static let shortestReviewableCall = 30

    /// Flagged calls not yet reviewed (oldest first), then for each agent as many of today's
    /// calls as the quota still asks for — calls that did not end in a sale first, then the
    /// longest — agents with the fewest reviews today first.
    public func reviewQueue() -> [PendingReview] {
        var queue: [PendingReview] = []
        let flagged = (flaggedEarlier + callsToday.filter(\.flagged))
            .filter { !journal.isReviewed($0.id) }
            .sorted { ($0.start, $0.id) < ($1.start, $1.id) }
        queue += flagged.map { PendingReview(call: $0, reason: .flagged) }

        let quota = settings.reviewQuota
        guard quota > 0 else { return queue }
        var byAgent: [String: [CallRecord]] = [:]
        for call in callsToday where !call.flagged && call.duration >= TeamDay.shortestReviewableCall
            && !journal.isReviewed(call.id) {
            byAgent[call.agent, default: []].append(call)
        }
        let keys = agents.map { NameCollation.key($0.agent.name) }
        let order = agents.indices.sorted { a, b in
            if agents[a].reviewsToday != agents[b].reviewsToday { return agents[a].reviewsToday < agents[b].reviewsToday }
            if keys[a] != keys[b] { return keys[a].lexicographicallyPrecedes(keys[b]) }
            return a < b
        }
        for i in order {
            let agent = agents[i]
            let pendingFlagged = flagged.filter { $0.agent == agent.id }.count
            let wanted = quota - agent.reviewsToday - pendingFlagged
            guard wanted > 0, let calls = byAgent[agent.id] else { continue }
            let picked = calls.sorted { a, b in
                let aSale = TeamDay.isSaleOutcome(a.outcome), bSale = TeamDay.isSaleOutcome(b.outcome)
                if aSale != bSale { return !aSale }
                if a.duration != b.duration { return a.duration > b.duration }
                return (a.start, a.id) < (b.start, b.id)
            }.prefix(wanted)
            queue += picked.map { PendingReview(call: $0, reason: .quota) }
        }
        return queue
    }

    public static func isSaleOutcome(_ outcome: String) -> Bool {
        let o = outcome.lowercased()
        return o == "sale" || o == "sold" || o == "won" || o == "success" || o == "order"
    }
}
