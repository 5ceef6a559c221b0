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

/// The shift from callboard.toml on one day.
public struct Shift: Equatable, Sendable {
    public var start: Instant
    public var end: Instant

    public init(start: Instant, end: Instant) {
        self.start = start
        self.end = end
    }

    public init(day: Day, settings: Settings, calendar: LocalCalendar) {
        start = calendar.instant(day, minuteOfDay: settings.shiftStart)
        end = calendar.instant(day, minuteOfDay: settings.shiftEnd)
    }

    /// 0 before the shift, 1 after it, linear in between.
    public func fraction(at now: Instant) -> Double {
        guard end > start else { return now >= start ? 1 : 0 }
        if now <= start { return 0 }
        if now >= end { return 1 }
        return Double(now - start) / Double(end - start)
    }
}

extension TeamDay {
    public var shift: Shift { Shift(day: day, settings: settings, calendar: calendar) }

    /// The team's daily sales target as planned: callboard.toml's, else the sum of the active
    /// agents' targets.
    public var teamSalesTarget: Int? { settings.teamSalesTarget ?? summedTarget(\.dailySalesTarget, 0, +) { _ in true } }

    public var teamRevenueTarget: Money? {
        settings.teamRevenueTarget ?? summedTarget(\.dailyRevenueTarget, .zero, +) { _ in true }
    }

    /// The team's sales target at `now`: callboard.toml's, else the sum of the targets of the
    /// active agents not absent (`isAbsent`: nobody who never came in holds the team back).
    public func teamSalesTarget(at now: Instant) -> Int? {
        settings.teamSalesTarget ?? summedTarget(\.dailySalesTarget, 0, +) { !isAbsent($0, at: now) }
    }

    public func teamRevenueTarget(at now: Instant) -> Money? {
        settings.teamRevenueTarget ?? summedTarget(\.dailyRevenueTarget, .zero, +) { !isAbsent($0, at: now) }
    }

    /// The active agents' targets that `counts` keeps, added up; nil when none has one.
    private func summedTarget<T>(_ target: KeyPath<Agent, T?>, _ zero: T, _ add: (T, T) -> T,
                                 counts: (AgentDay) -> Bool) -> T? {
        let targets = agents.filter { $0.agent.active && counts($0) }.compactMap { $0.agent[keyPath: target] }
        return targets.isEmpty ? nil : targets.reduce(zero, add)
    }

    public var teamSales: Int { agents.reduce(0) { $0 + $1.sales } }
    public var teamRevenue: Money { agents.reduce(.zero) { $0 + $1.revenue } }
    public var teamCalls: Int { agents.reduce(0) { $0 + $1.calls } }

    public func salesPace(at now: Instant) -> Pace? {
        teamSalesTarget(at: now).map { Pace(actual: Double(teamSales), target: Double($0), shiftFraction: shift.fraction(at: now)) }
    }

    public func revenuePace(at now: Instant) -> Pace? {
        teamRevenueTarget(at: now).map {
            Pace(actual: teamRevenue.doubleValue, target: $0.doubleValue, shiftFraction: shift.fraction(at: now))
        }
    }

    public func salesPace(of agent: AgentDay, at now: Instant) -> Pace? {
        agent.agent.dailySalesTarget.map {
            Pace(actual: Double(agent.sales), target: Double($0), shiftFraction: shift.fraction(at: now))
        }
    }

    public func revenuePace(of agent: AgentDay, at now: Instant) -> Pace? {
        agent.agent.dailyRevenueTarget.map {
            Pace(actual: agent.revenue.doubleValue, target: $0.doubleValue, shiftFraction: shift.fraction(at: now))
        }
    }
}
