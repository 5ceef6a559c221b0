import CallboardModel

/// The report as JSON, schema 1 (docs/report-schema.md, docs/report.schema.json).
/// Counts are integers, durations whole seconds, money numbers with two decimals, times
/// ISO 8601 with the UTC offset; a figure that does not apply is null.
public enum ReportJSON {
    public static let schemaVersion = 1

    /// `service`: each queue's figures (`queues`); without them `queues` is empty.
    public static func render(_ r: DayReport, service: ServiceFigures? = nil) -> String {
        document(r, service: service).pretty() + "\n"
    }

    public static func document(_ r: DayReport, service: ServiceFigures? = nil) -> JSON {
        let t = r.team
        return .object([
            ("schema", .int(schemaVersion)),
            ("date", .string(r.date.description)),
            ("as_of", .string(r.calendar.iso8601(r.asOf))),
            ("team_name", .string(r.teamName)),
            ("mode", .string(r.mode.rawValue)),
            ("currency", .string(r.currency)),
            ("team", .object([("agents_logged_in", .int(t.agentsLoggedIn))] + figures(t.figures) + [
                ("pace_sales", .decimal(t.paceSales)),
                ("pace_revenue", .decimal(t.paceRevenue)),
                ("shift_elapsed", .decimal(t.shiftFraction)),
                // From the phone system's queue log; null without one.
                ("offered", .int(t.queues?.offered)),
                ("answered", .int(t.queues?.answered)),
                ("abandoned", .int(t.queues?.abandoned)),
                ("service_level", .decimal(t.queues?.serviceLevel)),
                ("service_level_with_abandons", .decimal(t.queues?.serviceLevelWithAbandons)),
                ("asa_s", .int(t.queues?.averageSpeedOfAnswer)),
                ("aht_s", .int(t.queues?.averageHandlingTime)),
                ("abandon_rate", .decimal(t.queues?.abandonRate)),
                ("longest_wait_s", .int(t.queues.flatMap { $0.answered + $0.abandoned > 0 ? $0.longestWait : nil })),
                ("waiting_now", .int(t.waitingNow)),
                ("service_level_threshold_s", .int(service?.threshold)),
            ])),
            ("queues", .array((service?.queues ?? []).map(queue))),
            ("agents", .array(r.agents.map { a in
                .object([
                    ("id", .string(a.id)),
                    ("name", .string(a.name)),
                    ("team", .string(a.team)),
                    ("active", .bool(a.active)),
                    ("state", .string(a.state.name)),
                    ("reason", .string(a.reason)),
                    ("state_since", a.stateSince.map { .string(r.calendar.iso8601($0)) } ?? .null),
                    ("state_stale", .bool(a.stateStale)),
                ] + figures(a.figures))
            })),
            ("coaching", .object([
                ("pending_reviews", .int(r.coaching.pendingReviewCalls.count)),
                ("due_sessions", .int(r.coaching.dueSessions.count)),
                ("overdue_sessions", .int(r.coaching.overdueSessions.count)),
                ("pending_review_calls", .array(r.coaching.pendingReviewCalls.map(JSON.string))),
                ("due_session_ids", .array(r.coaching.dueSessions.map(JSON.string))),
                ("overdue_session_ids", .array(r.coaching.overdueSessions.map(JSON.string))),
            ])),
            ("problems", .object([
                ("count", .int(r.problems.count)),
                ("entries", .array(r.problems.items.map { .string($0.description) })),
            ])),
        ])
    }

    /// One queue's figures, as the team's are named.
    static func queue(_ q: ServiceFigures.Queue) -> JSON {
        let s = q.stats
        return .object([
            ("name", .string(q.name)),
            ("offered", .int(s.offered)),
            ("answered", .int(s.answered)),
            ("abandoned", .int(s.abandoned)),
            ("exited", .int(s.exited)),
            ("completed", .int(s.completed)),
            ("abandon_rate", .decimal(s.abandonRate)),
            ("service_level", .decimal(s.serviceLevel)),
            ("service_level_with_abandons", .decimal(s.serviceLevelWithAbandons)),
            ("asa_s", .int(s.averageSpeedOfAnswer)),
            ("aht_s", .int(s.averageHandlingTime)),
            ("longest_wait_s", .int(s.answered + s.abandoned > 0 ? s.longestWait : nil)),
            ("waiting_now", .int(q.waitingNow)),
        ])
    }

    /// The keys an agent and the team share, in this order.
    static func figures(_ f: DayReport.Figures) -> [(String, JSON)] {
        [
            ("calls", .int(f.calls)),
            ("talk_s", .int(f.talkSeconds)),
            ("pause_s", .int(f.pauseSeconds)),
            ("sales", .int(f.sales)),
            ("revenue", .money(f.revenue)),
            ("target_sales", .int(f.targetSales)),
            ("target_revenue", .money(f.targetRevenue)),
            ("reviews_today", .int(f.reviewsToday)),
        ]
    }
}
