import CallboardModel
import CallboardUI

/// The report for e-mail and chat: a heading, the summary, tables, lists.
public enum ReportMarkdown {
    public static func render(_ r: DayReport) -> String {
        var out: [String] = []
        let wall = r.calendar.wallClock(r.asOf)
        out.append("# \(text(r.teamName)) — \(Format.date(r.date)), as of \(wall.shortTime)")
        out.append("")
        out.append("| | |")
        out.append("|---|---|")
        for (label, value) in ReportSummary.lines(r) { out.append("| \(label) | \(cell(value)) |") }
        out.append("")
        out.append("## Agents")
        out.append("")
        out.append("| Agent | State | Since | Calls | Talk | Paused | Sales | Revenue | Reviews |")
        out.append("|---|---|---|---:|---:|---:|---:|---:|---:|")
        for a in r.agents {
            var state = a.state.name
            if a.state == .pause, let reason = a.reason { state += " (\(reason))" }
            let since = a.stateSince.map { r.calendar.wallClock($0).shortTime } ?? ""
            let sales = a.figures.targetSales.map { "\(a.figures.sales)/\($0)" } ?? "\(a.figures.sales)"
            out.append("| \(cell(a.name)) | \(cell(state)) | \(since) | \(a.figures.calls) | \(Format.span(a.figures.talkSeconds)) | "
                       + "\(Format.span(a.figures.pauseSeconds)) | \(sales) | \(Format.amount(a.figures.revenue)) | \(a.figures.reviewsToday) |")
        }
        out.append("")
        out.append("## Coaching")
        out.append("")
        let calls = r.coaching.pendingReviewCalls
        out.append("- Calls waiting for review: \(calls.isEmpty ? "none" : calls.map(text).joined(separator: ", "))")
        for s in r.coaching.overdue { out.append("- **Overdue:** \(text(ReportSummary.session(s, on: r.date)))") }
        for s in r.coaching.due { out.append("- Due: \(text(ReportSummary.session(s, on: r.date)))") }
        if r.problems.count > 0 {
            out.append("")
            out.append("## Data problems (\(r.problems.count))")
            out.append("")
            for p in r.problems.items { out.append("- `\(Sanitizer.clean(p.description).filter { $0 != "`" })`") }
            if r.problems.dropped > 0 { out.append("- and \(r.problems.dropped) more") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Text from data, safe in Markdown: no control characters, no markup.
    static func text(_ s: String) -> String {
        var out = ""
        for c in Sanitizer.clean(s) {
            if "\\`*_[]<>|#".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    static func cell(_ s: String) -> String { text(s) }
}
