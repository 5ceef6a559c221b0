import CallboardModel

/// The shapes a report can be written in.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text
    case markdown
    case json
    case csv

    public func render(_ report: DayReport) -> String {
        switch self {
        case .text: return ReportText.render(report)
        case .markdown: return ReportMarkdown.render(report)
        case .json: return ReportJSON.render(report)
        case .csv: return ReportCSV.render(report)
        }
    }
}
