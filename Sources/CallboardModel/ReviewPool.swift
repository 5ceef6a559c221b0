/// Each agent's best review candidates among today's calls, kept up to date as calls are
/// applied, so that the review plan does not walk the whole day's calls on every change (a
/// big centre's day has hundreds of thousands of calls, and the plan is made again after
/// every appended batch).
///
/// An agent's lists hold the top `keep` calls of each kind among the calls offered (not
/// flagged, long enough to review). Whether a call is reviewed or a pick dismissed is
/// decided when the plan is made: the kept calls that are still eligible are then the best
/// eligible ones, and when fewer remain than the plan needs and some calls were dropped,
/// the plan walks that agent's calls instead. A call amended after it was offered (a later
/// CDR record of the same call) marks its agent's lists stale until `rebuild`.
struct ReviewPool: Sendable {
    /// Kept beyond the largest quota, so that reviews and dismissals of kept calls rarely
    /// send the plan back to the day's calls.
    static let slack = 8

    private(set) var lists: [Candidates] = []
    /// Agents (by index) whose lists no longer match their calls.
    private(set) var stale: Set<Int> = []
    /// Today's flagged calls, by index in `callsToday`.
    private(set) var flagged: [Int] = []

    static func isOffered(_ call: CallRecord) -> Bool {
        !call.flagged && call.duration >= TeamDay.shortestReviewableCall
    }

    static func keep(_ settings: Settings) -> Int {
        max(0, settings.reviewQuota) * max(1, settings.newAgentFactor) + slack
    }

    /// The agent's kept calls; nil while stale.
    func candidates(agentAt i: Int) -> Candidates? {
        if stale.contains(i) { return nil }
        return i < lists.count ? lists[i] : Candidates()
    }

    /// A call just appended to today's calls at `index`.
    mutating func offer(_ call: CallRecord, index: Int, agentAt i: Int, keep: Int) {
        if call.flagged { flagged.append(index) }
        guard ReviewPool.isOffered(call), !stale.contains(i) else { return }
        store(call, agentAt: i, keep: keep)
    }

    /// A call already offered changed its length or outcome.
    mutating func amended(agentAt i: Int) {
        stale.insert(i)
    }

    /// Offers the stale agents' calls again.
    mutating func rebuild(from calls: [CallRecord], agentIndex: (String) -> Int?, keep: Int) {
        guard !stale.isEmpty else { return }
        for i in stale where i < lists.count { lists[i] = Candidates() }
        for call in calls where ReviewPool.isOffered(call) {
            guard let i = agentIndex(call.agent), stale.contains(i) else { continue }
            store(call, agentAt: i, keep: keep)
        }
        stale = []
    }

    private mutating func store(_ call: CallRecord, agentAt i: Int, keep: Int) {
        while lists.count <= i { lists.append(Candidates()) }
        lists[i].offer(call, keep: keep)
    }
}
