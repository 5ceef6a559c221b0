import CallboardModel
import CallboardText

/// The report for a terminal or a plain e-mail: a summary, then one line per agent (in
/// service mode, one per queue before them, and queue work in place of sales).
/// Everything from data is sanitized: no escape sequence reaches the terminal.
public enum ReportText {
    public static func render(_ r: DayReport, service: ServiceFigures? = nil, language l: Language = .english) -> String {
        var out: [String] = []
        let clean: (String) -> String = Sanitizer.clean
        out.append(clean(ReportProse.heading(r, l)))
        out.append("")
        let summary = ReportProse.summary(r, service: service, l)
        let labelWidth = summary.map { TextWidth.of($0.0) }.max().map { $0 + 2 } ?? 10
        for (label, value) in summary { out.append(Format.pad(clean(label), labelWidth) + clean(value)) }
        out.append("")
        if r.mode == .service {
            out += serviceTables(r, service: service, l)
        } else {
            out += agentLines(r, l)
        }
        out.append("")
        let coaching = ReportProse.coaching(r, l)
        let coachingWidth = coaching.map { TextWidth.of($0.0) }.max().map { $0 + 2 } ?? 10
        for (label, value) in coaching { out.append(Format.pad(clean(label), coachingWidth) + clean(value)) }
        if r.problems.count > 0 {
            out.append("")
            out.append(clean(ReportProse.t(l, "Data problems ({n})", ["n": "\(r.problems.count)"])) + ":")
            for p in r.problems.items { out.append("  " + clean(p.description)) }
            if r.problems.dropped > 0 { out.append("  " + ReportProse.t(l, "and {n} more", ["n": "\(r.problems.dropped)"])) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The sales team's agents ranked by result, in columns as wide as their widest cell.
    static func agentLines(_ r: DayReport, _ l: Language) -> [String] {
        let table = ReportProse.agentTable(r, l)
        let cells = [table.header] + table.rows.map { $0.map(Sanitizer.clean) }
        let widths = table.header.indices.map { c in cells.map { TextWidth.of($0[c]) }.max() ?? 0 }
        return cells.map { row in
            var line = row.indices.map { Format.pad(row[$0], widths[$0], right: $0 > 0) }.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// A service desk's queues, its day by the hour against the targets, then its agents:
    /// calls, talk, queue answers, the callers' average hold, ring-no-answers, pauses.
    static func serviceTables(_ r: DayReport, service: ServiceFigures?, _ l: Language) -> [String] {
        var out: [String] = []
        let clean: (String) -> String = Sanitizer.clean
        if let service, !service.queues.isEmpty {
            let widths = [7, 8, 9, 6, 4, 5, 5, 5, 7, 7]
            let titles = ["Offered", "Answered", "Abandoned", "Aband%", "SL", "SL+ab", "ASA", "AHT", "Longest", "Waiting"]
            out.append(([Format.pad("Queue", 16)] + zip(titles, widths).map { Format.pad($0, $1, right: true) }).joined(separator: " "))
            for q in service.queues {
                let cells = zip(ReportSummary.queueCells(q), widths).map { Format.pad($0, $1, right: true) }
                out.append(([Format.pad(clean(q.name), 16)] + cells).joined(separator: " "))
            }
            out.append(ReportSummary.serviceLevelLegend(service))
            out.append("")
        }
        if let service, !service.hours.isEmpty { out += hourLines(r, service: service, l) + [""] }
        let header = [Format.pad("Agent", 22), Format.pad("State", 9), Format.pad("Since", 5), Format.pad("Calls", 5, right: true),
                      Format.pad("Talk", 6, right: true), Format.pad("Answered", 8, right: true), Format.pad("Hold", 5, right: true),
                      Format.pad("No-ans", 6, right: true), Format.pad("Paused", 6, right: true), Format.pad("Reviews", 7, right: true)]
        out.append(header.joined(separator: " "))
        for a in r.agents {
            let work = ReportSummary.workCells(service?.agents[a.id])
            out.append(agentLine(agentHead(a, r) + [
                Format.pad(work[0], 8, right: true), Format.pad(work[1], 5, right: true), Format.pad(work[2], 6, right: true),
                Format.pad(Format.span(a.figures.pauseSeconds), 6, right: true),
                Format.pad("\(a.figures.reviewsToday)", 7, right: true),
            ], a))
        }
        out.append("Answered: queue calls answered; Hold: their callers' average wait; No-ans: queue calls that rang unanswered.")
        return out
    }

    /// The day by the hour (`ReportHours`): the targets, a row an hour in columns as wide as
    /// their widest cell, the hours that missed a target, what the marks mean.
    static func hourLines(_ r: DayReport, service: ServiceFigures, _ l: Language) -> [String] {
        var out = [ReportHours.title(l), ReportHours.targets(service, l)]
        let cells = [ReportHours.header(l)] + service.hours.map { ReportHours.cells($0, r, l, aligned: true) }
        let widths = cells[0].indices.map { c in cells.map { TextWidth.of($0[c]) }.max() ?? 0 }
        out += cells.map { row in
            var line = row.indices.map { Format.pad(row[$0], widths[$0], right: $0 > 0) }.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }
        if let missed = ReportHours.missed(service, r, l) { out.append(missed) }
        if let legend = ReportHours.legend(service, l) { out.append(legend) }
        return out
    }

    /// The cells every agent row starts with: name, state, since, calls, talk.
    static func agentHead(_ a: DayReport.AgentLine, _ r: DayReport) -> [String] {
        [Format.pad(Sanitizer.clean(a.name), 22), Format.pad(a.stateWord, 9),
         Format.pad(a.stateSince.map { r.calendar.wallClock($0).shortTime } ?? "", 5),
         Format.pad("\(a.figures.calls)", 5, right: true), Format.pad(Format.span(a.figures.talkSeconds), 6, right: true)]
    }

    /// An agent's row: its cells, a pause's reason after them, no trailing spaces.
    static func agentLine(_ cells: [String], _ a: DayReport.AgentLine) -> String {
        var line = cells.joined(separator: " ")
        if a.state == .pause, let reason = a.reason { line += "  (\(Sanitizer.clean(reason)))" }
        while line.last == " " { line.removeLast() }
        return line
    }
}
