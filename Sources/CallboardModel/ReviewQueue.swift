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
        // How many picks each agent still needs today.
        var pendingFlagged: [String: Int] = [:]
        for call in flagged { pendingFlagged[call.agent, default: 0] += 1 }
        var wanted: [String: Int] = [:]
        for agent in agents {
            let n = quota - agent.reviewsToday - (pendingFlagged[agent.id] ?? 0)
            if n > 0 { wanted[agent.id] = n }
        }
        // One pass over the day's calls keeps each agent's best few candidates: a day of a
        // big centre has hundreds of thousands of calls, and this runs every frame.
        var best: [String: [CallRecord]] = [:]
        for call in callsToday where !call.flagged && call.duration >= TeamDay.shortestReviewableCall {
            guard let n = wanted[call.agent], !journal.isReviewed(call.id) else { continue }
            var list = best[call.agent] ?? []
            guard list.count < n || TeamDay.reviewOrder(call, list[list.count - 1]) else { continue }
            let at = list.firstIndex { TeamDay.reviewOrder(call, $0) } ?? list.count
            list.insert(call, at: at)
            if list.count > n { list.removeLast() }
            best[call.agent] = list
        }
        let keys = agents.map { NameCollation.key($0.agent.name) }
        let order = agents.indices.sorted { a, b in
            if agents[a].reviewsToday != agents[b].reviewsToday { return agents[a].reviewsToday < agents[b].reviewsToday }
            if keys[a] != keys[b] { return keys[a].lexicographicallyPrecedes(keys[b]) }
            return a < b
        }
        for i in order {
            queue += (best[agents[i].id] ?? []).map { PendingReview(call: $0, reason: .quota) }
        }
        return queue
    }

    /// Which of two calls to listen to first: one that did not end in a sale, then the
    /// longer, then the earlier.
    static func reviewOrder(_ a: CallRecord, _ b: CallRecord) -> Bool {
        let aSale = isSaleOutcome(a.outcome), bSale = isSaleOutcome(b.outcome)
        if aSale != bSale { return !aSale }
        if a.duration != b.duration { return a.duration > b.duration }
        return (a.start, a.id) < (b.start, b.id)
    }

    /// `sale`, `sold`, `won`, `success` or `order`, in any case (compared without allocating).
    public static func isSaleOutcome(_ outcome: String) -> Bool {
        var o = outcome
        return o.withUTF8 { b in
            func equals(_ word: StaticString) -> Bool {
                guard b.count == word.utf8CodeUnitCount else { return false }
                let w = word.utf8Start
                for i in 0..<b.count where b[i] | 0x20 != w[i] { return false }
                return true
            }
            return equals("sale") || equals("sold") || equals("won") || equals("success") || equals("order")
        }
    }
}
