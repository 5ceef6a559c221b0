/// A coaching item on the agenda, with how urgent it is today.
public struct AgendaEntry: Equatable, Sendable {
    public enum Urgency: Equatable, Sendable {
        case overdue(days: Int)
        case dueToday
        case dueSoon(days: Int)
        case upcoming(days: Int)
    }

    public var item: CoachingItem
    public var urgency: Urgency

    public init(item: CoachingItem, urgency: Urgency) {
        self.item = item
        self.urgency = urgency
    }

    public var isOverdue: Bool {
        if case .overdue = urgency { return true }
        return false
    }

    /// A one-on-one the cadence asks for, not a row of coaching.csv.
    public var isCadence: Bool { item.id.hasPrefix(CoachingItem.cadencePrefix) }
}

extension CoachingItem {
    /// Ids of the one-on-ones the cadence plans: `one-on-one:AGENT`.
    public static let cadencePrefix = "one-on-one:"
}

extension TeamDay {
    /// The day an item was done, as of this day: coaching.csv `done`, else a standing
    /// `session` record of the journal; nil while it is pending (done later counts as pending).
    public func doneDay(of item: CoachingItem) -> Day? {
        if let d = item.done { return d <= day ? d : nil }
        // The latest session held by this day (a report of an earlier day ignores later ones).
        return journal.standingSessions(ofItem: item.id).map { calendar.day(of: $0.time) }
            .filter { $0 <= day }.max()
    }

    /// The last one-on-one with the agent held by this day: coaching.csv's done one-on-ones
    /// and the journal's `session` records of kind one-on-one.
    public func lastOneOnOne(_ agent: String) -> Day? {
        var last: Day?
        for item in coaching where item.kind == .oneOnOne && item.agent == agent {
            if let d = doneDay(of: item), last.map({ d > $0 }) ?? true { last = d }
        }
        for mark in journal.standingSessions(ofAgent: agent) where mark.kind == .oneOnOne {
            let d = calendar.day(of: mark.time)
            if d <= day, last.map({ d > $0 }) ?? true { last = d }
        }
        return last
    }

    /// The one-on-one the cadence asks for: `one_on_one_days` after the last, or after the
    /// agent's start date; today when neither is known. nil without a cadence, for an inactive
    /// agent, or while coaching.csv plans one that is not done.
    public func cadenceOneOnOne(_ a: AgentDay) -> CoachingItem? {
        let every = settings.oneOnOneDays
        guard every > 0, a.agent.active else { return nil }
        if coaching.contains(where: { $0.kind == .oneOnOne && $0.agent == a.id && doneDay(of: $0) == nil }) { return nil }
        let id = CoachingItem.cadencePrefix + a.id
        let basis = cadenceBasis(a)
        let due: Day
        switch basis {
        case .afterLast(let every, let last): due = last.adding(days: every)
        case .afterStart(let every, let start): due = start.adding(days: every)
        case .noneOnRecord: due = firstOneOnOneDue(a)
        }
        return CoachingItem(id: id, agent: a.id, kind: .oneOnOne, due: due, title: basis.title)
    }

    /// Since when the agent has been with the team as far as callboard can tell: the start date,
    /// or the earliest day of the look-back with any of the agent's data, whichever is earlier;
    /// else today.
    public func firstSeen(_ a: AgentDay) -> Day {
        [a.agent.startDate, a.earlier.keys.min()].compactMap { $0 }.min() ?? day
    }

    /// A new team is onboarding, not an emergency: a first one-on-one for every agent with none
    /// on record would all be due today. Instead they are spread over the cadence from the day
    /// each agent's data begins, in roster order (ten agents, every 30 days: one every three
    /// days, about two a week). The slot depends on the roster only, so a plan stays put as
    /// one-on-ones are held.
    public func firstOneOnOneDue(_ a: AgentDay) -> Day {
        let every = max(1, settings.oneOnOneDays)
        let at = TeamDay.lowerBound(a.id, in: activeRoster)
        let rank = at < activeRoster.count && activeRoster[at] == a.id ? at : 0
        return firstSeen(a).adding(days: rank * every / max(1, activeRoster.count))
    }

    func cadenceBasis(_ a: AgentDay) -> CadenceBasis {
        let every = settings.oneOnOneDays
        if let last = lastOneOnOne(a.id) { return .afterLast(every: every, last: last) }
        if let start = a.agent.startDate { return .afterStart(every: every, start: start) }
        return .noneOnRecord
    }

    /// The basis of a one-on-one the cadence planned (`AgendaEntry.isCadence`); nil for any other item.
    public func cadenceBasis(of item: CoachingItem) -> CadenceBasis? {
        guard item.id.hasPrefix(CoachingItem.cadencePrefix), let id = item.agent, let a = agent(id) else { return nil }
        return cadenceBasis(a)
    }

    /// The next one-on-one with the agent: planned in coaching.csv or by the cadence.
    public func nextOneOnOne(_ agent: String) -> CoachingItem? {
        let planned = coaching.filter { $0.kind == .oneOnOne && $0.agent == agent && doneDay(of: $0) == nil }
            .min { ($0.due, $0.id) < ($1.due, $1.id) }
        return planned ?? self.agent(agent).flatMap { cadenceOneOnOne($0) }
    }

    /// Coaching not yet done and due within the horizon — coaching.csv's items and the
    /// one-on-ones of the cadence: overdue first (most overdue first), then by due date.
    public func coachingAgenda() -> [AgendaEntry] {
        let planned = coaching.filter { doneDay(of: $0) == nil }
        let cadence = agents.compactMap { cadenceOneOnOne($0) }
        return (planned + cadence)
            .filter { $0.due.days(since: day) <= settings.coachingHorizonDays }
            .sorted { ($0.due, $0.id) < ($1.due, $1.id) }
            .map { AgendaEntry(item: $0, urgency: urgency(of: $0)) }
    }

    public func urgency(of item: CoachingItem) -> AgendaEntry.Urgency {
        let days = item.due.days(since: day)
        if days < 0 { return .overdue(days: -days) }
        if days == 0 { return .dueToday }
        if days <= settings.coachingDueSoonDays { return .dueSoon(days: days) }
        return .upcoming(days: days)
    }
}
