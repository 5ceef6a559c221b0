/// An agent's or the team's figures over the day, the week or the month so far, against the
/// period's targets (docs/kpis.md, Targets).
public struct PeriodFigures: Equatable, Sendable {
    public var period: Period
    public var first: Day
    public var last: Day
    /// Earlier days' totals and today's, up to the moment.
    public var calls = 0
    public var sales = 0
    public var revenue = Money.zero
    /// What the targets expect by the moment, in each figure's unit (revenue in whole currency
    /// units, as `Pace`): the days before today in full, today by the share of its shift
    /// passed. nil: no target.
    public var salesTargetToDate: Double?
    public var revenueTargetToDate: Double?
    public var callsTargetToDate: Double?
    /// The whole period's targets.
    public var target = TargetValues()

    public init(period: Period, first: Day, last: Day) {
        self.period = period
        self.first = first
        self.last = last
    }

    /// A figure's target to date, in the unit of `TargetValues`' subscript (revenue in cents).
    subscript(toDate figure: TargetFigure) -> Double? {
        get {
            switch figure {
            case .sales: salesTargetToDate
            case .revenue: revenueTargetToDate.map { $0 * 100 }
            case .calls: callsTargetToDate
            }
        }
        set {
            switch figure {
            case .sales: salesTargetToDate = newValue
            case .revenue: revenueTargetToDate = newValue.map { $0 / 100 }
            case .calls: callsTargetToDate = newValue
            }
        }
    }
}

extension TeamDay {
    /// The agent's figures over `period` up to `now`. A week's or month's target in targets.csv
    /// is expected in equal shares of the agent's working days (today's by its shift); without
    /// one, each day's target adds up (`targets(of:on:)`).
    public func periodFigures(of agent: AgentDay, _ period: Period, at now: Instant) -> PeriodFigures {
        let days = period.days(containing: day)
        var f = PeriodFigures(period: period, first: days.lowerBound, last: days.upperBound)
        for d in days.everyDay where d < day {
            guard let t = agent.earlier[d] else { continue }
            f.calls += t.calls
            f.sales += t.sales
            f.revenue += t.revenue
        }
        f.calls += agent.calls
        f.sales += agent.sales
        f.revenue += agent.revenue
        let fraction = shift(of: agent).fraction(at: now)
        addTargets(to: &f, agent: agent.id, fraction: fraction) { targets(of: agent, on: $0) }
        return f
    }

    /// The team's figures over `period` up to `now`: every agent's actual figures; the team's
    /// week's or month's target when targets.csv gives one, else each day's team target added
    /// up (today's as at `now`, `teamTargets(at:)`).
    public func teamPeriodFigures(_ period: Period, at now: Instant) -> PeriodFigures {
        let days = period.days(containing: day)
        var f = PeriodFigures(period: period, first: days.lowerBound, last: days.upperBound)
        for d in days.everyDay where d < day {
            guard let t = teamTally(on: d) else { continue }
            f.calls += t.calls
            f.sales += t.sales
            f.revenue += t.revenue
        }
        f.calls += teamCalls
        f.sales += teamSales
        f.revenue += teamRevenue
        addTargets(to: &f, agent: nil, fraction: shift.fraction(at: now)) { d in
            d == day ? teamTargets(at: now) : teamTargets(on: d)
        }
        return f
    }

    /// Fills in the period's targets: a period row's target `T` is expected by now as
    /// T × (working days before today + today's share of its shift, on a working day) ÷ the
    /// period's working days; otherwise the days' own targets add up, today's by `fraction`.
    private func addTargets(to f: inout PeriodFigures, agent: String?, fraction: Double,
                            dayTargets: (Day) -> TargetValues) {
        let days = f.first...f.last
        let spread = targets.periodTargets(agent: agent, f.period, containing: day)
        var perDay: [TargetValues]?
        for figure in TargetFigure.allCases {
            if let total = spread[figure] {
                f.target[figure] = total
                let working = targets.workingDays(in: days, agent: agent)
                guard !working.isEmpty else { continue }
                let done = Double(working.filter { $0 < day }.count) + (working.contains(day) ? fraction : 0)
                f[toDate: figure] = Double(total) * done / Double(working.count)
                continue
            }
            let each = perDay ?? days.everyDay.map(dayTargets)
            perDay = each
            var whole: Int64?
            var toDate: Double?
            for (d, t) in zip(days.everyDay, each) {
                guard let v = t[figure] else { continue }
                whole = (whole ?? 0) + v
                let share = d < day ? 1 : d == day ? fraction : 0
                toDate = (toDate ?? 0) + Double(v) * share
            }
            f.target[figure] = whole
            f[toDate: figure] = toDate
        }
    }
}
