import CallboardModel
import CallboardText
import Foundation

/// The week's or the month's report (`report --period`): the team's result so far against the
/// period's targets, the agents ranked by it, the same days of the period before, then coaching
/// as the day report has it. Text and Markdown in the report's language, JSON and CSV with ids.
public enum ReportPeriod {
    static func t(_ l: Language, _ english: String, _ params: [String: String] = [:]) -> String {
        ReportProse.t(l, english, params)
    }

    public static func render(_ r: PeriodReport, format: ReportFormat, language l: Language = .english) -> String {
        switch format {
        case .text: return text(r, l)
        case .markdown: return markdown(r, l)
        case .json: return json(r)
        case .csv: return csv(r)
        }
    }

    /// `Sales team — week Mon 30 Nov 2026 to Sun 6 Dec 2026, as of Tue 1 Dec 2026 14:00`.
    static func heading(_ r: PeriodReport, _ l: Language) -> String {
        let span = t(l, "{first} to {last}", ["first": Format.date(r.first, language: l), "last": Format.date(r.last, language: l)])
        let what = r.period == .week ? t(l, "week {span}", ["span": span]) : t(l, "month {span}", ["span": span])
        if r.periodOver { return t(l, "{team} — {period}, final", ["team": r.day.teamName, "period": what]) }
        let now = "\(Format.date(r.day.date, language: l)) \(r.day.calendar.wallClock(r.day.asOf).shortTime)"
        return t(l, "{team} — {period}, as of {time}", ["team": r.day.teamName, "period": what, "time": now])
    }

    /// `12 of 20 so far (60%) · 45 in all · heading for 33`.
    static func result(_ actual: String, toDate: String?, share: Double?, whole: String?, projected: String?, _ l: Language) -> String {
        var text = actual
        if let toDate {
            text = t(l, "{actual} of {expected} so far", ["actual": actual, "expected": toDate])
            if let share { text += " (\(Format.percent(share, language: l)))" }
        }
        if let whole { text += " · " + t(l, "{target} in all", ["target": whole]) }
        if let projected { text += " · " + t(l, "heading for {expected}", ["expected": projected]) }
        return text
    }

    static func summary(_ r: PeriodReport, _ l: Language) -> [(String, String)] {
        let team = r.team
        let currency = Sanitizer.clean(r.day.currency)
        var lines: [(String, String)] = []
        lines.append((t(l, "Sales"), result("\(team.sales)", toDate: team.salesTargetToDate.map(ReportProse.whole), share: team.salesShare,
                                             whole: team.salesTarget.map { "\($0)" },
                                             projected: r.periodOver ? nil : team.projectedSales.map(ReportProse.whole), l)))
        lines.append((t(l, "Revenue"), result(Format.money(team.revenue, currency: currency, language: l),
                                               toDate: team.revenueTargetToDate.map { ReportProse.amount($0, l) }, share: team.revenueShare,
                                               whole: team.revenueTarget.map { Format.money($0, currency: currency, language: l) },
                                               projected: r.periodOver ? nil : team.projectedRevenue.map { ReportProse.amount($0, l) }, l)))
        var calls = "\(team.calls)"
        if let c = team.conversion { calls += " · " + t(l, "conversion {rate}", ["rate": Format.percent(c, language: l)]) }
        if let a = team.averageSale {
            calls += " · " + t(l, "average sale {amount}", ["amount": Format.money(a, currency: currency, language: l)])
        }
        lines.append((t(l, "Calls"), calls))
        let rated = ranked(r).filter { $0.salesShare != nil }
        if let best = rated.first { lines.append((t(l, "Best"), standing(best, l))) }
        if rated.count > 1, let weakest = rated.last { lines.append((t(l, "Weakest"), standing(weakest, l))) }
        let absent = r.agents.filter { $0.daysAbsent > 0 }.map {
            "\($0.name) (" + l.plural($0.daysAbsent, one: "{n} day", other: "{n} days", context: "report") + ")"
        }
        if !absent.isEmpty { lines.append((t(l, "Absent"), absent.joined(separator: ", "))) }
        if let p = r.previous {
            let label = r.period == .week ? t(l, "Last week") : t(l, "Last month")
            lines.append((label, t(l, "{first} to {last}: sales {sales} · revenue {revenue} · calls {calls}",
                                   ["first": Format.date(p.first, language: l), "last": Format.date(p.last, language: l),
                                    "sales": "\(p.sales)", "revenue": Format.money(p.revenue, currency: currency, language: l),
                                    "calls": "\(p.calls)"])))
        }
        return lines
    }

    /// Agents ranked by sales against what their targets expect by now, then by sales, then name.
    static func ranked(_ r: PeriodReport) -> [PeriodReport.Line] {
        r.agents.sorted { a, b in
            let x = a.salesShare ?? -1, y = b.salesShare ?? -1
            if x != y { return x > y }
            if a.sales != b.sales { return a.sales > b.sales }
            return a.name < b.name
        }
    }

    /// `Anna Kowalska (12/10, 120%)`.
    static func standing(_ a: PeriodReport.Line, _ l: Language) -> String {
        let expected = a.salesTargetToDate.map { "/" + ReportProse.whole($0) } ?? ""
        return "\(a.name) (\(a.sales)\(expected)" + (a.salesShare.map { ", " + Format.percent($0, language: l) } ?? "") + ")"
    }

    static func agentTable(_ r: PeriodReport, _ l: Language) -> (header: [String], rows: [[String]]) {
        let header = [t(l, "Agent"), t(l, "Sales"), t(l, "% of target"), t(l, "Revenue"), t(l, "Calls"), t(l, "Conversion"),
                      t(l, "Avg sale"), t(l, "Days worked"), t(l, "Days absent")]
        let rows = ranked(r).map { a -> [String] in
            [a.name, a.salesTargetToDate.map { "\(a.sales)/\(ReportProse.whole($0))" } ?? "\(a.sales)",
             a.salesShare.map { Format.percent($0, language: l) } ?? "-", Format.amount(a.revenue, language: l), "\(a.calls)",
             a.conversion.map { Format.percent($0, language: l) } ?? "-", a.averageSale.map { Format.amount($0, language: l) } ?? "-",
             "\(a.daysWorked)", "\(a.daysAbsent)"]
        }
        return (header, rows)
    }

    static func text(_ r: PeriodReport, _ l: Language) -> String {
        let clean: (String) -> String = Sanitizer.clean
        var out = [clean(heading(r, l)), ""]
        func block(_ lines: [(String, String)]) {
            let width = lines.map { TextWidth.of($0.0) }.max().map { $0 + 2 } ?? 10
            for (label, value) in lines { out.append(Format.pad(clean(label), width) + clean(value)) }
        }
        block(summary(r, l))
        out.append("")
        let table = agentTable(r, l)
        let cells = [table.header] + table.rows.map { $0.map(clean) }
        let widths = table.header.indices.map { c in cells.map { TextWidth.of($0[c]) }.max() ?? 0 }
        for row in cells {
            var line = row.indices.map { Format.pad(row[$0], widths[$0], right: $0 > 0) }.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            out.append(line)
        }
        out.append("")
        block(ReportProse.coaching(r.day, l))
        return out.joined(separator: "\n") + "\n"
    }

    static func markdown(_ r: PeriodReport, _ l: Language) -> String {
        var out = ["# \(ReportMarkdown.text(heading(r, l)))", "", "## " + t(l, "Summary"), "", "| | |", "|---|---|"]
        for (label, value) in summary(r, l) { out.append("| \(ReportMarkdown.cell(label)) | \(ReportMarkdown.cell(value)) |") }
        out += ["", "## " + t(l, "Agents"), ""]
        let table = agentTable(r, l)
        out.append("| # | " + table.header.map(ReportMarkdown.cell).joined(separator: " | ") + " |")
        out.append("|---:|---|" + Array(repeating: "---:", count: table.header.count - 1).joined(separator: "|") + "|")
        for (k, row) in table.rows.enumerated() { out.append("| \(k + 1) | " + row.map(ReportMarkdown.cell).joined(separator: " | ") + " |") }
        out += ["", "## " + t(l, "Coaching"), ""]
        for (label, value) in ReportProse.coaching(r.day, l) {
            out.append("- **\(ReportMarkdown.text(label)):** \(ReportMarkdown.text(value))")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// docs/report-period.schema.json: JSON schema 2 with `"kind": "period"`; every id kept.
    static func json(_ r: PeriodReport) -> String {
        func line(_ a: PeriodReport.Line, id: Bool) -> JSON {
            var keys: [(String, JSON)] = id ? [("id", .string(a.id))] : []
            keys += [
                ("name", .string(a.name)), ("calls", .int(a.calls)), ("sales", .int(a.sales)), ("revenue", .money(a.revenue)),
                ("sales_target_to_date", .decimal(a.salesTargetToDate, places: 2)),
                ("revenue_target_to_date", .decimal(a.revenueTargetToDate, places: 2)),
                ("sales_target", .int(a.salesTarget)), ("revenue_target", .money(a.revenueTarget)),
                ("conversion", .decimal(a.conversion)), ("average_sale", .money(a.averageSale)),
                ("days_worked", .int(a.daysWorked)), ("days_absent", .int(a.daysAbsent)),
            ]
            return .object(keys)
        }
        let previous: JSON = r.previous.map { p in
            .object([("first", .string(p.first.description)), ("last", .string(p.last.description)), ("calls", .int(p.calls)),
                     ("sales", .int(p.sales)), ("revenue", .money(p.revenue))])
        } ?? .null
        let doc: JSON = .object([
            ("schema", .int(ReportJSON.schemaVersion)), ("kind", .string("period")), ("period", .string(r.period.rawValue)),
            ("first", .string(r.first.description)), ("last", .string(r.last.description)),
            ("as_of", .string(r.day.calendar.iso8601(r.day.asOf))), ("final", .bool(r.periodOver)),
            ("team_name", .string(r.day.teamName)), ("currency", .string(r.day.currency)),
            ("team", line(r.team, id: false)), ("agents", .array(r.agents.map { line($0, id: true) })), ("previous", previous),
        ])
        return doc.pretty() + "\n"
    }

    static func csv(_ r: PeriodReport) -> String {
        var out = ["agent_id,agent,calls,sales,revenue,sales_target_to_date,sales_target,revenue_target,days_worked,days_absent"]
        for a in r.agents {
            let cells = [a.id, a.name, "\(a.calls)", "\(a.sales)", a.revenue.description,
                         a.salesTargetToDate.map { String(format: "%.2f", $0) } ?? "", a.salesTarget.map { "\($0)" } ?? "",
                         a.revenueTarget?.description ?? "", "\(a.daysWorked)", "\(a.daysAbsent)"]
            out.append(ReportCSV.row(ReportCSV.texts(Array(cells.prefix(2))) + cells.dropFirst(2)))
        }
        return out.joined(separator: "\n") + "\n"
    }
}
