/// The team's day as of the rows applied so far: the in-memory model every view reads.
///
/// Readers turn lines into values and call `apply`; `apply` keeps running aggregates and
/// answers a reason when a row cannot count (the reader records it with file and line).
/// Rows of other days only carry state forward; nothing here does I/O.
public struct TeamDay: Sendable {
    public let day: Day
    public let dayStart: Instant
    public let dayEnd: Instant
    /// Rows from here to `dayStart` are kept as per-day totals (`AgentDay.earlier`).
    public let historyStart: Instant
    public let calendar: LocalCalendar
    public var settings: Settings {
        didSet { targets.workingDays = settings.workingDays }
    }
    /// Rows after this moment are ignored (a report "as of"); nil for the live dashboard.
    public let cutoff: Instant?

    public private(set) var agents: [AgentDay] = []
    /// Each agent's name as it sorts (`NameCollation.key`), by the agent's place in `agents`:
    /// made once, for the lists sorted by name on every refresh.
    public private(set) var nameKeys: [[UInt32]] = []
    private var directory = AgentDirectory()
    /// The active agents' ids in order: the roster order first one-on-ones are spread in.
    private(set) var activeRoster: [String] = []
    /// Finished calls that started today, in file order.
    public private(set) var callsToday: [CallRecord] = []
    /// Calls of earlier days flagged for review (kept until reviewed or the model is rebuilt).
    public private(set) var flaggedEarlier: [CallRecord] = []
    private var callIDs = CallIndex()
    /// The day `dayBounds` worked out last, its bounds, and its place in `earlierHourSlots`.
    private var lastDay: (day: Day, start: Instant, end: Instant, slot: Int)?
    /// The team's hours of each earlier day in the look-back, oldest first (`earlierHours`): an
    /// array rather than a dictionary, since a million-line log adds to it on every call.
    private var earlierHourSlots: [[HourTally]] = Array(repeating: [], count: TeamDay.lookBackDays)
    /// Each agent's best review candidates, kept as calls arrive.
    private(set) var reviewPool = ReviewPool()
    /// Revenue of today's sales per call id (sales.csv `call_id`).
    public private(set) var saleByCall: [String: Money] = [:]
    public private(set) var coaching: [CoachingItem] = []
    /// targets.csv: targets beyond agents.csv and callboard.toml, holidays, absences, shifts.
    public private(set) var targets = TargetPlan()
    public private(set) var journal = ReviewLedger()
    /// Queue figures from the phone system's queue log (empty without one).
    public var queues = QueueBoard()
    public var problems = ProblemLog()
    /// Data files gone or unreadable now, for the header.
    public var fileAlerts: [FileAlert] = []


    /// How far back earlier days are kept as totals: enough for a month's cadence and the
    /// attention rules' look-back.
    public static let lookBackDays = 42

    /// Monday of this day's week.
    public var weekStart: Day { day.adding(days: -day.weekday) }

    public init(day: Day, calendar: LocalCalendar, settings: Settings = Settings(), roster: [Agent] = [],
                cutoff: Instant? = nil) {
        self.day = day
        self.calendar = calendar
        self.settings = settings
        self.cutoff = cutoff
        dayStart = calendar.startOfDay(day)
        dayEnd = calendar.startOfDay(day.adding(days: 1))
        historyStart = calendar.startOfDay(day.adding(days: -TeamDay.lookBackDays))
        queues = QueueBoard(threshold: settings.serviceLevelSeconds, dayStart: dayStart, calendar: calendar)
        targets.workingDays = settings.workingDays
        for agent in roster { addAgent(agent) }
    }

    /// The team's calls, sales and revenue by the hour of each earlier day in the look-back
    /// (calls by the hour they started, sales by the hour they were made, as `AgentDay.hours`).
    public var earlierHours: [Day: [HourTally]] {
        var out: [Day: [HourTally]] = [:]
        let first = day.adding(days: -TeamDay.lookBackDays)
        for (slot, hours) in earlierHourSlots.enumerated() where !hours.isEmpty {
            out[first.adding(days: slot)] = hours
        }
        return out
    }

    /// Adds a roster entry; answers a reason when the id is already taken.
    @discardableResult
    public mutating func addAgent(_ agent: Agent) -> Rejection? {
        if directory.index(ofID: agent.id) != nil { return .duplicateAgent(agent.id, first: nil) }
        directory.add(agent, at: agents.count)
        agents.append(AgentDay(agent: agent))
        nameKeys.append(NameCollation.key(agent.name))
        if agent.active {
            activeRoster.insert(agent.id, at: TeamDay.lowerBound(agent.id, in: activeRoster))
        }
        return nil
    }

    public func index(of agentID: String) -> Int? { directory.index(ofID: agentID) }

    /// Where `id` is, or would go, in the sorted `ids`.
    static func lowerBound(_ id: String, in ids: [String]) -> Int {
        var lo = 0, hi = ids.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ids[mid] < id { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
    public func agent(_ id: String) -> AgentDay? { directory.index(ofID: id).map { agents[$0] } }

    /// The roster agent a data file's `agent` value means: by id, alias or name (`AgentDirectory`).
    public func match(agent value: String) -> AgentDirectory.Match { directory.match(value) }

    /// The agent's index, or why the value names no one agent.
    public mutating func resolve(agent value: String) -> Result<Int, Rejection> {
        switch directory.resolve(value) {
        case .id(let i), .alias(let i), .name(let i): return .success(i)
        case .unknown: return .failure(.unknownAgent(value))
        case .ambiguous(let found):
            return .failure(.ambiguousAgent(value, candidates: found.map { "\(agents[$0].agent.name) (\(agents[$0].id))" }))
        }
    }

    /// Agents of the roster sharing an alias: `alias 'x' is given to …` for agents.csv.
    public func sharedAliases() -> [(alias: String, agents: [Int])] {
        directory.sharedAliases(agents.map(\.agent))
    }

    /// Whether `t` is after the moment this model is "as of": such a row has no effect at all.
    public func isAfterCutoff(_ t: Instant) -> Bool { cutoff.map { t > $0 } ?? false }

    /// Whether the agent's state has gone without an event for longer than its stale limit
    /// (`Settings.staleMinutes`): a call whose end was never logged is not a call for days.
    public func isStale(_ agent: AgentDay, at now: Instant) -> Bool {
        isStale(state: agent.state, since: agent.since, at: now)
    }

    func isStale(state: AgentState, since: Instant?, at now: Instant) -> Bool {
        guard let limit = settings.staleSeconds(state), let since else { return false }
        return now - since > limit
    }

    // MARK: status.csv

    /// With `clamping`, a change earlier than the agent's current state takes effect at
    /// that state's start instead of being rejected as out of order (phone system logs).
    public mutating func apply(_ change: StatusChange, clamping: Bool = false) -> Rejection? {
        resolving(change.agent) { model, i in
            var change = change
            change.agent = model.agents[i].id
            return model.apply(change, agentAt: i, clamping: clamping)
        }
    }

    /// `body` with the index of the agent `value` names, or why it names no one agent.
    private mutating func resolving(_ value: String, _ body: (inout TeamDay, Int) -> Rejection?) -> Rejection? {
        switch resolve(agent: value) {
        case .success(let i): return body(&self, i)
        case .failure(let why): return why
        }
    }

    /// The same, for a reader that already knows the agent's place in `agents`.
    public mutating func apply(_ change: StatusChange, agentAt i: Int, clamping: Bool = false) -> Rejection? {
        var change = change
        if clamping, let since = agents[i].since, change.time < since { change.time = since }
        if change.time >= dayEnd || isAfterCutoff(change.time) { return nil }
        if let since = agents[i].since, change.time < since {
            return .outOfOrder(agent: change.agent, since: calendar.wallClock(since).description)
        }
        if let since = agents[i].since, since < dayStart, change.time > historyStart {
            tallyState(agentAt: i, from: max(since, historyStart), to: min(change.time, dayStart))
        }
        agents[i].enter(change.state, reason: change.reason, at: change.time, dayStart: dayStart)
        return nil
    }

    /// Splits a closed stretch of the agent's current state over the earlier days it spans.
    private mutating func tallyState(agentAt i: Int, from start: Instant, to end: Instant) {
        let state = agents[i].state
        guard state != .offline, start < end else { return }
        var from = start
        while from < end {
            let (d, _, dayEnd, _) = dayBounds(from)
            let next = min(end, dayEnd)
            agents[i].earlier[d, default: DayTally()].secondsByState[state] += next - from
            from = next
        }
    }

    /// The local day of `time`, its bounds and its place among the earlier days (`slot`, from 0
    /// for the first day of the look-back): the last day asked for when `time` is in it (a log's
    /// lines come in order), else worked out from the calendar.
    private mutating func dayBounds(_ time: Instant) -> (day: Day, start: Instant, end: Instant, slot: Int) {
        if let last = lastDay, time >= last.start, time < last.end { return last }
        let d = calendar.day(of: time)
        let bounds = (d, calendar.startOfDay(d), calendar.startOfDay(d.adding(days: 1)),
                      d.days(since: day) + TeamDay.lookBackDays)
        lastDay = bounds
        return bounds
    }

    /// Changes the team's tally of the hour of `time` on its earlier day; `time` is earlier (`isEarlier`).
    private mutating func tallyEarlierHour(_ time: Instant, _ change: (inout HourTally) -> Void) {
        let bounds = dayBounds(time)
        TeamDay.tally(&earlierHourSlots[bounds.slot], hour: (time - bounds.start) / 3600, change)
    }

    /// Whether `time` falls in the look-back window before today.
    private func isEarlier(_ time: Instant) -> Bool { time >= historyStart && time < dayStart }

    /// A queue call rang at the agent and was not answered.
    public mutating func countRingNoAnswer(agentAt i: Int, at time: Instant) {
        guard counts(time) else { return }
        agents[i].ringNoAnswers += 1
    }

    /// The agent answered a queue call whose caller had waited `wait` seconds.
    public mutating func countAnswer(agentAt i: Int, wait: Int, at time: Instant) {
        guard counts(time) else { return }
        agents[i].queueAnswers += 1
        agents[i].holdSeconds += wait
    }

    /// A CDR call's disposition, for the agent's connect rate; `replacing` the one it was
    /// counted with before, when a later record of the same call changed it.
    public mutating func countDisposition(_ disposition: String, agentAt i: Int, at time: Instant,
                                          replacing old: String? = nil) {
        guard counts(time) else { return }
        if let old {
            agents[i].dispositions[old, default: 0] -= 1
            if agents[i].dispositions[old] == 0 { agents[i].dispositions[old] = nil }
        }
        agents[i].dispositions[disposition, default: 0] += 1
    }

    /// A later record of a call already applied (a CDR call is several records): more talk
    /// and perhaps a new outcome. Earlier days' calls change their day's totals.
    public mutating func amendCall(_ id: String, agentAt i: Int, start: Instant, addingTalk talk: Int, outcome: String) {
        if start >= dayStart && start < dayEnd {
            guard case .today(let k) = callIDs[id] else { return }
            callsToday[k].duration += talk
            callsToday[k].outcome = outcome
            reviewPool.amended(agentAt: i)
            agents[i].talkSeconds += talk
        } else if isEarlier(start) {
            agents[i].earlier[calendar.day(of: start), default: DayTally()].talkSeconds += talk
            if case .earlier(let k) = callIDs[id] {
                flaggedEarlier[k].duration += talk
                flaggedEarlier[k].outcome = outcome
            }
        }
    }

    /// Whether `time` falls in this day and not after the cutoff: what today's figures count.
    public func counts(_ time: Instant) -> Bool {
        time >= dayStart && time < dayEnd && !isAfterCutoff(time)
    }

    // MARK: calls.csv

    /// `place`: where the row is, for the reason given to a later row with the same id.
    public mutating func apply(_ call: CallRecord, at place: Rejection.Place? = nil) -> Rejection? {
        resolving(call.agent) { model, i in
            var call = call
            call.agent = model.agents[i].id
            return model.apply(call, agentAt: i, at: place)
        }
    }

    /// The same, for a reader that already knows the agent's place in `agents`.
    public mutating func apply(_ call: CallRecord, agentAt i: Int, at place: Rejection.Place? = nil) -> Rejection? {
        var duplicate: Rejection { .duplicateCall(call.id, first: callIDs.place(of: call.id)) }
        if call.start >= dayEnd || isAfterCutoff(call.end) {
            return callIDs[call.id] != nil ? duplicate : nil
        }
        if call.start < dayStart {
            if callIDs[call.id] != nil { return duplicate }
            if isEarlier(call.start) {
                TeamDay.count(call.duration, in: &agents[i].earlier[dayBounds(call.start).day, default: DayTally()])
                tallyEarlierHour(call.start) { $0.calls += 1 }
            }
            if call.flagged {
                _ = callIDs.insert(call.id, .earlier(flaggedEarlier.count), at: place)
                flaggedEarlier.append(call)
            }
            return nil
        }
        guard callIDs.insert(call.id, .today(callsToday.count), at: place) else { return duplicate }
        callsToday.append(call)
        reviewPool.offer(call, index: callsToday.count - 1, agentAt: i, keep: ReviewPool.keep(settings))
        agents[i].calls += 1
        TeamDay.tally(&agents[i].hours, hour: (call.start - dayStart) / 3600) { $0.calls += 1 }
        agents[i].talkSeconds += call.duration
        return nil
    }

    /// Keeps again the review candidates of agents whose calls were amended since they were
    /// offered: the review plan is right without it, but walks those agents' calls each time.
    public mutating func settleReviewPool() {
        let directory = directory
        reviewPool.rebuild(from: callsToday, agentIndex: { directory.index(ofID: $0) }, keep: ReviewPool.keep(settings))
    }

    /// Changes the tally of hour `hour` of today, adding the hours before it as needed.
    private static func tally(_ hours: inout [HourTally], hour: Int, _ change: (inout HourTally) -> Void) {
        guard hour >= 0 else { return }
        while hours.count <= hour { hours.append(HourTally()) }
        change(&hours[hour])
    }

    /// One look-up of the day's totals for both figures.
    private static func count(_ duration: Int, in tally: inout DayTally) {
        tally.calls += 1
        tally.talkSeconds += duration
    }

    /// A finished call that started before today, from a reader whose calls no other file
    /// names: it only adds to its day's totals, as `apply` would, without a call record.
    /// Answers false, changing nothing, when the call must go through `apply` instead — an
    /// earlier call is held by id (flagged in calls.csv, so ids must be compared), or the call
    /// ends after the cutoff. A million-line log is mostly earlier days' calls.
    public mutating func countEarlierCall(agentAt i: Int, start: Instant, duration: Int) -> Bool {
        guard start < dayStart, flaggedEarlier.isEmpty, !isAfterCutoff(start + duration) else { return false }
        if isEarlier(start) {
            let bounds = dayBounds(start)
            TeamDay.count(duration, in: &agents[i].earlier[bounds.day, default: DayTally()])
            TeamDay.tally(&earlierHourSlots[bounds.slot], hour: (start - bounds.start) / 3600) { $0.calls += 1 }
        }
        return true
    }

    public func call(_ id: String) -> CallRecord? {
        switch callIDs[id] {
        case .today(let i): return callsToday[i]
        case .earlier(let i): return flaggedEarlier[i]
        case nil: return nil
        }
    }

    // MARK: sales.csv

    /// A negative amount (a refund) lowers revenue but is not counted as a sale.
    public mutating func apply(_ sale: Sale) -> Rejection? {
        resolving(sale.agent) { model, i in model.count(sale, agentAt: i) }
    }

    private mutating func count(_ sale: Sale, agentAt i: Int) -> Rejection? {
        if isEarlier(sale.time) {
            let d = dayBounds(sale.time).day
            if sale.amount >= .zero { agents[i].earlier[d, default: DayTally()].sales += 1 }
            agents[i].earlier[d, default: DayTally()].revenue += sale.amount
            tallyEarlierHour(sale.time) {
                if sale.amount >= .zero { $0.sales += 1 }
                $0.revenue = $0.revenue + sale.amount
            }
            return nil
        }
        if sale.time < dayStart || sale.time >= dayEnd || isAfterCutoff(sale.time) { return nil }
        if sale.amount >= .zero { agents[i].sales += 1 }
        agents[i].revenue += sale.amount
        TeamDay.tally(&agents[i].hours, hour: (sale.time - dayStart) / 3600) {
            if sale.amount >= .zero { $0.sales += 1 }
            $0.revenue = $0.revenue + sale.amount
        }
        if let call = sale.callID { saleByCall[call, default: .zero] += sale.amount }
        return nil
    }

    // MARK: coaching.csv

    /// coaching.csv is edited in place (a `done` date filled in), so it is replaced whole.
    public mutating func replaceCoaching(_ items: [CoachingItem]) {
        coaching = items
    }

    /// Why the item cannot be listed, if it cannot; else the item naming its agent by id.
    public mutating func checkCoaching(_ item: CoachingItem) -> Result<CoachingItem, Rejection> {
        guard let a = item.agent else { return .success(item) }
        switch resolve(agent: a) {
        case .success(let i):
            var item = item
            item.agent = agents[i].id
            return .success(item)
        case .failure(let why): return .failure(why)
        }
    }

    // MARK: targets.csv

    /// targets.csv is edited in place, so it is replaced whole; its agents are named by id.
    public mutating func replaceTargets(_ plan: TargetPlan) {
        targets = plan
        targets.workingDays = settings.workingDays
    }

    // MARK: reviews.jsonl

    /// An agent's reviews today count calls whose standing review was made today: a call
    /// reviewed twice counts once, and an undo gives the count back.
    public mutating func apply(_ record: JournalRecord) {
        let call: String
        switch record {
        case .review(let mark):
            if isAfterCutoff(mark.time) { return }
            call = mark.call
        case .undo(let undo):
            if isAfterCutoff(undo.time) { return }
            guard let target = journal.review(id: undo.target) else {
                journal.apply(record)
                return
            }
            call = target.call
        case .session(let mark):
            if !isAfterCutoff(mark.time) { journal.apply(record) }
            return
        case .dismiss(let mark):
            if !isAfterCutoff(mark.time) { journal.apply(record) }
            return
        case .other:
            return
        }
        let before = journal.review(ofCall: call)
        journal.apply(record)
        let after = journal.review(ofCall: call)
        if before != after {
            countReview(before, -1)
            countReview(after, 1)
        }
    }

    private mutating func countReview(_ mark: ReviewMark?, _ delta: Int) {
        guard let mark, (dayStart..<dayEnd).contains(mark.time), let i = directory.index(ofID: mark.agent) else { return }
        agents[i].reviewsToday += delta
    }
}
