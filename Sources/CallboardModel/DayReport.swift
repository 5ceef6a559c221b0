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
        /// Calls waiting for review, in the coaching panel's order.
        public var pendingReviewCalls: [String]
        /// Sessions due today or within the "due soon" days.
        public var due: [Session]
        /// Most overdue first.
        public var overdue: [Session]
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

    public init(_ model: TeamDay, at now: Instant) {
        date = model.day
        asOf = now
        teamName = model.settings.teamName
        mode = model.settings.mode
        currency = model.settings.currency
        calendar = model.calendar
        agents = model.agents.map { a in
            AgentLine(id: a.id, name: a.agent.name, team: a.agent.team, active: a.agent.active, state: a.state,
                      reason: a.reason, stateSince: a.since, stateStale: model.isStale(a, at: now),
                      figures: Figures(calls: a.calls, talkSeconds: a.talkSeconds,
                                       pauseSeconds: a.seconds(in: .pause, dayStart: model.dayStart, at: now),
                                       sales: a.sales, revenue: a.revenue, targetSales: a.agent.dailySalesTarget,
                                       targetRevenue: a.agent.dailyRevenueTarget, reviewsToday: a.reviewsToday))
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
                    waitingNow: model.queues.isEmpty ? nil : model.queues.waitingNow(at: now).count)
        let agenda = model.coachingAgenda()
        func session(_ e: AgendaEntry) -> Session {
            Session(id: e.item.id, agentName: e.item.agent.map { model.agent($0)?.agent.name ?? $0 },
                    kind: e.item.kind, title: e.item.title, due: e.item.due)
        }
        coaching = Coaching(
            pendingReviewCalls: model.reviewQueue().map(\.call.id),
            due: agenda.filter {
                switch $0.urgency {
                case .dueToday, .dueSoon: return true
                case .overdue, .upcoming: return false
                }
            }.map(session),
            overdue: agenda.filter(\.isOverdue).map(session))
        problems = model.problems
    }
}
