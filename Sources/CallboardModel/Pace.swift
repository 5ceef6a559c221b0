/// Progress against a daily target, compared with what the elapsed share of the shift expects.
public struct Pace: Equatable, Sendable {
    public var actual: Double
    public var target: Double
    /// 0…1: how much of the shift has passed.
    public var shiftFraction: Double

    public init(actual: Double, target: Double, shiftFraction: Double) {
        self.actual = actual
        self.target = target
        self.shiftFraction = shiftFraction
    }

    /// What the target expects by now.
    public var expected: Double { target * shiftFraction }
    /// Ahead (positive) or behind (negative) of expected, in the target's unit.
    public var delta: Double { actual - expected }
    /// actual ÷ expected; nil before the shift starts or without a target.
    public var ratio: Double? { expected > 0 ? actual / expected : nil }
    /// actual ÷ target, for a gauge (may exceed 1).
    public var completion: Double { target > 0 ? actual / target : 0 }
    public var targetMet: Bool { target > 0 && actual >= target }
}

extension TeamDay {
    public var teamSales: Int { agents.reduce(0) { $0 + $1.sales } }
    public var teamRevenue: Money { agents.reduce(.zero) { $0 + $1.revenue } }
    public var teamCalls: Int { agents.reduce(0) { $0 + $1.calls } }

    /// The team's sales against its target at `now` (`teamSalesTarget(at:)`), over the team's shift.
    public func salesPace(at now: Instant) -> Pace? { salesPace(target: teamTargets(at: now), at: now) }

    public func revenuePace(at now: Instant) -> Pace? { revenuePace(target: teamTargets(at: now), at: now) }

    /// The same with the team's targets already worked out (`teamTargets(at:)` walks every agent):
    /// a frame reads them once.
    public func salesPace(target: TargetValues, at now: Instant) -> Pace? {
        target.sales.map { Pace(actual: Double(teamSales), target: Double($0), shiftFraction: shift.fraction(at: now)) }
    }

    public func revenuePace(target: TargetValues, at now: Instant) -> Pace? {
        target.revenue.map { Pace(actual: teamRevenue.doubleValue, target: $0.doubleValue, shiftFraction: shift.fraction(at: now)) }
    }

    public func callsPace(at now: Instant) -> Pace? {
        teamTargets(at: now).calls.map { Pace(actual: Double(teamCalls), target: Double($0), shiftFraction: shift.fraction(at: now)) }
    }

    /// The agent's sales against today's target (`salesTarget(of:)`), over the agent's own shift.
    public func salesPace(of agent: AgentDay, at now: Instant) -> Pace? {
        salesTarget(of: agent).map {
            Pace(actual: Double(agent.sales), target: Double($0), shiftFraction: shift(of: agent).fraction(at: now))
        }
    }

    public func revenuePace(of agent: AgentDay, at now: Instant) -> Pace? {
        revenueTarget(of: agent).map {
            Pace(actual: agent.revenue.doubleValue, target: $0.doubleValue, shiftFraction: shift(of: agent).fraction(at: now))
        }
    }

    public func callsPace(of agent: AgentDay, at now: Instant) -> Pace? {
        callsTarget(of: agent).map {
            Pace(actual: Double(agent.calls), target: Double($0), shiftFraction: shift(of: agent).fraction(at: now))
        }
    }
}
