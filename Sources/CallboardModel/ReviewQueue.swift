/// A call waiting to be listened to and marked reviewed.
public struct PendingReview: Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
        /// Flagged in calls.csv.
        case flagged
        /// Picked to fill the agent's review quota.
        case quota
    }

    /// Why a quota call was picked: the policy mixes kinds of calls.
    public enum Pick: String, Equatable, Sendable {
        case noSale = "no sale"
        case shortest
        case longest
    }

    public var call: CallRecord
    public var reason: Reason
    public var pick: Pick?

    /// The key a dismissal of this pick carries in the journal.
    public static func dismissKey(_ call: String) -> String { "pick:" + call }

    public init(call: CallRecord, reason: Reason, pick: Pick? = nil) {
        self.call = call
        self.reason = reason
        self.pick = pick
    }
}

/// One agent's reviews against the policy.
public struct ReviewProgress: Equatable, Sendable {
    public var agent: String
    public var today: Int
    public var thisWeek: Int
    /// Reviews the policy asks for in its period (doubled, by default, for a new agent).
    public var quota: Int
    /// What the quota comes to over a working week (Monday to Friday).
    public var weekTarget: Int
    public var isNew: Bool
    /// Calls of this agent on the review list now.
    public var waiting: Int

    public init(agent: String, today: Int, thisWeek: Int, quota: Int, weekTarget: Int, isNew: Bool, waiting: Int) {
        self.agent = agent
        self.today = today
        self.thisWeek = thisWeek
        self.quota = quota
        self.weekTarget = weekTarget
        self.isNew = isNew
        self.waiting = waiting
    }
}

/// What to listen to next, and how each agent stands.
public struct ReviewPlan: Equatable, Sendable {
    /// Agents in the order their calls are listed: those with flagged calls first, then the
    /// fewest reviews this week first.
    public var progress: [ReviewProgress]
    /// Flagged calls (oldest first), then the picks, agent by agent in `progress` order.
    public var pending: [PendingReview]
}

extension TeamDay {
    /// Calls shorter than this are not picked for the quota: there is nothing to hear.
    public static let shortestReviewableCall = 30

    public func reviewQueue() -> [PendingReview] { reviewPlan().pending }

    public func isNewAgent(_ agent: Agent) -> Bool {
        guard let start = agent.startDate else { return false }
        let days = day.days(since: start)
        return days >= 0 && days < settings.newAgentDays
    }

    /// Standing reviews per agent made from Monday of this week on.
    public func reviewsThisWeek() -> [String: Int] {
        var counts: [String: Int] = [:]
        for mark in journal.effectiveReviews(in: calendar.startOfDay(weekStart)..<dayEnd) { counts[mark.agent, default: 0] += 1 }
        return counts
    }

    /// The review policy: flagged calls not yet reviewed first; then, for each active agent,
    /// as many of today's calls as the quota still asks for (the quota less the reviews of
    /// its period and less the agent's pending flagged calls), in a mix — the longest call
    /// that did not end in a sale, the shortest, the longest, and round again — never a call
    /// already reviewed or listed; agents with the fewest reviews this week first.
    public func reviewPlan() -> ReviewPlan { reviewPlan(pooled: true) }

    /// `pooled: false` walks the day's calls for every agent, as the pool stands in for.
    func reviewPlan(pooled: Bool) -> ReviewPlan {
        let flagged = (flaggedEarlier + reviewPool.flagged.map { callsToday[$0] })
            .filter { !journal.isReviewed($0.id) }
            .sorted { ($0.start, $0.id) < ($1.start, $1.id) }
        var pendingFlagged: [String: Int] = [:]
        for call in flagged { pendingFlagged[call.agent, default: 0] += 1 }
        let week = reviewsThisWeek()

        var progress: [String: ReviewProgress] = [:]
        var wanted: [String: Int] = [:]
        for a in agents where a.agent.active {
            let isNew = isNewAgent(a.agent)
            let quota = settings.reviewQuota * (isNew ? max(1, settings.newAgentFactor) : 1)
            let done = settings.reviewPeriod == .day ? a.reviewsToday : week[a.id, default: 0]
            let n = quota - done - pendingFlagged[a.id, default: 0]
            if n > 0 { wanted[a.id] = n }
            progress[a.id] = ReviewProgress(agent: a.id, today: a.reviewsToday, thisWeek: week[a.id, default: 0],
                                            quota: quota, weekTarget: settings.reviewPeriod == .day ? quota * 5 : quota,
                                            isNew: isNew, waiting: pendingFlagged[a.id, default: 0])
        }

        // Each agent's best calls are kept as calls arrive (`ReviewPool`); only an agent whose
        // kept calls no longer suffice — reviewed or dismissed since, or amended — is looked
        // up in the day's calls. A pick the lead dismissed today (`x`) is not offered again
        // today: another call takes its place.
        let skipped = journal.dismissed(in: dayStart..<dayEnd)
        // The journal alone, not `self`: a function capturing `self` copied the whole day.
        let ledger = journal
        let eligible = { (call: CallRecord) -> Bool in
            !ledger.isReviewed(call.id) && (skipped.isEmpty || !skipped.contains(PendingReview.dismissKey(call.id)))
        }
        var picks: [String: [PendingReview]] = [:]
        var unkept: [String: Int] = [:]
        for (agent, n) in wanted {
            if pooled, let i = index(of: agent), let best = reviewPool.candidates(agentAt: i)?.best(n, where: eligible) {
                picks[agent] = best.mix(n)
            } else {
                unkept[agent] = n
            }
        }
        if !unkept.isEmpty {
            var candidates: [String: Candidates] = [:]
            for call in callsToday where ReviewPool.isOffered(call) {
                guard let n = unkept[call.agent], eligible(call) else { continue }
                candidates[call.agent, default: Candidates()].offer(call, keep: n)
            }
            for (agent, n) in unkept { picks[agent] = candidates[agent]?.mix(n) ?? [] }
        }
        for (agent, list) in picks { progress[agent]?.waiting += list.count }

        let keys = nameKeys
        let order = agents.indices.filter { agents[$0].agent.active }.sorted { a, b in
            let fa = pendingFlagged[agents[a].id, default: 0] > 0, fb = pendingFlagged[agents[b].id, default: 0] > 0
            if fa != fb { return fa }
            let wa = week[agents[a].id, default: 0], wb = week[agents[b].id, default: 0]
            if wa != wb { return wa < wb }
            if keys[a] != keys[b] { return keys[a].lexicographicallyPrecedes(keys[b]) }
            return a < b
        }
        var pending = flagged.map { PendingReview(call: $0, reason: .flagged) }
        for i in order { pending += picks[agents[i].id] ?? [] }
        return ReviewPlan(progress: order.compactMap { progress[agents[$0].id] }, pending: pending)
    }

    /// `sale`, `sold`, `won`, `success`, `order`, or in Polish `sprzedaż`, `sprzedano`,
    /// `zamówienie`, `umowa`, in any case (ASCII compared without allocating).
    public static func isSaleOutcome(_ outcome: String) -> Bool {
        var o = outcome
        let ascii: Bool? = o.withUTF8 { b -> Bool? in
            func equals(_ word: StaticString) -> Bool {
                guard b.count == word.utf8CodeUnitCount else { return false }
                let w = word.utf8Start
                for i in 0..<b.count where b[i] | 0x20 != w[i] { return false }
                return true
            }
            if equals("sale") || equals("sold") || equals("won") || equals("success") || equals("order")
                || equals("sprzedaz") || equals("sprzedano") || equals("zamowienie") || equals("umowa") {
                return true
            }
            return b.contains { $0 >= 0x80 } ? nil : false
        }
        if let ascii { return ascii }
        return ["sprzedaz", "sprzedano", "zamowienie", "umowa"].contains(NameCollation.searchKey(outcome))
    }
}

/// An agent's best candidates of each kind, each list kept to the number of picks needed.
struct Candidates: Sendable {
    var noSale: [CallRecord] = []
    var longest: [CallRecord] = []
    var shortest: [CallRecord] = []
    /// Of each kind, whether a call offered was not kept: then the list holds the best
    /// calls of that kind, not all of them.
    var droppedNoSale = false, droppedLongest = false, droppedShortest = false

    mutating func offer(_ call: CallRecord, keep n: Int) {
        if !TeamDay.isSaleOutcome(call.outcome) {
            Candidates.keep(call, in: &noSale, n, before: Candidates.longer, dropped: &droppedNoSale)
        }
        Candidates.keep(call, in: &longest, n, before: Candidates.longer, dropped: &droppedLongest)
        Candidates.keep(call, in: &shortest, n, before: Candidates.shorter, dropped: &droppedShortest)
    }

    /// The best `n` of each kind among the kept calls that `eligible` allows; nil when
    /// fewer than `n` remain of a kind of which calls were dropped (a call not kept might
    /// be one of the best `n` now).
    func best(_ n: Int, where eligible: (CallRecord) -> Bool) -> Candidates? {
        func top(_ list: [CallRecord], _ dropped: Bool) -> [CallRecord]? {
            var kept: [CallRecord] = []
            for call in list where eligible(call) {
                kept.append(call)
                if kept.count == n { return kept }
            }
            return dropped ? nil : kept
        }
        guard let a = top(noSale, droppedNoSale), let b = top(longest, droppedLongest),
              let c = top(shortest, droppedShortest) else { return nil }
        return Candidates(noSale: a, longest: b, shortest: c)
    }

    /// Up to `n` different calls, taking turns: no sale, shortest, longest.
    func mix(_ n: Int) -> [PendingReview] {
        var picked: [PendingReview] = []
        var seen: Set<String> = []
        var cursors = [0, 0, 0]
        let lists: [(PendingReview.Pick, [CallRecord])] = [(.noSale, noSale), (.shortest, shortest), (.longest, longest)]
        var turn = 0
        var idle = 0
        while picked.count < n && idle < lists.count {
            let (kind, list) = lists[turn]
            var found = false
            while cursors[turn] < list.count {
                let call = list[cursors[turn]]
                cursors[turn] += 1
                if seen.insert(call.id).inserted {
                    picked.append(PendingReview(call: call, reason: .quota, pick: kind))
                    found = true
                    break
                }
            }
            idle = found ? 0 : idle + 1
            turn = (turn + 1) % lists.count
        }
        return picked
    }

    static func longer(_ a: CallRecord, _ b: CallRecord) -> Bool {
        a.duration != b.duration ? a.duration > b.duration : (a.start, a.id) < (b.start, b.id)
    }

    static func shorter(_ a: CallRecord, _ b: CallRecord) -> Bool {
        a.duration != b.duration ? a.duration < b.duration : (a.start, a.id) < (b.start, b.id)
    }

    static func keep(_ call: CallRecord, in list: inout [CallRecord], _ n: Int,
                     before: (CallRecord, CallRecord) -> Bool, dropped: inout Bool) {
        guard list.count < n || before(call, list[list.count - 1]) else {
            dropped = true
            return
        }
        let at = list.firstIndex { before(call, $0) } ?? list.count
        list.insert(call, at: at)
        if list.count > n {
            list.removeLast()
            dropped = true
        }
    }
}

extension TeamDay {
    /// Outcomes that are plainly not a sale, in English and Polish (folded: no accents, one
    /// space between words, `-` and `_` as spaces): `check` lists the outcomes that are neither
    /// these nor a sale, so that a CRM's own word for a sale is not missed.
    static let noSaleOutcomes: Set<String> = [
        "no sale", "nosale", "not sold", "lost", "callback", "call back", "voicemail", "voice mail", "no answer",
        "noanswer", "busy", "not interested", "declined", "refused", "wrong number", "failed", "abandoned",
        "unreachable", "cancelled", "canceled", "follow up", "followup", "info", "information", "complaint", "other",
        "brak sprzedazy", "brak zainteresowania", "niezainteresowany", "nie zainteresowany", "nie zainteresowana",
        "oddzwonic", "oddzwonienie", "odmowa", "poczta glosowa", "nie odebral", "nie odebrala", "nieodebrane",
        "zajete", "zajety", "pomylka", "rezygnacja", "reklamacja", "informacja", "inne", "brak", "nie",
    ]

    /// Whether callboard knows what `outcome` means: a sale or plainly not one.
    public static func isKnownOutcome(_ outcome: String) -> Bool {
        if isSaleOutcome(outcome) { return true }
        let words = NameCollation.searchKey(outcome).split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" })
        return noSaleOutcomes.contains(words.joined(separator: " "))
    }
}
