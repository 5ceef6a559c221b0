import Foundation
import CallboardModel

/// One row per roster agent, then a team row (id `TEAM`). Durations in seconds, money with
/// two decimals and a dot, empty fields for what does not apply; RFC 4180 quoting.
/// In service mode the sales columns give way to queue work and queue figures, and one row
/// per queue (id `QUEUE`) comes between the agents and the team.
public enum ReportCSV {
    public static let header = ["id", "name", "team", "state", "reason", "state_since", "calls", "talk_s", "pause_s",
                                "sales", "revenue", "target_sales", "target_revenue", "reviews_today"]

    /// Ratios have four decimals, as in the JSON report.
    public static let serviceHeader = ["id", "name", "team", "state", "reason", "state_since", "calls", "talk_s", "pause_s",
                                       "queue_answers", "hold_avg_s", "ring_no_answers",
                                       "offered", "answered", "abandoned", "abandon_rate",
                                       "service_level", "service_level_with_abandons", "service_level_threshold_s",
                                       "asa_s", "aht_s", "longest_wait_s", "waiting_now", "reviews_today"]

    public static func render(_ r: DayReport, service: ServiceFigures? = nil) -> String {
        if r.mode == .service { return renderService(r, service: service) }
        var lines = [header.joined(separator: ",")]
        for a in r.agents {
            lines.append(row(texts([a.id, a.name, a.team ?? "", a.stateWord, a.reason ?? ""])
                             + [a.stateSince.map { r.calendar.iso8601($0) } ?? "", "\(a.figures.calls)", "\(a.figures.talkSeconds)",
                                "\(a.figures.pauseSeconds)", "\(a.figures.sales)", a.figures.revenue.description,
                                a.figures.targetSales.map(String.init) ?? "", a.figures.targetRevenue?.description ?? "",
                                "\(a.figures.reviewsToday)"]))
        }
        let t = r.team
        lines.append(row(texts(["TEAM", r.teamName])
                         + ["", "", "", "", "\(t.figures.calls)", "\(t.figures.talkSeconds)", "\(t.figures.pauseSeconds)",
                            "\(t.figures.sales)", t.figures.revenue.description, t.figures.targetSales.map(String.init) ?? "",
                            t.figures.targetRevenue?.description ?? "", "\(t.figures.reviewsToday)"]))
        return lines.joined(separator: "\n") + "\n"
    }

    static func renderService(_ r: DayReport, service: ServiceFigures?) -> String {
        let threshold = service.map { "\($0.threshold)" } ?? ""
        let noQueue = [String](repeating: "", count: 11)
        var lines = [serviceHeader.joined(separator: ",")]
        for a in r.agents {
            lines.append(row(texts([a.id, a.name, a.team ?? "", a.stateWord, a.reason ?? ""])
                             + [a.stateSince.map { r.calendar.iso8601($0) } ?? "", "\(a.figures.calls)", "\(a.figures.talkSeconds)",
                                "\(a.figures.pauseSeconds)"]
                             + work(service?.agents[a.id]) + noQueue + ["\(a.figures.reviewsToday)"]))
        }
        for q in service?.queues ?? [] {
            lines.append(row(texts(["QUEUE", q.name]) + [String](repeating: "", count: 10)
                             + queueFields(q.stats, threshold: threshold, waiting: q.waitingNow) + [""]))
        }
        let t = r.team
        let team = t.queues.map { queueFields($0, threshold: threshold, waiting: t.waitingNow ?? 0) } ?? noQueue
        lines.append(row(texts(["TEAM", r.teamName]) + ["", "", "", "", "\(t.figures.calls)", "\(t.figures.talkSeconds)", "\(t.figures.pauseSeconds)"]
                         + work(service?.teamWork) + team + ["\(t.figures.reviewsToday)"]))
        return lines.joined(separator: "\n") + "\n"
    }

    /// queue_answers, hold_avg_s, ring_no_answers.
    static func work(_ w: ServiceFigures.AgentWork?) -> [String] {
        guard let w else { return ["", "", ""] }
        return ["\(w.queueAnswers)", w.averageHold.map(String.init) ?? "", "\(w.ringNoAnswers)"]
    }

    /// offered … waiting_now.
    static func queueFields(_ s: QueueStats, threshold: String, waiting: Int) -> [String] {
        ["\(s.offered)", "\(s.answered)", "\(s.abandoned)", ratio(s.abandonRate), ratio(s.serviceLevel),
         ratio(s.serviceLevelWithAbandons), threshold, s.averageSpeedOfAnswer.map(String.init) ?? "",
         s.averageHandlingTime.map(String.init) ?? "", s.answered + s.abandoned > 0 ? "\(s.longestWait)" : "", "\(waiting)"]
    }

    static func ratio(_ v: Double?) -> String {
        guard case .number(let n) = JSON.decimal(v) else { return "" }
        return n
    }

    /// Text from data made safe for a terminal and a spreadsheet: no control characters,
    /// and nothing a spreadsheet would run as a formula — a cell that begins with `=`, `+`,
    /// `-`, `@`, a tab or a carriage return gets a `'` before it (OWASP's rule for CSV).
    static func texts(_ fields: [String]) -> [String] {
        fields.map { s in
            let clean = Sanitizer.clean(s)
            guard let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return clean }
            return "'" + clean
        }
    }

    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }

    static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
