/// An agent's or the team's selling day at a moment: the counts and the figures made of them,
/// as docs/kpis.md defines each.
public struct SalesFigures: Equatable, Sendable {
    public var calls = 0
    /// Sales without refunds.
    public var sales = 0
    /// Refunds included (they lower it).
    public var revenue = Money.zero
    /// Seconds logged in today up to the moment (every state but offline).
    public var loggedInSeconds = 0
    /// Sales and revenue made in the hour before the moment (for the projection).
    public var salesLastHour = 0.0
    public var revenueLastHour = 0.0

    public init() {}

    /// Sales ÷ calls; nil without calls.
    public var conversion: Double? { calls > 0 ? Double(sales) / Double(calls) : nil }

    /// Revenue ÷ sales, to the cent toward zero; nil without sales.
    public var averageSale: Money? { sales > 0 ? Money(cents: revenue.cents / Int64(sales)) : nil }

    /// Revenue ÷ hours logged in, to the cent toward zero; nil before any time logged in.
    public var revenuePerHour: Money? {
        loggedInSeconds > 0 ? Money(cents: revenue.cents * 3600 / Int64(loggedInSeconds)) : nil
    }

    static func + (a: SalesFigures, b: SalesFigures) -> SalesFigures {
        var s = a
        s.calls += b.calls
        s.sales += b.sales
        s.revenue = s.revenue + b.revenue
        s.loggedInSeconds += b.loggedInSeconds
        s.salesLastHour += b.salesLastHour
        s.revenueLastHour += b.revenueLastHour
        return s
    }
}

extension TeamDay {
    /// The agent's figures at `now`.
    public func figures(of agent: AgentDay, at now: Instant) -> SalesFigures {
        var f = SalesFigures()
        f.calls = agent.calls
        f.sales = agent.sales
        f.revenue = agent.revenue
        f.loggedInSeconds = AgentState.allCases.filter(\.isLoggedIn).reduce(0) {
            $0 + agent.seconds(in: $1, dayStart: dayStart, at: now)
        }
        // The hour before `now` from the hourly tallies: the current hour so far, and the part
        // of the hour before it that is still within the last 60 minutes.
        let offset = now - dayStart
        let h = offset / 3600, into = Double(offset % 3600) / 3600
        func hour(_ i: Int) -> HourTally { i >= 0 && i < agent.hours.count ? agent.hours[i] : HourTally() }
        f.salesLastHour = Double(hour(h).sales) + Double(hour(h - 1).sales) * (1 - into)
        f.revenueLastHour = hour(h).revenue.doubleValue + hour(h - 1).revenue.doubleValue * (1 - into)
        return f
    }

    /// The team's figures at `now`: every agent's, absent or not (an absent agent has none).
    public func teamFigures(at now: Instant) -> SalesFigures {
        agents.reduce(SalesFigures()) { $0 + figures(of: $1, at: now) }
    }

    /// Where the agent's sales and revenue will end the agent's shift (`Projection`).
    public func projection(of agent: AgentDay, at now: Instant) -> (sales: Projection, revenue: Projection)? {
        projection(of: figures(of: agent, at: now), shift: shift(of: agent), at: now)
    }

    /// Where the team's will end the team's shift.
    public func teamProjection(at now: Instant) -> (sales: Projection, revenue: Projection)? {
        projection(of: teamFigures(at: now), at: now)
    }

    /// The same from figures already worked out, over the team's shift unless another is given.
    func projection(of f: SalesFigures, shift: Shift? = nil, at now: Instant) -> (sales: Projection, revenue: Projection)? {
        let shift = shift ?? self.shift
        guard let sales = Projection.of(actual: Double(f.sales), lastHour: f.salesLastHour, shift: shift, at: now),
              let revenue = Projection.of(actual: f.revenue.doubleValue, lastHour: f.revenueLastHour, shift: shift, at: now)
        else { return nil }
        return (sales, revenue)
    }

    /// An active agent targets.csv says is absent today (from 00:00: it is known in advance), or
    /// who was never logged in, made no call and no sale today, once the agent's shift is over
    /// (or the day is past): absent, so out of the team's summed target. During the shift an
    /// agent not logged in yet still counts: the lead wants to see that gap.
    public func isAbsent(_ agent: AgentDay, at now: Instant) -> Bool {
        guard agent.agent.active else { return false }
        if isPlannedAbsent(agent) { return true }
        guard now >= shift(of: agent).end || now >= dayEnd else { return false }
        if agent.calls > 0 || agent.sales > 0 || agent.revenue != .zero { return false }
        if agent.state.isLoggedIn, let since = agent.since, since < dayEnd { return false }
        return !AgentState.allCases.contains { $0.isLoggedIn && (agent.closedSeconds[$0] ?? 0) > 0 }
    }

    /// The absent agents at `now`, in roster order.
    public func absentAgents(at now: Instant) -> [AgentDay] { agents.filter { isAbsent($0, at: now) } }
}
