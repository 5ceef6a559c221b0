import CallboardModel

/// A row of the coaching panel.
public enum CoachingRow: Equatable, Sendable {
    case review(PendingReview)
    case agenda(AgendaEntry)

    /// Stable identity, to keep the selection on the same item across refreshes.
    public var key: String {
        switch self {
        case .review(let r): return "call:" + r.call.id
        case .agenda(let a): return "item:" + a.item.id
        }
    }
}

/// The lists the panels show, derived once per frame from the model, so that views and
/// key handling agree on what row N is.
public struct DashboardRows: Sendable {
    /// Agents sorted by state, then name (inactive agents who are offline are left out).
    public var agents: [AgentDay]
    /// Agents by sales today, most first.
    public var sales: [AgentDay]
    public var coaching: [CoachingRow]
    /// In service mode the second panel lists queues instead of agents' sales.
    public var queues: [String]
    public var serviceMode: Bool

    public init(model: TeamDay) {
        let shown = model.agents.filter { $0.agent.active || $0.state != .offline }
        var nameKeys: [String: [UInt32]] = [:]
        for a in shown { nameKeys[a.id] = NameCollation.key(a.agent.name) }
        func byName(_ a: AgentDay, _ b: AgentDay) -> Bool {
            let ka = nameKeys[a.id]!, kb = nameKeys[b.id]!
            return ka != kb ? ka.lexicographicallyPrecedes(kb) : a.id < b.id
        }
        agents = shown.sorted { $0.state != $1.state ? $0.state < $1.state : byName($0, $1) }
        sales = shown.filter { $0.agent.active }.sorted {
            if $0.revenue != $1.revenue { return $0.revenue > $1.revenue }
            if $0.sales != $1.sales { return $0.sales > $1.sales }
            return byName($0, $1)
        }
        coaching = model.reviewQueue().map(CoachingRow.review) + model.coachingAgenda().map(CoachingRow.agenda)
        queues = model.queues.queueNames
        serviceMode = model.settings.mode == .service
    }

    public func count(_ panel: PanelID) -> Int {
        switch panel {
        case .agents: return agents.count
        case .sales: return serviceMode ? queues.count : sales.count
        case .coaching: return coaching.count
        }
    }

    public func key(_ panel: PanelID, _ index: Int) -> String? {
        switch panel {
        case .agents: return agents.indices.contains(index) ? agents[index].id : nil
        case .sales:
            if serviceMode { return queues.indices.contains(index) ? "queue:" + queues[index] : nil }
            return sales.indices.contains(index) ? sales[index].id : nil
        case .coaching: return coaching.indices.contains(index) ? coaching[index].key : nil
        }
    }

    public func index(_ panel: PanelID, key: String) -> Int? {
        switch panel {
        case .agents: return agents.firstIndex { $0.id == key }
        case .sales:
            if serviceMode { return queues.firstIndex { "queue:" + $0 == key } }
            return sales.firstIndex { $0.id == key }
        case .coaching: return coaching.firstIndex { $0.key == key }
        }
    }
}
