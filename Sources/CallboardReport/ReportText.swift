import CallboardModel
import CallboardUI

/// The report for a terminal or a plain e-mail: a summary, then one line per agent.
/// Everything from data is sanitized: no escape sequence reaches the terminal.
public enum ReportText {
    public static func render(_ r: DayReport) -> String {
        var out: [String] = []
        let clean: (String) -> String = Sanitizer.clean
        let wall = r.calendar.wallClock(r.asOf)
        out.append("\(clean(r.teamName)) · \(Format.date(r.date)) · as of \(wall.time)")
        out.append("")
        for (label, value) in ReportSummary.lines(r) {
            out.append(Format.pad(label, 10) + value)
        }
        out.append("")
        let header = [Format.pad("Agent", 22), Format.pad("State", 9), Format.pad("Since", 5), Format.pad("Calls", 5, right: true),
                      Format.pad("Talk", 6, right: true), Format.pad("Paused", 6, right: true),
                      Format.pad("Sales", 5, right: true), Format.pad("Revenue", 9, right: true),
                      Format.pad("Reviews", 7, right: true)]
        out.append(header.joined(separator: " "))
        for a in r.agents {
            let state = a.state.name
            let cells = [Format.pad(clean(a.name), 22), Format.pad(state, 9),
                         Format.pad(a.stateSince.map { r.calendar.wallClock($0).shortTime } ?? "", 5),
                         Format.pad("\(a.figures.calls)", 5, right: true), Format.pad(Format.span(a.figures.talkSeconds), 6, right: true),
                         Format.pad(Format.span(a.figures.pauseSeconds), 6, right: true),
                         Format.pad(a.figures.targetSales.map { "\(a.figures.sales)/\($0)" } ?? "\(a.figures.sales)", 5, right: true),
                         Format.pad(Format.amount(a.figures.revenue), 9, right: true),
                         Format.pad("\(a.figures.reviewsToday)", 7, right: true)]
            var line = cells.joined(separator: " ")
            if a.state == .pause, let reason = a.reason { line += "  (\(clean(reason)))" }
            while line.last == " " { line.removeLast() }
            out.append(line)
        }
        if !r.coaching.overdue.isEmpty || !r.coaching.due.isEmpty {
            out.append("")
            for s in r.coaching.overdue {
                out.append("Overdue   \(ReportSummary.session(s, on: r.date))")
            }
            for s in r.coaching.due {
                out.append("Due       \(ReportSummary.session(s, on: r.date))")
            }
        }
        if r.problems.count > 0 {
            out.append("")
            out.append("Data problems (\(r.problems.count)):")
            for p in r.problems.items { out.append("  " + clean(p.description)) }
            if r.problems.dropped > 0 { out.append("  and \(r.problems.dropped) more") }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
