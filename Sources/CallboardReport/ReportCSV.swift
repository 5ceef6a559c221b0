import Foundation
import CallboardModel

/// One row per roster agent, then a team row (id `TEAM`). Durations in seconds, money with
/// two decimals and a dot, empty fields for what does not apply; RFC 4180 quoting.
public enum ReportCSV {
    public static let header = ["id", "name", "team", "state", "reason", "state_since", "calls", "talk_s", "pause_s",
                                "sales", "revenue", "target_sales", "target_revenue", "reviews_today"]

    public static func render(_ r: DayReport) -> String {
        var lines = [header.joined(separator: ",")]
        for a in r.agents {
            lines.append(row([a.id, a.name, a.team ?? "", a.state.name, a.reason ?? "",
                              a.stateSince.map { r.calendar.iso8601($0) } ?? "", "\(a.figures.calls)", "\(a.figures.talkSeconds)",
                              "\(a.figures.pauseSeconds)", "\(a.figures.sales)", a.figures.revenue.description,
                              a.figures.targetSales.map(String.init) ?? "", a.figures.targetRevenue?.description ?? "",
                              "\(a.figures.reviewsToday)"]))
        }
        let t = r.team
        lines.append(row(["TEAM", r.teamName, "", "", "", "", "\(t.figures.calls)", "\(t.figures.talkSeconds)", "\(t.figures.pauseSeconds)",
                          "\(t.figures.sales)", t.figures.revenue.description, t.figures.targetSales.map(String.init) ?? "",
                          t.figures.targetRevenue?.description ?? "", "\(t.figures.reviewsToday)"]))
        return lines.joined(separator: "\n") + "\n"
    }

    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }

    static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
