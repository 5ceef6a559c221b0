import CallboardModel
import CallboardReport
import CallboardText
import CallboardUI
import Foundation

/// Writes a Markdown report where the lead can find it: `report_dir` from callboard.toml,
/// else ~/callboard-reports (never the data directory, which callboard does not write to
/// apart from its journal).
public enum ReportFile {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static func directory(_ settings: Settings) -> String {
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        guard let dir = settings.reportDirectory, !dir.isEmpty else { return home + "/callboard-reports" }
        if dir == "~" { return home }
        if dir.hasPrefix("~/") { return home + dir.dropFirst(1) }
        return dir
    }

    /// Answers the path written.
    public static func write(_ report: DayReport, service: ServiceFigures? = nil, settings: Settings, language: Language = .english) throws -> String {
        try write(ReportMarkdown.render(report, service: service, language: language), kind: "", asOf: report.asOf,
                  calendar: report.calendar, settings: settings)
    }

    /// The week's or month's report: `callboard-week-2026-12-01-140000.md`.
    public static func write(_ report: PeriodReport, settings: Settings, language: Language = .english) throws -> String {
        try write(ReportPeriod.render(report, format: .markdown, language: language), kind: report.period.rawValue + "-",
                  asOf: report.day.asOf, calendar: report.day.calendar, settings: settings)
    }

    private static func write(_ text: String, kind: String, asOf: Instant, calendar: LocalCalendar, settings: Settings) throws -> String {
        let dir = directory(settings)
        let wall = calendar.wallClock(asOf)
        let stamp = "\(wall.day)-\(wall.time.replacingOccurrences(of: ":", with: ""))"
        let path = "\(dir)/callboard-\(kind)\(stamp).md"
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw Failure(description: "\(path): \((error as NSError).localizedDescription)")
        }
        return path
    }
}
