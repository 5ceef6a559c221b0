import CallboardModel
import CallboardReport
import CallboardUI
import Foundation

/// Writes a Markdown report where the lead can find it: `report_dir` from callboard.toml,
/// else ~/callboard-reports (never the data directory, which callboard does not write to
/// apart from its journal).
enum ReportFile {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func directory(_ settings: Settings) -> String {
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        guard let dir = settings.reportDirectory, !dir.isEmpty else { return home + "/callboard-reports" }
        if dir == "~" { return home }
        if dir.hasPrefix("~/") { return home + dir.dropFirst(1) }
        return dir
    }

    /// Answers the path written.
    static func write(_ report: DayReport, service: ServiceFigures? = nil, settings: Settings, language: Language = .english) throws -> String {
        let dir = directory(settings)
        let wall = report.calendar.wallClock(report.asOf)
        let stamp = "\(wall.day)-\(wall.time.replacingOccurrences(of: ":", with: ""))"
        let path = "\(dir)/callboard-\(stamp).md"
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            try Data(ReportMarkdown.render(report, service: service, language: language).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw Failure(description: "\(path): \((error as NSError).localizedDescription)")
        }
        return path
    }
}
