import CallboardModel
import CallboardUI

/// The summary lines shared by the text and markdown reports, and the wording of their
/// service-mode figures.
enum ReportSummary {
    static func lines(_ r: DayReport, service: ServiceFigures? = nil) -> [(String, String)] {
        let t = r.team
        var lines: [(String, String)] = [
            ("Team", "\(t.agentsLoggedIn) logged in · \(t.figures.calls) calls · talk \(Format.span(t.figures.talkSeconds)) · paused \(Format.span(t.figures.pauseSeconds))"),
        ]
        lines += r.mode == .service ? queueLines(r, service: service) : salesLines(r)
        lines += [
            ("Shift", "\(Format.percent(t.shiftFraction)) done"),
            ("Reviews", "\(t.figures.reviewsToday) today · \(r.coaching.pendingReviewCalls.count) calls waiting"),
            ("Coaching", "\(r.coaching.due.count) due · \(r.coaching.overdue.count) overdue"),
        ]
        if r.problems.count > 0 {
            lines.append(("Problems", "\(r.problems.count) row\(r.problems.count == 1 ? "" : "s") rejected"))
        }
        return lines
    }

    static func salesLines(_ r: DayReport) -> [(String, String)] {
        let t = r.team
        var sales = "\(t.figures.sales)"
        if let target = t.figures.targetSales { sales += " of \(target)" }
        if let pace = t.paceSales { sales += " · pace \(Format.percent(pace))" }
        var revenue = Format.money(t.figures.revenue, currency: Sanitizer.clean(r.currency))
        if let target = t.figures.targetRevenue { revenue = "\(Format.amount(t.figures.revenue)) of \(Format.money(target, currency: Sanitizer.clean(r.currency)))" }
        if let pace = t.paceRevenue { revenue += " · pace \(Format.percent(pace))" }
        return [("Sales", sales), ("Revenue", revenue)]
    }

    /// A service desk's day: all queues together, in place of sales and revenue.
    static func queueLines(_ r: DayReport, service: ServiceFigures?) -> [(String, String)] {
        guard let q = r.team.queues else { return [("Queues", "no queue calls (queue_log: see docs/asterisk.md)")] }
        let rate = q.abandonRate.map { " (\(Format.percent($0)))" } ?? ""
        return [
            ("Queues", "\(q.offered) offered · \(q.answered) answered · \(q.abandoned) abandoned\(rate) · \(r.team.waitingNow ?? 0) waiting now"),
            ("Service", "answered within \(threshold(service)): \(percent(q.serviceLevel)) of answered (Asterisk) · "
                + "\(percent(q.serviceLevelWithAbandons)) of answered + abandoned"),
            ("Times", "ASA \(clock(q.averageSpeedOfAnswer)) · AHT \(clock(q.averageHandlingTime)) · longest wait \(longestWait(q))"),
        ]
    }

    /// `20s`; without the figures, the setting's name.
    static func threshold(_ service: ServiceFigures?) -> String {
        service.map { "\($0.threshold)s" } ?? "level_seconds"
    }

    /// What the two service levels mean, under a table of queues.
    static func serviceLevelLegend(_ service: ServiceFigures?) -> String {
        let within = "answered within \(threshold(service))"
        return "SL: \(within) ÷ answered (Asterisk's definition); SL+ab: \(within) ÷ (answered + abandoned)."
    }

    /// Offered, answered, abandoned, abandon rate, SL, SL with abandons, ASA, AHT, longest
    /// wait, waiting now: one queue's cells in the text and Markdown tables.
    static func queueCells(_ q: ServiceFigures.Queue) -> [String] {
        let s = q.stats
        return ["\(s.offered)", "\(s.answered)", "\(s.abandoned)", percent(s.abandonRate), percent(s.serviceLevel),
                percent(s.serviceLevelWithAbandons), clock(s.averageSpeedOfAnswer), clock(s.averageHandlingTime),
                longestWait(s), "\(q.waitingNow)"]
    }

    /// Queue answers, average hold, ring-no-answers of one agent; `-` without the figures.
    static func workCells(_ work: ServiceFigures.AgentWork?) -> [String] {
        guard let work else { return ["-", "-", "-"] }
        return ["\(work.queueAnswers)", clock(work.averageHold), "\(work.ringNoAnswers)"]
    }

    /// The longest wait of an answered or abandoned call; `-` when there was none.
    static func longestWait(_ s: QueueStats) -> String {
        s.answered + s.abandoned > 0 ? Format.clock(s.longestWait) : "-"
    }

    static func percent(_ v: Double?) -> String { v.map { Format.percent($0) } ?? "-" }

    static func clock(_ seconds: Int?) -> String { seconds.map(Format.clock) ?? "-" }

    /// `K1 one-on-one with Anna Kowalska: Monthly one-on-one (due 2026-11-20, 7 days late)`.
    static func session(_ s: DayReport.Session, on day: Day) -> String {
        let who = s.agentName.map { "with \(Sanitizer.clean($0))" } ?? "for the team"
        let late = day.days(since: s.due)
        let when = late > 0 ? "due \(s.due), \(late) day\(late == 1 ? "" : "s") late" : late == 0 ? "due today" : "due \(s.due)"
        return "\(Sanitizer.clean(s.id)) \(s.kind.rawValue) \(who): \(Sanitizer.clean(s.title)) (\(when))"
    }
}
