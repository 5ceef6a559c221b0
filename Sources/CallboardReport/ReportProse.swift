import CallboardModel
import CallboardText

/// The words of the text and Markdown reports in the report's language: the summary a lead
/// sends on (the result against the target, with the projection during the shift or the final
/// share after it, conversion, average sale, best and weakest, who was absent, yesterday and a
/// week ago), the agents ranked by result, and coaching in plain words — names and times, no
/// internal ids. Texts from data are cleaned by the renderers.
enum ReportProse {
    static let context = "report"

    static func t(_ l: Language, _ english: String, _ params: [String: String] = [:]) -> String {
        l.text(english, params, context: context)
    }

    /// `Sales team — Fri 27 Nov 2026, as of 14:00`, or `…, final` once the shift is over.
    static func heading(_ r: DayReport, _ l: Language) -> String {
        let date = Format.date(r.date, language: l)
        if r.shiftOver { return t(l, "{team} — {date}, final", ["team": r.teamName, "date": date]) }
        return t(l, "{team} — {date}, as of {time}",
                 ["team": r.teamName, "date": date, "time": r.calendar.wallClock(r.asOf).shortTime])
    }

    // MARK: - Summary

    static func summary(_ r: DayReport, service: ServiceFigures?, _ l: Language) -> [(String, String)] {
        var lines: [(String, String)] = []
        let t = r.team
        let team = (self.t(l, "Team"), self.t(l, "{in} logged in · {calls} calls · talk {talk} · paused {paused}",
                                              ["in": "\(t.agentsLoggedIn)", "calls": "\(t.figures.calls)",
                                               "talk": Format.span(t.figures.talkSeconds), "paused": Format.span(t.figures.pauseSeconds)]))
        if r.mode == .service {
            lines.append(team)
            lines += queueLines(r, service: service, l)
        } else {
            lines += salesLines(r, l)
            lines.append(team)
        }
        lines.append((self.t(l, "Shift"), r.shiftOver
            ? self.t(l, "over at {time}", ["time": r.calendar.wallClock(r.shift.end).shortTime])
            : self.t(l, "{done} done", ["done": Format.percent(t.shiftFraction, language: l)])))
        lines.append((self.t(l, "Reviews"), self.t(l, "{today} today · {waiting} calls waiting",
                                                    ["today": "\(t.figures.reviewsToday)",
                                                     "waiting": "\(r.coaching.pendingCalls.count)"])))
        lines.append((self.t(l, "Coaching"), self.t(l, "{due} due · {overdue} overdue",
                                                     ["due": "\(r.coaching.due.count)", "overdue": "\(r.coaching.overdue.count)"])))
        if r.problems.count > 0 {
            lines.append((self.t(l, "Problems"), self.t(l, "{n} rows rejected", ["n": "\(r.problems.count)"])))
        }
        return lines
    }

    static func salesLines(_ r: DayReport, _ l: Language) -> [(String, String)] {
        let t = r.team, f = t.figures
        let currency = Sanitizer.clean(r.currency)
        var sales = "\(f.sales)"
        if let target = f.targetSales {
            sales = self.t(l, "{actual} of {target}", ["actual": sales, "target": "\(target)"])
            sales += progress(Double(f.sales), target: Double(target), pace: t.paceSales, r, l)
        }
        if !r.shiftOver, let p = t.projectedSales {
            sales += " · " + self.t(l, "heading for {expected} ({low}–{high})",
                                    ["expected": whole(p.expected), "low": whole(p.low), "high": whole(p.high)])
        }
        var revenue = Format.money(f.revenue, currency: currency, language: l)
        if let target = f.targetRevenue {
            revenue = self.t(l, "{actual} of {target}", ["actual": Format.amount(f.revenue, language: l),
                                                          "target": Format.money(target, currency: currency, language: l)])
            revenue += progress(f.revenue.doubleValue, target: target.doubleValue, pace: t.paceRevenue, r, l)
        }
        if !r.shiftOver, let p = t.projectedRevenue {
            revenue += " · " + self.t(l, "heading for {expected} ({low}–{high})",
                                      ["expected": amount(p.expected, l), "low": amount(p.low, l), "high": amount(p.high, l)])
        }
        var calls = "\(f.calls)"
        if let c = t.selling.conversion { calls += " · " + self.t(l, "conversion {rate}", ["rate": Format.percent(c, language: l)]) }
        if let a = t.selling.averageSale {
            calls += " · " + self.t(l, "average sale {amount}", ["amount": Format.money(a, currency: currency, language: l)])
        }
        var lines = [(self.t(l, "Sales"), sales), (self.t(l, "Revenue"), revenue), (self.t(l, "Calls"), calls)]
        let rated = ranked(r).filter { !$0.absent && ($0.figures.targetSales ?? 0) > 0 }
            .sorted { a, b in
                let x = share(a, r) ?? 0, y = share(b, r) ?? 0
                return x != y ? x > y : a.name < b.name
            }
        if let best = rated.first { lines.append((self.t(l, "Best"), standing(best, r, l))) }
        if rated.count > 1, let weakest = rated.last { lines.append((self.t(l, "Weakest"), standing(weakest, r, l))) }
        let absent = r.agents.filter(\.absent).map(\.name)
        if !absent.isEmpty { lines.append((self.t(l, "Absent"), absent.joined(separator: ", "))) }
        if let y = r.yesterday {
            let label = y.day == r.date.adding(days: -1) ? self.t(l, "Yesterday") : self.t(l, "Last working day")
            lines.append((label, earlier(y, r, l)))
        }
        if let w = r.lastWeek { lines.append((self.t(l, "A week ago"), earlier(w, r, l))) }
        return lines
    }

    /// ` · pace 95%` during the shift, ` · 102% of target` after it.
    static func progress(_ actual: Double, target: Double, pace: Double?, _ r: DayReport, _ l: Language) -> String {
        if r.shiftOver {
            guard target > 0 else { return "" }
            return " · " + t(l, "{share} of target", ["share": Format.percent(actual / target, language: l)])
        }
        return pace.map { " · " + t(l, "pace {pace}", ["pace": Format.percent($0, language: l)]) } ?? ""
    }

    /// An agent's result as a share: of the target after the shift, of the pace during it.
    static func share(_ a: DayReport.AgentLine, _ r: DayReport) -> Double? {
        guard let target = a.figures.targetSales, target > 0 else { return nil }
        return r.shiftOver ? Double(a.figures.sales) / Double(target) : a.paceSales
    }

    /// `Anna Kowalska (5/7, 140%)`.
    static func standing(_ a: DayReport.AgentLine, _ r: DayReport, _ l: Language) -> String {
        let sales = a.figures.targetSales.map { "\(a.figures.sales)/\($0)" } ?? "\(a.figures.sales)"
        let result = share(a, r).map { ", " + Format.percent($0, language: l) } ?? ""
        return "\(a.name) (\(sales)\(result))"
    }

    /// `Thu 26 Nov: sales 40 · revenue 12 300 zł · calls 220`.
    static func earlier(_ d: DayReport.EarlierDay, _ r: DayReport, _ l: Language) -> String {
        t(l, "{date}: sales {sales} · revenue {revenue} · calls {calls}",
          ["date": Format.date(d.day, language: l), "sales": "\(d.sales)",
           "revenue": Format.money(d.revenue, currency: Sanitizer.clean(r.currency), language: l), "calls": "\(d.calls)"])
    }

    static func whole(_ v: Double) -> String { String(Int(v.rounded())) }

    static func amount(_ v: Double, _ l: Language) -> String {
        Format.amount(Money(cents: Int64((v * 100).rounded())), language: l)
    }

    /// A service desk's day: all queues together, in place of sales and revenue.
    static func queueLines(_ r: DayReport, service: ServiceFigures?, _ l: Language) -> [(String, String)] {
        guard let q = r.team.queues else {
            return [(t(l, "Queues"), t(l, "no queue calls (queue_log: see docs/asterisk.md)"))]
        }
        let rate = q.abandonRate.map { " (\(Format.percent($0, language: l)))" } ?? ""
        let within = ReportSummary.threshold(service)
        return [
            (t(l, "Queues"), t(l, "{offered} offered · {answered} answered · {abandoned} abandoned{rate} · {waiting} waiting now",
                               ["offered": "\(q.offered)", "answered": "\(q.answered)", "abandoned": "\(q.abandoned)", "rate": rate,
                                "waiting": "\(r.team.waitingNow ?? 0)"])),
            (t(l, "Service"), t(l, "answered within {t}: {sl} of answered (Asterisk) · {sla} of answered + abandoned",
                                ["t": within, "sl": ReportSummary.percent(q.serviceLevel),
                                 "sla": ReportSummary.percent(q.serviceLevelWithAbandons)])),
            (t(l, "Times"), t(l, "ASA {asa} · AHT {aht} · longest wait {wait}",
                              ["asa": ReportSummary.clock(q.averageSpeedOfAnswer), "aht": ReportSummary.clock(q.averageHandlingTime),
                               "wait": ReportSummary.longestWait(q)])),
        ]
    }

    // MARK: - Agents

    /// Agents ranked by result: those who came in by sales, then revenue, then name; the
    /// absent last, by name. Inactive agents who did nothing are left out.
    static func ranked(_ r: DayReport) -> [DayReport.AgentLine] {
        r.agents.filter { $0.active || $0.figures.calls > 0 || $0.figures.sales > 0 || $0.figures.revenue != .zero }
            .sorted { a, b in
                if a.absent != b.absent { return !a.absent }
                if a.figures.sales != b.figures.sales { return a.figures.sales > b.figures.sales }
                if a.figures.revenue != b.figures.revenue { return b.figures.revenue < a.figures.revenue }
                return a.name < b.name
            }
    }

    /// The ranked table's header and each agent's cells: agent, sales, pace or % of target,
    /// revenue, calls, conversion, average sale, reviews.
    static func agentTable(_ r: DayReport, _ l: Language) -> (header: [String], rows: [[String]]) {
        let header = [t(l, "Agent"), t(l, "Sales"), r.shiftOver ? t(l, "% of target") : t(l, "Pace"), t(l, "Revenue"),
                      t(l, "Calls"), t(l, "Conversion"), t(l, "Avg sale"), t(l, "Reviews")]
        let rows = ranked(r).map { a -> [String] in
            let f = a.figures
            let sales = f.targetSales.map { "\(f.sales)/\($0)" } ?? "\(f.sales)"
            let result = a.absent ? t(l, "absent") : share(a, r).map { Format.percent($0, language: l) } ?? "-"
            return [a.name, sales, result, Format.amount(f.revenue, language: l), "\(f.calls)",
                    a.selling.conversion.map { Format.percent($0, language: l) } ?? "-",
                    a.selling.averageSale.map { Format.amount($0, language: l) } ?? "-", "\(f.reviewsToday)"]
        }
        return (header, rows)
    }

    // MARK: - Coaching

    /// Coaching in plain words: what was reviewed and waits, sessions overdue and due, and
    /// who needs attention, each line a label and its text.
    static func coaching(_ r: DayReport, _ l: Language) -> [(String, String)] {
        var lines: [(String, String)] = []
        lines.append((t(l, "Reviewed today"), "\(r.team.figures.reviewsToday)"))
        let waiting = r.coaching.pendingCalls.map { c -> String in
            let clock = r.calendar.wallClock(c.start)
            let day = r.calendar.day(of: c.start)
            let when = day == r.date ? clock.shortTime : "\(Format.date(day, language: l)) \(clock.shortTime)"
            return "\(c.agentName) \(when) (\(Format.clock(c.duration)))" + (c.flagged ? " " + t(l, "flagged") : "")
        }
        lines.append((t(l, "Waiting for review"), waiting.isEmpty ? t(l, "none") : waiting.joined(separator: "; ")))
        for s in r.coaching.overdue { lines.append((t(l, "Overdue"), session(s, on: r.date, l))) }
        for s in r.coaching.due { lines.append((t(l, "Due"), session(s, on: r.date, l))) }
        for s in r.coaching.attention {
            let name = r.agents.first { $0.id == s.agent }?.name ?? s.agent
            lines.append((t(l, "Needs attention"), "\(name): \(l.reason(s))"))
        }
        return lines
    }

    /// `1:1 — Anna Kowalska: Monthly one-on-one (due Fri 20 Nov 2026, 7 days late)`.
    static func session(_ s: DayReport.Session, on day: Day, _ l: Language) -> String {
        let who = s.agentName ?? t(l, "the whole team")
        let late = day.days(since: s.due)
        let when: String
        if late > 0 {
            when = t(l, "due {date}", ["date": Format.date(s.due, language: l)]) + ", "
                + l.plural(late, one: "{n} day late", other: "{n} days late", context: "report")
        } else if late == 0 {
            when = t(l, "due today")
        } else {
            when = t(l, "due {date}", ["date": Format.date(s.due, language: l)])
        }
        return "\(l.kindLabel(s.kind)) — \(who): \(s.title) (\(when))"
    }
}
