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
}

extension TeamDay {
    /// Coaching not yet done and due within the horizon: overdue first (most overdue first),
    /// then by due date. An item done after this day was still pending on it.
    public func coachingAgenda() -> [AgendaEntry] {
        coaching
            .filter { ($0.done.map { $0 > day } ?? true) && $0.due.days(since: day) <= settings.coachingHorizonDays }
            .sorted { ($0.due, $0.id) < ($1.due, $1.id) }
            .map { item in
                let days = item.due.days(since: day)
                let urgency: AgendaEntry.Urgency
                if days < 0 {
                    urgency = .overdue(days: -days)
                } else if days == 0 {
                    urgency = .dueToday
                } else if days <= settings.coachingDueSoonDays {
                    urgency = .dueSoon(days: days)
                } else {
                    urgency = .upcoming(days: days)
                }
                return AgendaEntry(item: item, urgency: urgency)
            }
    }
}
