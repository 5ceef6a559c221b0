import CallboardModel
import CallboardUI

/// The report for e-mail and chat: a heading, the summary, tables, lists. In service mode
/// a table of queues comes before the agents, whose queue work takes the place of sales.
public enum ReportMarkdown {
    public static func render(_ r: DayReport, service: ServiceFigures? = nil) -> String {
        var out: [String] = []
        let wall = r.calendar.wallClock(r.asOf)
        out.append("# \(text(r.teamName)) — \(Format.date(r.date)), as of \(wall.shortTime)")
        out.append("")
        out.append("| | |")
        out.append("|---|---|")
        for (label, value) in ReportSummary.lines(r, service: service) { out.append("| \(label) | \(cell(value)) |") }
        out.append("")
        if r.mode == .service {
            if let service, !service.queues.isEmpty { out += queueTable(service) }
            out += serviceAgentTable(r, service: service)
        } else {
            out += salesAgentTable(r)
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

    static func salesAgentTable(_ r: DayReport) -> [String] {
        var out = ["## Agents", ""]
        out.append("| Agent | State | Since | Calls | Talk | Paused | Sales | Revenue | Reviews |")
        out.append("|---|---|---|---:|---:|---:|---:|---:|---:|")
        for a in r.agents {
            let sales = a.figures.targetSales.map { "\(a.figures.sales)/\($0)" } ?? "\(a.figures.sales)"
            out.append("| \(cell(a.name)) | \(cell(state(a))) | \(since(a, r)) | \(a.figures.calls) | \(Format.span(a.figures.talkSeconds)) | "
                       + "\(Format.span(a.figures.pauseSeconds)) | \(sales) | \(Format.amount(a.figures.revenue)) | \(a.figures.reviewsToday) |")
        }
        return out
    }

    /// Each queue's figures, and what its two service levels mean.
    static func queueTable(_ service: ServiceFigures) -> [String] {
        var out = ["## Queues", ""]
        out.append("| Queue | Offered | Answered | Abandoned | Abandon rate | SL | SL+ab | ASA | AHT | Longest wait | Waiting now |")
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for q in service.queues {
            out.append("| \(cell(q.name)) | " + ReportSummary.queueCells(q).joined(separator: " | ") + " |")
        }
        out.append("")
        out.append(text(ReportSummary.serviceLevelLegend(service)))
        out.append("")
        return out
    }

    /// A service desk's agents: queue answers, the callers' average hold and ring-no-answers
    /// in place of sales.
    static func serviceAgentTable(_ r: DayReport, service: ServiceFigures?) -> [String] {
        var out = ["## Agents", ""]
        out.append("| Agent | State | Since | Calls | Talk | Queue answers | Avg hold | Ring-no-answer | Paused | Reviews |")
        out.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|")
        for a in r.agents {
            let work = ReportSummary.workCells(service?.agents[a.id]).joined(separator: " | ")
            out.append("| \(cell(a.name)) | \(cell(state(a))) | \(since(a, r)) | \(a.figures.calls) | \(Format.span(a.figures.talkSeconds)) | "
                       + "\(work) | \(Format.span(a.figures.pauseSeconds)) | \(a.figures.reviewsToday) |")
        }
        return out
    }

    /// `pause (lunch)`: the state, with the reason of a pause.
    static func state(_ a: DayReport.AgentLine) -> String {
        var state = a.stateWord
        if a.state == .pause, let reason = a.reason { state += " (\(reason))" }
        return state
    }

    static func since(_ a: DayReport.AgentLine, _ r: DayReport) -> String {
        a.stateSince.map { r.calendar.wallClock($0).shortTime } ?? ""
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
