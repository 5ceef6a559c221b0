import CallboardModel

/// The report as JSON, schema 2 (docs/report-schema.md, docs/report.schema.json); schema 1
/// on request (docs/report.schema-1.json), for readers written for it.
/// Counts are integers, durations whole seconds, money numbers with two decimals, times
/// ISO 8601 with the UTC offset; a figure that does not apply is null.
public enum ReportJSON {
    public static let schemaVersion = 2
    /// The versions `render` can write.
    public static let schemaVersions = 1...2

    /// `service`: each queue's figures (`queues`), the targets and the day by the hour
    /// (`service`); without them `queues` is empty and `service` null.
    public static func render(_ r: DayReport, service: ServiceFigures? = nil, schema: Int = schemaVersion) -> String {
        document(r, service: service, schema: schema).pretty() + "\n"
    }

    /// Schema 2 adds the figures of docs/kpis.md and changes one meaning: the team's
    /// `target_sales` and `target_revenue` leave absent agents out (`planned_target_*` keeps
    /// them). Schema 1 is the document as it was: the planned targets, none of the new keys.
    public static func document(_ r: DayReport, service: ServiceFigures? = nil, schema: Int = schemaVersion) -> JSON {
        let t = r.team
        let two = schema >= 2
        var teamFigures = t.figures
        if !two {
            teamFigures.targetSales = t.plannedTargetSales
            teamFigures.targetRevenue = t.plannedTargetRevenue
        }
        var team: [(String, JSON)] = [("agents_logged_in", .int(t.agentsLoggedIn))] + figures(teamFigures) + [
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
        ]
        if two {
            team += selling(t.selling) + [
                ("planned_target_sales", .int(t.plannedTargetSales)),
                ("planned_target_revenue", .money(t.plannedTargetRevenue)),
                ("shift_over", .bool(r.shiftOver)),
                ("projected_sales", projection(t.projectedSales, money: false)),
                ("projected_revenue", projection(t.projectedRevenue, money: true)),
                ("absent_agents", .array(r.agents.filter(\.absent).map { .string($0.id) })),
            ]
        }
        var top: [(String, JSON)] = [
            ("schema", .int(two ? 2 : 1)),
            ("date", .string(r.date.description)),
            ("as_of", .string(r.calendar.iso8601(r.asOf))),
            ("team_name", .string(r.teamName)),
            ("mode", .string(r.mode.rawValue)),
            ("currency", .string(r.currency)),
            ("team", .object(team)),
            ("queues", .array((service?.queues ?? []).map(queue))),
            ("agents", .array(r.agents.map { a in
                var keys: [(String, JSON)] = [
                    ("id", .string(a.id)),
                    ("name", .string(a.name)),
                    ("team", .string(a.team)),
                    ("active", .bool(a.active)),
                    ("state", .string(a.state.name)),
                    ("reason", .string(a.reason)),
                    ("state_since", a.stateSince.map { .string(r.calendar.iso8601($0)) } ?? .null),
                    ("state_stale", .bool(a.stateStale)),
                ] + figures(a.figures)
                if two { keys += selling(a.selling) + [("pace_sales", .decimal(a.paceSales)), ("absent", .bool(a.absent))] }
                return .object(keys)
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
        ]
        if two {
            top += [("yesterday", earlier(r.yesterday)), ("week_ago", earlier(r.lastWeek)),
                    ("service", service.map { serviceHours($0, r) } ?? .null)]
        }
        return .object(top)
    }

    /// `[service]`'s targets and the day by the hour, all queues together, each figure judged
    /// against its target (null where there is no target or no figure).
    static func serviceHours(_ s: ServiceFigures, _ r: DayReport) -> JSON {
        func met(_ v: Bool?) -> JSON { v.map(JSON.bool) ?? .null }
        return .object([
            ("target_service_level", .decimal(s.targets.serviceLevel)),
            ("target_abandon_rate", .decimal(s.targets.abandonRate)),
            ("target_asa_s", .int(s.targets.averageSpeedOfAnswer)),
            ("hours", .array(s.hours.map { h in
                .object([
                    ("hour", .int(r.calendar.wallClock(h.start).hour)),
                    ("start", .string(r.calendar.iso8601(h.start))),
                    ("offered", .int(h.stats.offered)),
                    ("answered", .int(h.stats.answered)),
                    ("abandoned", .int(h.stats.abandoned)),
                    ("service_level", .decimal(h.stats.serviceLevel)),
                    ("abandon_rate", .decimal(h.stats.abandonRate)),
                    ("asa_s", .int(h.stats.averageSpeedOfAnswer)),
                    ("sl_met", met(h.met.serviceLevel)),
                    ("abandon_met", met(h.met.abandonRate)),
                    ("asa_met", met(h.met.averageSpeedOfAnswer)),
                ])
            })),
        ])
    }

    /// Conversion, average sale, revenue per hour and time logged in (docs/kpis.md).
    static func selling(_ f: SalesFigures) -> [(String, JSON)] {
        [("conversion", .decimal(f.conversion)), ("average_sale", .money(f.averageSale)),
         ("revenue_per_hour", .money(f.revenuePerHour)), ("logged_in_s", .int(f.loggedInSeconds))]
    }

    /// `{expected, low, high}`, or null before the shift.
    static func projection(_ p: Projection?, money: Bool) -> JSON {
        guard let p else { return .null }
        func value(_ v: Double) -> JSON { money ? .money(Money(cents: Int64((v * 100).rounded()))) : .decimal(v) }
        return .object([("expected", value(p.expected)), ("low", value(p.low)), ("high", value(p.high))])
    }

    /// An earlier day's team totals, or null when the look-back has no such day.
    static func earlier(_ d: DayReport.EarlierDay?) -> JSON {
        guard let d else { return .null }
        return .object([("date", .string(d.day.description)), ("calls", .int(d.calls)), ("sales", .int(d.sales)),
                        ("revenue", .money(d.revenue))])
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
