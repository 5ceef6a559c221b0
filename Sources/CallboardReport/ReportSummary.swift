import CallboardModel
import CallboardUI

/// The summary lines shared by the text and markdown reports.
enum ReportSummary {
    static func lines(_ r: DayReport) -> [(String, String)] {
        let t = r.team
        var sales = "\(t.figures.sales)"
        if let target = t.figures.targetSales { sales += " of \(target)" }
        if let pace = t.paceSales { sales += " · pace \(Format.percent(pace))" }
        var revenue = Format.money(t.figures.revenue, currency: Sanitizer.clean(r.currency))
        if let target = t.figures.targetRevenue { revenue = "\(Format.amount(t.figures.revenue)) of \(Format.money(target, currency: Sanitizer.clean(r.currency)))" }
        if let pace = t.paceRevenue { revenue += " · pace \(Format.percent(pace))" }
        var lines: [(String, String)] = [
            ("Team", "\(t.agentsLoggedIn) logged in · \(t.figures.calls) calls · talk \(Format.span(t.figures.talkSeconds)) · paused \(Format.span(t.figures.pauseSeconds))"),
            ("Sales", sales),
            ("Revenue", revenue),
            ("Shift", "\(Format.percent(t.shiftFraction)) done"),
            ("Reviews", "\(t.figures.reviewsToday) today · \(r.coaching.pendingReviewCalls.count) calls waiting"),
            ("Coaching", "\(r.coaching.due.count) due · \(r.coaching.overdue.count) overdue"),
        ]
        if r.problems.count > 0 {
            lines.append(("Problems", "\(r.problems.count) row\(r.problems.count == 1 ? "" : "s") rejected"))
        }
        return lines
    }

    /// `K1 one-on-one with Anna Kowalska: Monthly one-on-one (due 2026-11-20, 7 days late)`.
    static func session(_ s: DayReport.Session, on day: Day) -> String {
        let who = s.agentName.map { "with \(Sanitizer.clean($0))" } ?? "for the team"
        let late = day.days(since: s.due)
        let when = late > 0 ? "due \(s.due), \(late) day\(late == 1 ? "" : "s") late" : late == 0 ? "due today" : "due \(s.due)"
        return "\(Sanitizer.clean(s.id)) \(s.kind.rawValue) \(who): \(Sanitizer.clean(s.title)) (\(when))"
    }
}
