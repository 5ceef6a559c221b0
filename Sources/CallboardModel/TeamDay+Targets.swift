/// The day's targets and shifts, from targets.csv (`targets`), agents.csv and callboard.toml:
/// every figure that compares with a target asks here (docs/kpis.md, Targets).
extension TeamDay {
    // MARK: shifts

    /// The team's shift today: a `team` row of targets.csv, else callboard.toml's.
    public var shift: Shift { shift(minutes: targets.shiftMinutes(agent: nil, on: day)) }

    /// The agent's shift today: its own (or a `*`) row of targets.csv, else the team's.
    public func shift(of agent: AgentDay) -> Shift { shift(minutes: targets.shiftMinutes(agent: agent.id, on: day)) }

    private func shift(minutes: Range<Int>?) -> Shift {
        minutes.map { Shift(day: day, minutes: $0, calendar: calendar) } ?? Shift(day: day, settings: settings, calendar: calendar)
    }

    // MARK: an agent's targets

    /// What agents.csv sets: the targets of an agent's working day that targets.csv leaves open.
    static func rosterTargets(_ agent: Agent) -> TargetValues {
        TargetValues(sales: agent.dailySalesTarget, revenue: agent.dailyRevenueTarget)
    }

    /// The agent's targets on `day`: targets.csv's, else agents.csv's, on the agent's working
    /// days; none on a day off, a holiday or a day of absence. A share of a week's or month's
    /// target catches up on what the period's earlier days (`AgentDay.earlier`) fell short of.
    public func targets(of agent: AgentDay, on day: Day) -> TargetValues {
        targets.dayTargets(agent: agent.id, on: day, fallback: TeamDay.rosterTargets(agent.agent), today: self.day) {
            agent.earlier[$0]
        }
    }

    /// Today's targets of the agent.
    public func targets(of agent: AgentDay) -> TargetValues { targets(of: agent, on: day) }

    public func salesTarget(of agent: AgentDay) -> Int? { targets(of: agent).sales }
    public func revenueTarget(of agent: AgentDay) -> Money? { targets(of: agent).revenue }
    public func callsTarget(of agent: AgentDay) -> Int? { targets(of: agent).calls }

    /// The agent's sales target on another day (an earlier one, for the attention rules).
    public func salesTarget(of agent: AgentDay, on day: Day) -> Int? { targets(of: agent, on: day).sales }

    /// An agent targets.csv says is absent today (leave, sick): absent from 00:00, known in advance.
    public func isPlannedAbsent(_ agent: AgentDay) -> Bool { targets.isAbsent(agent: agent.id, on: day) }

    // MARK: the team's targets

    /// The team's targets on `day` as planned: a `team` row of targets.csv or callboard.toml's
    /// `[targets]`, taken as set; else the sum of the targets of the active agents (those
    /// absent by targets.csv have none).
    public func teamTargets(on day: Day) -> TargetValues { teamTargets(on: day) { _ in true } }

    /// The team's targets today at `now`: as planned, but a sum of the agents' leaves out those
    /// absent by then (`isAbsent`): nobody who never came in holds the team back.
    public func teamTargets(at now: Instant) -> TargetValues { teamTargets(on: day) { !isAbsent($0, at: now) } }

    /// The team's daily sales target as planned (`teamTargets(on:)` today).
    public var teamSalesTarget: Int? { teamTargets(on: day).sales }
    public var teamRevenueTarget: Money? { teamTargets(on: day).revenue }

    /// The team's sales target at `now` (`teamTargets(at:)`).
    public func teamSalesTarget(at now: Instant) -> Int? { teamTargets(at: now).sales }
    public func teamRevenueTarget(at now: Instant) -> Money? { teamTargets(at: now).revenue }

    private func teamTargets(on d: Day, counting: (AgentDay) -> Bool) -> TargetValues {
        let set = TargetValues(sales: settings.teamSalesTarget, revenue: settings.teamRevenueTarget)
        var out = targets.teamDayTargets(on: d, fallback: set, today: day) { teamTally(on: $0) }
        let open = TargetFigure.allCases.filter { out[$0] == nil }
        guard !open.isEmpty else { return out }
        var sums: [TargetFigure: Int64] = [:]
        // By index: a loop over the values would copy every agent's day (its dictionaries) twice.
        for i in agents.indices where agents[i].agent.active && counting(agents[i]) {
            let own = targets(of: agents[i], on: d)
            for figure in open { if let v = own[figure] { sums[figure, default: 0] += v } }
        }
        for figure in open { out[figure] = sums[figure] }
        return out
    }

    /// The working day before today, within a week: what "yesterday" compares with (Friday on a
    /// Monday, the day before a holiday). A day someone worked counts, working day or not.
    public var previousWorkingDay: Day? {
        (1...7).map { day.adding(days: -$0) }.first { d in
            targets.isWorkingDay(d, agent: nil) || (teamTally(on: d)?.isWorkingDay ?? false)
        }
    }

    /// The whole team's totals of an earlier day; nil when nobody has any.
    func teamTally(on d: Day) -> DayTally? {
        var total: DayTally?
        for a in agents {
            guard let t = a.earlier[d] else { continue }
            var sum = total ?? DayTally()
            sum.calls += t.calls
            sum.talkSeconds += t.talkSeconds
            sum.sales += t.sales
            sum.revenue += t.revenue
            total = sum
        }
        return total
    }
}
