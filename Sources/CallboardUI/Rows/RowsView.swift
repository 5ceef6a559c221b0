import CallboardModel

/// How the panels' rows are narrowed and ordered: `/` filters agents by name or team across
/// panels, `T` shows one team, `s` cycles each panel's sort order.
public struct RowsView: Equatable, Hashable, Sendable {
    public enum AgentsOrder: String, CaseIterable, Sendable {
        /// Who needs the lead first: over the red limit, over the amber one, then by state
        /// (paused, ringing, on a call, wrap-up, available, logged off), longest in it first.
        case priority, state, name, timeInState = "time", sales
    }

    public enum SalesOrder: String, CaseIterable, Sendable {
        case revenue, sales, pace, name
    }

    public enum CoachingOrder: String, CaseIterable, Sendable {
        /// Overdue sessions, flagged calls, attention items, sessions due, then the routine
        /// review picks grouped by agent.
        case priority, agent
    }

    /// Matched against agents' names and teams, ignoring case and accents.
    public var filter = ""
    /// nil: every team.
    public var team: String?
    public var agentsOrder = AgentsOrder.priority
    public var salesOrder = SalesOrder.revenue
    public var coachingOrder = CoachingOrder.priority

    public init() {}

    public var isNarrowed: Bool { !filter.isEmpty || team != nil }

    /// Whether an agent is shown under the filter and the team.
    public func shows(_ agent: Agent) -> Bool {
        if let team, agent.team != team { return false }
        guard !filter.isEmpty else { return true }
        let needle = NameCollation.searchKey(filter)
        return NameCollation.searchKey(agent.name).contains(needle)
            || agent.team.map { NameCollation.searchKey($0).contains(needle) } == true
            || agent.id.lowercased() == needle
    }

    /// The name of the panel's current order, for the bottom line.
    public func orderName(_ panel: PanelID, serviceMode: Bool) -> String? {
        switch panel {
        case .agents: return agentsOrder.rawValue
        case .sales: return serviceMode ? nil : salesOrder.rawValue
        case .coaching: return coachingOrder.rawValue
        }
    }

    /// Moves the panel to its next order; false for a panel with one order only.
    public mutating func nextOrder(_ panel: PanelID, serviceMode: Bool) -> Bool {
        func next<T: CaseIterable & Equatable>(_ v: T) -> T {
            let all = Array(T.allCases)
            return all[(all.firstIndex(of: v)! + 1) % all.count]
        }
        switch panel {
        case .agents: agentsOrder = next(agentsOrder)
        case .sales:
            if serviceMode { return false }
            salesOrder = next(salesOrder)
        case .coaching: coachingOrder = next(coachingOrder)
        }
        return true
    }
}
