/// The day's figures as of one moment: what the report command prints and the dashboard
/// writes with `w`. Plain values, computed once from a `TeamDay`.
public struct DayReport: Equatable, Sendable {
    /// What is counted alike for each agent and for the team.
    public struct Figures: Equatable, Sendable {
        public var calls: Int
        public var talkSeconds: Int
        public var pauseSeconds: Int
        public var sales: Int
        public var revenue: Money
        public var targetSales: Int?
        public var targetRevenue: Money?
        public var reviewsToday: Int
    }

    public struct Team: Equatable, Sendable {
        public var agentsLoggedIn: Int
        public var figures: Figures
        /// actual ÷ expected by now; nil without a target or before the shift.
        public var paceSales: Double?
        public var paceRevenue: Double?
        /// 0…1: how much of the shift had passed.
        public var shiftFraction: Double
        /// All queues together; nil without queue data.
        public var queues: QueueStats?
        public var waitingNow: Int?
        /// Conversion, average sale, revenue per hour (docs/kpis.md).
        public var selling = SalesFigures()
        /// The team's targets as planned (every active agent not absent by targets.csv), agents
        /// who did not come in included: `figures` holds the targets at the moment (docs/kpis.md),
        /// which leave them out.
        public var plannedTargetSales: Int?
        public var plannedTargetRevenue: Money?
        /// Where sales and revenue will end the shift; nil before it starts.
        public var projectedSales: Projection?
        public var projectedRevenue: Projection?
    }

    /// The team's totals of an earlier day, for comparison.
    public struct EarlierDay: Equatable, Sendable {
        public var day: Day
        public var calls: Int
        public var sales: Int
        public var revenue: Money
    }

    /// A call waiting for review, by the agent's name and the call's time (no ids in prose).
    public struct PendingCall: Equatable, Sendable {
        public var id: String
        public var agentName: String
        public var start: Instant
        public var duration: Int
        public var flagged: Bool
    }

    public struct AgentLine: Equatable, Sendable {
        public var id: String
        public var name: String
        public var team: String?
        public var active: Bool
        public var state: AgentState
        public var reason: String?
        public var stateSince: Instant?
        /// No event has confirmed the state for longer than its stale limit (`call?` on screen).
        public var stateStale: Bool = false
        public var figures: Figures
        public var selling = SalesFigures()
        /// Sales ÷ expected by now; nil without a target.
        public var paceSales: Double?
        /// Never came in (docs/kpis.md): out of the team's target.
        public var absent = false

        /// The state's word, with a `?` when it is stale.
        public var stateWord: String { state.name + (stateStale ? "?" : "") }
    }

    public struct Session: Equatable, Sendable {
        public var id: String
        /// nil: the whole team.
        public var agentName: String?
        public var kind: CoachingKind
        public var title: String
        public var due: Day
    }

    public struct Coaching: Equatable, Sendable {
        /// Calls waiting for review, in the coaching panel's order, with their agents' names and times.
        public var pendingCalls: [PendingCall]
        /// Sessions due today or within the "due soon" days.
        public var due: [Session]
        /// Most overdue first.
        public var overdue: [Session]
        /// Standing attention items (not dismissed today).
        public var attention: [Suggestion]
        /// The waiting calls' ids.
        public var pendingReviewCalls: [String] { pendingCalls.map(\.id) }
        public var dueSessions: [String] { due.map(\.id) }
        public var overdueSessions: [String] { overdue.map(\.id) }
    }

    public var date: Day
    public var asOf: Instant
    public var teamName: String
    public var mode: TeamMode
    public var currency: String
    public var team: Team
    /// One per roster agent, in roster order.
    public var agents: [AgentLine]
    public var coaching: Coaching
    public var problems: ProblemLog
    public var calendar: LocalCalendar
    public var shift: Shift
    /// The moment is at or after the shift's end: figures are final, "% of target" not pace.
    public var shiftOver: Bool { asOf >= shift.end }
    /// The previous working day's (`TeamDay.previousWorkingDay`) and the same weekday's a week
    /// before, when the look-back has them.
    public var yesterday: EarlierDay?
    public var lastWeek: EarlierDay?

    public init(_ model: TeamDay, at now: Instant) {
        date = model.day
        asOf = now
        teamName = model.settings.teamName
        mode = model.settings.mode
        currency = model.settings.currency
        calendar = model.calendar
        shift = model.shift
        func earlier(_ d: Day) -> EarlierDay? {
            let tallies = model.agents.compactMap { $0.earlier[d] }
            guard !tallies.isEmpty else { return nil }
            return EarlierDay(day: d, calls: tallies.reduce(0) { $0 + $1.calls }, sales: tallies.reduce(0) { $0 + $1.sales },
                              revenue: tallies.reduce(.zero) { $0 + $1.revenue })
        }
        yesterday = model.previousWorkingDay.flatMap(earlier)
        lastWeek = earlier(model.day.adding(days: -7))
        agents = model.agents.map { a in
            AgentLine(id: a.id, name: a.agent.name, team: a.agent.team, active: a.agent.active, state: a.state,
                      reason: a.reason, stateSince: a.since, stateStale: model.isStale(a, at: now),
                      figures: Figures(calls: a.calls, talkSeconds: a.talkSeconds,
                                       pauseSeconds: a.seconds(in: .pause, dayStart: model.dayStart, at: now),
                                       sales: a.sales, revenue: a.revenue, targetSales: model.salesTarget(of: a),
                                       targetRevenue: model.revenueTarget(of: a), reviewsToday: a.reviewsToday),
                      selling: model.figures(of: a, at: now), paceSales: model.salesPace(of: a, at: now)?.ratio,
                      absent: model.isAbsent(a, at: now))
        }
        let all = agents.map(\.figures)
        team = Team(agentsLoggedIn: TeamCounts(model, at: now).loggedIn,
                    figures: Figures(calls: model.teamCalls, talkSeconds: all.reduce(0) { $0 + $1.talkSeconds },
                                     pauseSeconds: all.reduce(0) { $0 + $1.pauseSeconds },
                                     sales: model.teamSales, revenue: model.teamRevenue,
                                     targetSales: model.teamSalesTarget(at: now), targetRevenue: model.teamRevenueTarget(at: now),
                                     reviewsToday: all.reduce(0) { $0 + $1.reviewsToday }),
                    paceSales: model.salesPace(at: now)?.ratio, paceRevenue: model.revenuePace(at: now)?.ratio,
                    shiftFraction: model.shift.fraction(at: now),
                    queues: model.queues.isEmpty ? nil : model.queues.total,
                    waitingNow: model.queues.isEmpty ? nil : model.queues.waitingNow(at: now).count,
                    selling: agents.reduce(SalesFigures()) { $0 + $1.selling },
                    plannedTargetSales: model.teamSalesTarget, plannedTargetRevenue: model.teamRevenueTarget)
        if let p = model.projection(of: team.selling, at: now) {
            team.projectedSales = p.sales
            team.projectedRevenue = p.revenue
        }
        let agenda = model.coachingAgenda()
        func session(_ e: AgendaEntry) -> Session {
            Session(id: e.item.id, agentName: e.item.agent.map { model.agent($0)?.agent.name ?? $0 },
                    kind: e.item.kind, title: e.item.title, due: e.item.due)
        }
        coaching = Coaching(
            pendingCalls: model.reviewQueue().map {
                PendingCall(id: $0.call.id, agentName: model.agent($0.call.agent)?.agent.name ?? $0.call.agent,
                            start: $0.call.start, duration: $0.call.duration, flagged: $0.reason == .flagged)
            },
            due: agenda.filter {
                switch $0.urgency {
                case .dueToday, .dueSoon: return true
                case .overdue, .upcoming: return false
                }
            }.map(session),
            overdue: agenda.filter(\.isOverdue).map(session),
            attention: model.suggestions(at: now))
        problems = model.problems
    }
}
