import CallboardModel
import CallboardText

/// The shapes a report can be written in.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text
    case markdown
    case json
    case csv

    /// `service`: the figures a service-mode report shows beyond `report` (see `ServiceFigures`).
    /// `language`: of the text and Markdown reports; JSON and CSV keep English keys and ids.
    /// `schema`: the JSON's version (`ReportJSON.schemaVersions`).
    public func render(_ report: DayReport, service: ServiceFigures? = nil, language: Language = .english,
                       schema: Int = ReportJSON.schemaVersion) -> String {
        switch self {
        case .text: return ReportText.render(report, service: service, language: language)
        case .markdown: return ReportMarkdown.render(report, service: service, language: language)
        case .json: return ReportJSON.render(report, service: service, schema: schema)
        case .csv: return ReportCSV.render(report, service: service)
        }
    }
}
