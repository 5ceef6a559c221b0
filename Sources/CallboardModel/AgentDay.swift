/// One agent's day so far, kept as running aggregates (never a list of raw rows).
public struct AgentDay: Equatable, Sendable {
    public var agent: Agent
    public var state: AgentState = .offline
    public var reason: String?
    /// When the current state began; nil when no state change was ever seen.
    public var since: Instant?
    /// Seconds spent today in each state, up to `since` (the current state is added at read time).
    public var closedSeconds: [AgentState: Int] = [:]
    /// Seconds spent today per pause reason (lower-cased; "" when none given), up to `since`.
    public var closedPauseByReason: [String: Int] = [:]
    public var calls = 0
    public var talkSeconds = 0
    public var sales = 0
    public var revenue = Money.zero
    public var reviewsToday = 0
    /// Queue calls offered to the agent that rang out unanswered today (RINGNOANSWER).
    public var ringNoAnswers = 0
    /// Queue calls the agent answered today, and how long their callers had waited (holdtime).
    public var queueAnswers = 0
    public var holdSeconds = 0
    /// Today's dialled calls by CDR disposition (ANSWERED, NO ANSWER, BUSY, FAILED, CONGESTION).
    public var dispositions: [String: Int] = [:]
    /// Today by the hour since local midnight (`HourTally`); hours with nothing may be missing
    /// at the end.
    public var hours: [HourTally] = []
    /// Earlier days within `TeamDay.lookBackDays`, as totals.
    public var earlier: [Day: DayTally] = [:]

    /// Answered ÷ all dispositions; nil without CDR calls.
    public var connectRate: Double? {
        let all = dispositions.values.reduce(0, +)
        return all > 0 ? Double(dispositions["ANSWERED"] ?? 0) / Double(all) : nil
    }

    public init(agent: Agent) { self.agent = agent }

    public var id: String { agent.id }

    /// Seconds in the current state at `now` (0 when unknown or when clocks disagree).
    public func secondsInState(at now: Instant) -> Int {
        guard let since else { return 0 }
        return max(0, now - since)
    }

    /// Seconds spent today in `state`, counting the current stretch up to `now`.
    public func seconds(in state: AgentState, dayStart: Instant, at now: Instant) -> Int {
        var total = closedSeconds[state] ?? 0
        if self.state == state, let since {
            total += max(0, now - max(since, dayStart))
        }
        return total
    }

    public func pauseSeconds(reason: String, dayStart: Instant, at now: Instant) -> Int {
        let key = reason.lowercased()
        var total = closedPauseByReason[key] ?? 0
        if state == .pause, (self.reason ?? "").lowercased() == key, let since {
            total += max(0, now - max(since, dayStart))
        }
        return total
    }

    /// Today's time per pause reason (lower-cased; "" for none), the current pause included,
    /// longest first (then by reason); reasons with no time left out.
    public func pausesToday(dayStart: Instant, at now: Instant) -> [(reason: String, seconds: Int)] {
        var reasons = Set(closedPauseByReason.keys)
        if state == .pause { reasons.insert((reason ?? "").lowercased()) }
        return reasons.map { (reason: $0, seconds: pauseSeconds(reason: $0, dayStart: dayStart, at: now)) }
            .filter { $0.seconds > 0 }
            .sorted { $0.seconds != $1.seconds ? $0.seconds > $1.seconds : $0.reason < $1.reason }
    }

    /// Moves to a new state at `time`, closing the current stretch's share of today.
    mutating func enter(_ newState: AgentState, reason newReason: String?, at time: Instant, dayStart: Instant) {
        if let since, time > dayStart {
            let seconds = max(0, time - max(since, dayStart))
            closedSeconds[state, default: 0] += seconds
            if state == .pause {
                closedPauseByReason[(reason ?? "").lowercased(), default: 0] += seconds
            }
        }
        state = newState
        reason = newState == .pause ? newReason : nil
        since = time
    }
}
