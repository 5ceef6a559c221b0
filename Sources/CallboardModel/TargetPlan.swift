/// targets.csv as read: targets beyond one day, holidays, absences and part-time shifts, and
/// the look-ups the day's figures make in them (docs/kpis.md, Targets).
///
/// Per agent (or the team), per day and per figure the most specific row wins: a `date` row,
/// then a `from`/`to` row, then a `weekday` row, then a row without dates, then a week's or
/// month's target spread over the working days; an agent's own row beats a `*` row at the same
/// level, and among equals the later line wins. What none of them sets is left to the caller's
/// fallback (agents.csv, callboard.toml). Lookups that spread a period's target take the
/// actual figures of earlier days as a parameter: the plan holds no figures.
public struct TargetPlan: Equatable, Sendable {
    public private(set) var rows: [TargetRow]
    /// callboard.toml `[targets] working_days`.
    public var workingDays: Weekdays
    /// Some row sets a week's or a month's target: without one, no day is a share of a period's.
    private let hasPeriodRows: Bool

    public init(rows: [TargetRow] = [], workingDays: Weekdays = .mondayToFriday) {
        self.rows = rows
        self.workingDays = workingDays
        hasPeriodRows = rows.contains { $0.per != .day }
    }

    public var isEmpty: Bool { rows.isEmpty }

    // MARK: which row decides

    /// How closely a row is about `agent` (nil: the team): 1 the agent's own, 0 a `*` row (or,
    /// for the team, a `team` row), nil not about it.
    static func closeness(_ row: TargetRow, to agent: String?) -> Int? {
        switch (row.subject, agent) {
        case (.agent(let id), let a?): id == a ? 1 : nil
        case (.everyAgent, .some): 0
        case (.team, nil): 0
        default: nil
        }
    }

    /// The deciding row among those `closeness` answers for: the most specific dates, then the
    /// closest subject, then the later line.
    func decider(_ closeness: (TargetRow) -> Int?) -> TargetRow? {
        var best: TargetRow?
        var bestKey = (-1, -1, -1)
        for row in rows {
            guard let c = closeness(row) else { continue }
            let key = (row.dates.rank, c, row.line)
            if key > bestKey {
                best = row
                bestKey = key
            }
        }
        return best
    }

    // MARK: days

    /// A `team` or `*` row says `absent` on the day: nobody works, nothing is expected.
    public func isHoliday(_ day: Day) -> Bool {
        decider { r in
            (r.subject == .team || r.subject == .everyAgent) && r.absent != nil && r.dates.covers(day) ? 0 : nil
        }?.absent == true
    }

    /// The agent's own row says `absent` on the day (leave, sick). A holiday is `isHoliday`.
    public func isAbsent(agent: String, on day: Day) -> Bool {
        absence(agent: agent, on: day) != nil
    }

    /// The row that makes the agent absent on the day, if one does (its `absenceNote` says why).
    public func absence(agent: String, on day: Day) -> TargetRow? {
        let row = decider { r in r.subject == .agent(agent) && r.absent != nil && r.dates.covers(day) ? 1 : nil }
        return row?.absent == true ? row : nil
    }

    /// The team's working days (`agent` nil) are `workingDays` without holidays, plus the days a
    /// `date` or `weekday` row of the team or `*` sets a target above 0 on; an agent's are the
    /// same with its own and `*` rows, without its absences.
    public func isWorkingDay(_ day: Day, agent: String?) -> Bool {
        if isHoliday(day) { return false }
        if let agent, isAbsent(agent: agent, on: day) { return false }
        return workingDays.contains(day.weekday) || isExtraWorkingDay(day, agent: agent)
    }

    private func isExtraWorkingDay(_ day: Day, agent: String?) -> Bool {
        rows.contains { r in
            let about = agent.map { r.subject == .agent($0) || r.subject == .everyAgent }
                ?? (r.subject == .team || r.subject == .everyAgent)
            return about && r.per == .day && r.absent != true && r.dates.namesWorkingDays && r.targets.hasPositive
                && r.dates.covers(day)
        }
    }

    /// The working days of the agent (nil: the team) among `days`, in order.
    public func workingDays(in days: ClosedRange<Day>, agent: String?) -> [Day] {
        days.everyDay.filter { isWorkingDay($0, agent: agent) }
    }

    /// The shift a row sets for the day, in minutes after local midnight: the agent's own or a
    /// `*` row's, else a `team` row's; nil: the shift of callboard.toml.
    public func shiftMinutes(agent: String?, on day: Day) -> Range<Int>? {
        if let agent, let own = decider({ r in
            r.shiftMinutes != nil && r.dates.covers(day) && r.subject != .team ? TargetPlan.closeness(r, to: agent) : nil
        }) {
            return own.shiftMinutes
        }
        return decider { r in r.subject == .team && r.shiftMinutes != nil && r.dates.covers(day) ? 0 : nil }?.shiftMinutes
    }

    // MARK: targets

    /// The targets the day's own rows set (`per = day`: a date, a range, a weekday, no dates),
    /// each figure from its deciding row; nil where no row sets one.
    public func dayRowTargets(agent: String?, on day: Day) -> TargetValues {
        var out = TargetValues()
        for figure in TargetFigure.allCases {
            out[figure] = decider { r in
                r.per == .day && r.absent != true && r.targets[figure] != nil && r.dates.covers(day)
                    ? TargetPlan.closeness(r, to: agent) : nil
            }?.targets[figure]
        }
        return out
    }

    /// The whole `period`'s targets around `day` from the rows with that `per` whose dates touch
    /// it; nil where none sets one. `.day` has none: a day's targets are `dayTargets`.
    public func periodTargets(agent: String?, _ period: Period, containing day: Day) -> TargetValues {
        guard period != .day, hasPeriodRows else { return .none }
        let days = period.days(containing: day)
        var out = TargetValues()
        for figure in TargetFigure.allCases {
            out[figure] = decider { r in
                r.per == period && r.absent != true && r.targets[figure] != nil && r.dates.touches(days)
                    ? TargetPlan.closeness(r, to: agent) : nil
            }?.targets[figure]
        }
        return out
    }

    /// The agent's (nil: the team's) targets on `day`, per figure: none on a day that is not a
    /// working day; else the day's own rows, then a week's target spread over the week, then a
    /// month's over the month, then `fallback` (agents.csv, or callboard.toml for the team).
    ///
    /// A spread target catches up: what is left of the period's target after the actual figures
    /// of its days before `day` (`actual`, known up to `today`), over the working days left
    /// including `day`; sales and calls rounded up to whole ones, revenue up to the cent. A day
    /// after `today` gets today's share, as if every day until then met its own.
    public func dayTargets(agent: String?, on day: Day, fallback: TargetValues = .none, today: Day,
                           actual: (Day) -> DayTally?) -> TargetValues {
        guard isWorkingDay(day, agent: agent) else { return .none }
        var out = dayRowTargets(agent: agent, on: day)
        for figure in TargetFigure.allCases where out[figure] == nil {
            out[figure] = spreadTarget(figure, agent: agent, on: day, today: today, actual: actual) ?? fallback[figure]
        }
        return out
    }

    /// The team's targets on `day` from targets.csv and `fallback` (callboard.toml); nil where
    /// neither sets one (the sum of the agents' targets is the caller's).
    public func teamDayTargets(on day: Day, fallback: TargetValues = .none, today: Day,
                               actual: (Day) -> DayTally?) -> TargetValues {
        dayTargets(agent: nil, on: day, fallback: fallback, today: today, actual: actual)
    }

    /// The day's share of a week's or month's target (a week's first), on a working day.
    func spreadTarget(_ figure: TargetFigure, agent: String?, on day: Day, today: Day,
                      actual: (Day) -> DayTally?) -> Int64? {
        for period in [Period.week, .month] {
            guard let total = periodTargets(agent: agent, period, containing: day)[figure] else { continue }
            let days = period.days(containing: day)
            let working = workingDays(in: days, agent: agent)
            // Figures are known before today; a later day is planned as of today.
            let from = min(day, max(today, days.lowerBound))
            var done: Int64 = 0
            var d = days.lowerBound
            while d < from {
                done += actual(d)?.actual(figure) ?? 0
                d = d.adding(days: 1)
            }
            let left = Int64(working.filter { $0 >= from }.count)
            guard left > 0 else { return nil }
            let remaining = max(0, total - done)
            return (remaining + left - 1) / left
        }
        return nil
    }
}
