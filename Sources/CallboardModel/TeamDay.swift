/// The team's day as of the rows applied so far: the in-memory model every view reads.
///
/// Readers turn lines into values and call `apply`; `apply` keeps running aggregates and
/// answers a reason when a row cannot count (the reader records it with file and line).
/// Rows of other days only carry state forward; nothing here does I/O.
public struct TeamDay: Sendable {
    public let day: Day
    public let dayStart: Instant
    public let dayEnd: Instant
    public let calendar: LocalCalendar
    public var settings: Settings
    /// Rows after this moment are ignored (a report "as of"); nil for the live dashboard.
    public let cutoff: Instant?

    public private(set) var agents: [AgentDay] = []
    private var indexByID: [String: Int] = [:]
    /// Finished calls that started today, in file order.
    public private(set) var callsToday: [CallRecord] = []
    /// Calls of earlier days flagged for review (kept until reviewed or the model is rebuilt).
    public private(set) var flaggedEarlier: [CallRecord] = []
    private var callIDs = CallIndex()
    /// Revenue of today's sales per call id (sales.csv `call_id`).
    public private(set) var saleByCall: [String: Money] = [:]
    public private(set) var coaching: [CoachingItem] = []
    public private(set) var journal = ReviewLedger()
    /// Queue figures from the phone system's queue log (empty without one).
    public var queues = QueueBoard()
    public var problems = ProblemLog()


    public init(day: Day, calendar: LocalCalendar, settings: Settings = Settings(), roster: [Agent] = [],
                cutoff: Instant? = nil) {
        self.day = day
        self.calendar = calendar
        self.settings = settings
        self.cutoff = cutoff
        dayStart = calendar.startOfDay(day)
        dayEnd = calendar.startOfDay(day.adding(days: 1))
        queues = QueueBoard(threshold: settings.serviceLevelSeconds)
        for agent in roster { addAgent(agent) }
    }

    /// Adds a roster entry; answers a reason when the id is already taken.
    @discardableResult
    public mutating func addAgent(_ agent: Agent) -> String? {
        if indexByID[agent.id] != nil { return "duplicate agent id '\(agent.id)'" }
        indexByID[agent.id] = agents.count
        agents.append(AgentDay(agent: agent))
        return nil
    }

    public func index(of agentID: String) -> Int? { indexByID[agentID] }
    public func agent(_ id: String) -> AgentDay? { indexByID[id].map { agents[$0] } }

    private func isAfterCutoff(_ t: Instant) -> Bool { cutoff.map { t > $0 } ?? false }

    // MARK: status.csv

    /// With `clamping`, a change earlier than the agent's current state takes effect at
    /// that state's start instead of being rejected as out of order (phone system logs).
    public mutating func apply(_ change: StatusChange, clamping: Bool = false) -> String? {
        guard let i = indexByID[change.agent] else { return "unknown agent '\(change.agent)'" }
        return apply(change, agentAt: i, clamping: clamping)
    }

    /// The same, for a reader that already knows the agent's place in `agents`.
    public mutating func apply(_ change: StatusChange, agentAt i: Int, clamping: Bool = false) -> String? {
        var change = change
        if clamping, let since = agents[i].since, change.time < since { change.time = since }
        if change.time >= dayEnd || isAfterCutoff(change.time) { return nil }
        if let since = agents[i].since, change.time < since {
            return "out of order: \(change.agent) changed state at \(calendar.wallClock(since).description), later than this row"
        }
        agents[i].enter(change.state, reason: change.reason, at: change.time, dayStart: dayStart)
        return nil
    }

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

    /// A CDR call's disposition, for the agent's connect rate.
    public mutating func countDisposition(_ disposition: String, agent: String, at time: Instant) {
        guard let i = indexByID[agent], counts(time) else { return }
        agents[i].dispositions[disposition, default: 0] += 1
    }

    /// Whether `time` falls in this day and not after the cutoff: what today's figures count.
    public func counts(_ time: Instant) -> Bool {
        time >= dayStart && time < dayEnd && !isAfterCutoff(time)
    }

    // MARK: calls.csv

    public mutating func apply(_ call: CallRecord) -> String? {
        guard let i = indexByID[call.agent] else { return "unknown agent '\(call.agent)'" }
        return apply(call, agentAt: i)
    }

    /// The same, for a reader that already knows the agent's place in `agents`.
    public mutating func apply(_ call: CallRecord, agentAt i: Int) -> String? {
        if call.start >= dayEnd || isAfterCutoff(call.end) {
            return callIDs[call.id] != nil ? "duplicate call id '\(call.id)'" : nil
        }
        if call.start < dayStart {
            if callIDs[call.id] != nil { return "duplicate call id '\(call.id)'" }
            if call.flagged {
                _ = callIDs.insert(call.id, .earlier(flaggedEarlier.count))
                flaggedEarlier.append(call)
            }
            return nil
        }
        guard callIDs.insert(call.id, .today(callsToday.count)) else { return "duplicate call id '\(call.id)'" }
        callsToday.append(call)
        agents[i].calls += 1
        agents[i].talkSeconds += call.duration
        return nil
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
    public mutating func apply(_ sale: Sale) -> String? {
        guard let i = indexByID[sale.agent] else { return "unknown agent '\(sale.agent)'" }
        if sale.time < dayStart || sale.time >= dayEnd || isAfterCutoff(sale.time) { return nil }
        if sale.amount >= .zero { agents[i].sales += 1 }
        agents[i].revenue += sale.amount
        if let call = sale.callID { saleByCall[call, default: .zero] += sale.amount }
        return nil
    }

    // MARK: coaching.csv

    /// coaching.csv is edited in place (a `done` date filled in), so it is replaced whole.
    public mutating func replaceCoaching(_ items: [CoachingItem]) {
        coaching = items
    }

    public func checkCoaching(_ item: CoachingItem) -> String? {
        if let a = item.agent, indexByID[a] == nil { return "unknown agent '\(a)'" }
        return nil
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
        guard let mark, (dayStart..<dayEnd).contains(mark.time), let i = indexByID[mark.agent] else { return }
        agents[i].reviewsToday += delta
    }
}

/// The review journal's effect: which reviews stand, after undos.
public struct ReviewLedger: Equatable, Sendable {
    /// Every review record, in journal order.
    public private(set) var reviews: [ReviewMark] = []
    public private(set) var undone: Set<String> = []
    private var latestByCall: [String: Int] = [:]

    public init() {}

    private var indexByID: [String: Int] = [:]

    /// Applies a record; answers whether it changed which reviews stand.
    @discardableResult
    public mutating func apply(_ record: JournalRecord) -> Bool {
        switch record {
        case .review(let mark):
            guard indexByID[mark.id] == nil else { return false }
            indexByID[mark.id] = reviews.count
            reviews.append(mark)
            if undone.contains(mark.id) { return false }
            latestByCall[mark.call] = reviews.count - 1
            return true
        case .undo(let undo):
            guard !undone.contains(undo.target) else { return false }
            undone.insert(undo.target)
            guard let i = indexByID[undo.target] else { return false }
            let call = reviews[i].call
            if latestByCall[call] == i {
                latestByCall[call] = reviews[..<i].lastIndex { $0.call == call && !undone.contains($0.id) }
            }
            return true
        case .other:
            return false
        }
    }

    /// A review record, undone or not.
    public func review(id: String) -> ReviewMark? {
        indexByID[id].map { reviews[$0] }
    }

    /// A review record that has not been undone.
    public func standingReview(id: String) -> ReviewMark? {
        guard let i = indexByID[id], !undone.contains(id) else { return nil }
        return reviews[i]
    }

    /// The standing review of a call, if any.
    public func review(ofCall call: String) -> ReviewMark? {
        latestByCall[call].map { reviews[$0] }
    }

    public func isReviewed(_ call: String) -> Bool { latestByCall[call] != nil }

    /// Standing reviews made within `range`, in journal order.
    public func effectiveReviews(in range: Range<Instant>) -> [ReviewMark] {
        reviews.filter { range.contains($0.time) && !undone.contains($0.id) }
    }

    /// The most recent standing review by `reviewer`: what `u` takes back.
    public func lastStanding(by reviewer: String) -> ReviewMark? {
        reviews.last { $0.reviewer == reviewer && !undone.contains($0.id) }
    }
}
