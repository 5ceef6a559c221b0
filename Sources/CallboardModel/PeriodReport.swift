/// The week's or the month's figures so far, as of one moment: `report --period week|month`
/// and `w` while the sales panel shows the week or the month. The day's report (`day`) gives
/// the coaching due, the problems and the team's name; the period adds up the days.
public struct PeriodReport: Equatable, Sendable {
    /// An agent's or the team's figures over the period so far against its targets.
    public struct Line: Equatable, Sendable {
        public var id: String
        public var name: String
        public var calls: Int
        public var sales: Int
        public var revenue: Money
        /// What the targets expect by the moment (docs/kpis.md, Targets); nil: no target.
        public var salesTargetToDate: Double?
        public var revenueTargetToDate: Double?
        /// The whole period's targets.
        public var salesTarget: Int?
        public var revenueTarget: Money?
        /// Days of the period so far with a call or a sale.
        public var daysWorked: Int
        /// Working days of the period so far on which the agent did not come in (docs/kpis.md).
        public var daysAbsent: Int

        /// sales ÷ calls; nil without calls.
        public var conversion: Double? { calls > 0 ? Double(sales) / Double(calls) : nil }
        /// revenue ÷ sales, to the cent toward zero; nil without sales.
        public var averageSale: Money? { sales > 0 ? Money(cents: revenue.cents / Int64(sales)) : nil }
        /// Sales ÷ the sales expected by now; nil without a target or before anything is expected.
        public var salesShare: Double? { salesTargetToDate.flatMap { $0 > 0 ? Double(sales) / $0 : nil } }
        public var revenueShare: Double? { revenueTargetToDate.flatMap { $0 > 0 ? revenue.doubleValue / $0 : nil } }
        /// Where sales end the period at the rate of the target so far: sales × whole ÷ expected by now.
        public var projectedSales: Double? {
            guard let whole = salesTarget, let share = salesShare else { return nil }
            return share * Double(whole)
        }
        public var projectedRevenue: Double? {
            guard let whole = revenueTarget, let share = revenueShare else { return nil }
            return share * whole.doubleValue
        }
    }

    /// The team's totals over the same days of the period before, for comparison.
    public struct Earlier: Equatable, Sendable {
        public var first: Day
        public var last: Day
        public var calls: Int
        public var sales: Int
        public var revenue: Money
    }

    public var period: Period
    public var first: Day
    public var last: Day
    /// The day report of the moment: team name, currency, coaching, problems.
    public var day: DayReport
    public var team: Line
    /// Every active agent, and any other with a call or a sale in the period, in roster order.
    public var agents: [Line]
    /// The same days of the week or month before, when the look-back holds them all.
    public var previous: Earlier?
    /// The period is over: its last day's shift has ended.
    public var periodOver: Bool

    public init(_ model: TeamDay, _ period: Period, at now: Instant) {
        self.period = period
        day = DayReport(model, at: now)
        let days = period.days(containing: model.day)
        first = days.lowerBound
        last = days.upperBound
        periodOver = model.day == last && now >= model.shift.end
        func line(_ f: PeriodFigures, id: String, name: String, worked: Int, absent: Int) -> Line {
            Line(id: id, name: name, calls: f.calls, sales: f.sales, revenue: f.revenue, salesTargetToDate: f.salesTargetToDate,
                 revenueTargetToDate: f.revenueTargetToDate, salesTarget: f.target.sales, revenueTarget: f.target.revenue,
                 daysWorked: worked, daysAbsent: absent)
        }
        let before = days.everyDay.filter { $0 < model.day }
        agents = model.agents.compactMap { a in
            let f = model.periodFigures(of: a, period, at: now)
            guard a.agent.active || f.calls > 0 || f.sales > 0 else { return nil }
            let worked = before.filter { a.earlier[$0]?.isWorkingDay ?? false }.count + (a.calls > 0 || a.sales > 0 ? 1 : 0)
            let missed = before.filter { d in
                model.targets.isWorkingDay(d, agent: a.id) && !(a.earlier[d]?.isWorkingDay ?? false)
                    && a.agent.startDate.map { $0 <= d } ?? true
            }.count + (model.isAbsent(a, at: now) ? 1 : 0)
            return line(f, id: a.id, name: a.agent.name, worked: worked, absent: a.agent.active ? missed : 0)
        }
        let teamWorked = before.filter { model.teamTally(on: $0)?.isWorkingDay ?? false }.count
            + (model.teamCalls > 0 || model.teamSales > 0 ? 1 : 0)
        team = line(model.teamPeriodFigures(period, at: now), id: "", name: model.settings.teamName, worked: teamWorked,
                    absent: agents.reduce(0) { $0 + $1.daysAbsent })
        previous = PeriodReport.previous(model, period, days: days)
    }

    /// The same stretch of the period before: last week's Monday to the same weekday, last
    /// month's first day to the same day of the month (its last when shorter); nil where the
    /// look-back does not reach.
    static func previous(_ model: TeamDay, _ period: Period, days: ClosedRange<Day>) -> Earlier? {
        let span: ClosedRange<Day>
        switch period {
        case .day:
            return nil
        case .week:
            span = days.lowerBound.adding(days: -7)...model.day.adding(days: -7)
        case .month:
            let before = days.lowerBound.adding(days: -1)
            let start = Day(year: before.year, month: before.month, day: 1)
            span = start...Day(year: before.year, month: before.month, day: min(model.day.day, before.day))
        }
        guard span.lowerBound >= model.day.adding(days: -TeamDay.lookBackDays) else { return nil }
        var e = Earlier(first: span.lowerBound, last: span.upperBound, calls: 0, sales: 0, revenue: .zero)
        for d in span.everyDay {
            guard let t = model.teamTally(on: d) else { continue }
            e.calls += t.calls
            e.sales += t.sales
            e.revenue += t.revenue
        }
        return e
    }
}
