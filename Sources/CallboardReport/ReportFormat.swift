import CallboardModel

/// The shapes a report can be written in.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text
    case markdown
    case json
    case csv

    /// `service`: the figures a service-mode report shows beyond `report` (see `ServiceFigures`).
    public func render(_ report: DayReport, service: ServiceFigures? = nil) -> String {
        switch self {
        case .text: return ReportText.render(report, service: service)
        case .markdown: return ReportMarkdown.render(report, service: service)
        case .json: return ReportJSON.render(report, service: service)
        case .csv: return ReportCSV.render(report, service: service)
        }
    }
}
