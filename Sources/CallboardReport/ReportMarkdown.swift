import CallboardModel
import CallboardText

/// The report for e-mail and chat: a heading, the summary, tables, lists. In service mode
/// a table of queues comes before the agents, whose queue work takes the place of sales.
public enum ReportMarkdown {
    public static func render(_ r: DayReport, service: ServiceFigures? = nil, language l: Language = .english) -> String {
        var out: [String] = []
        out.append("# \(text(ReportProse.heading(r, l)))")
        out.append("")
        out.append("## " + ReportProse.t(l, "Summary"))
        out.append("")
        out.append("| | |")
        out.append("|---|---|")
        for (label, value) in ReportProse.summary(r, service: service, l) { out.append("| \(cell(label)) | \(cell(value)) |") }
        out.append("")
        if r.mode == .service {
            if let service, !service.queues.isEmpty { out += queueTable(service) }
            if let service, !service.hours.isEmpty { out += hourTable(r, service: service, l) }
            out += serviceAgentTable(r, service: service)
        } else {
            out += ["## " + ReportProse.t(l, "Agents"), ""]
            let table = ReportProse.agentTable(r, l)
            out.append("| # | " + table.header.map(cell).joined(separator: " | ") + " |")
            out.append("|---:|---|" + Array(repeating: "---:", count: table.header.count - 1).joined(separator: "|") + "|")
            for (k, row) in table.rows.enumerated() { out.append("| \(k + 1) | " + row.map(cell).joined(separator: " | ") + " |") }
        }
        out.append("")
        out.append("## " + ReportProse.t(l, "Coaching"))
        out.append("")
        for (label, value) in ReportProse.coaching(r, l) { out.append("- **\(text(label)):** \(text(value))") }
        if r.problems.count > 0 {
            out.append("")
            out.append("## " + ReportProse.t(l, "Data problems ({n})", ["n": "\(r.problems.count)"]))
            out.append("")
            for p in r.problems.items { out.append("- `\(Sanitizer.clean(p.description).filter { $0 != "`" })`") }
            if r.problems.dropped > 0 { out.append("- " + ReportProse.t(l, "and {n} more", ["n": "\(r.problems.dropped)"])) }
        }
        return out.joined(separator: "\n") + "\n"
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

    /// The day by the hour (`ReportHours`): the targets, a row an hour, the hours that missed
    /// a target, what the marks mean.
    static func hourTable(_ r: DayReport, service: ServiceFigures, _ l: Language) -> [String] {
        var out = ["## " + ReportHours.title(l), "", text(ReportHours.targets(service, l)), ""]
        let header = ReportHours.header(l)
        out.append("| " + header.map(cell).joined(separator: " | ") + " |")
        out.append("|---|" + Array(repeating: "---:", count: header.count - 1).joined(separator: "|") + "|")
        for h in service.hours { out.append("| " + ReportHours.cells(h, r, l, aligned: false).map(cell).joined(separator: " | ") + " |") }
        out.append("")
        for line in [ReportHours.missed(service, r, l), ReportHours.legend(service, l)].compactMap({ $0 }) {
            out += [text(line), ""]
        }
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
