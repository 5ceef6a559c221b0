import ArgumentParser
import CallboardApp
import CallboardModel
import CallboardReaders
import CallboardReport
import CallboardText
import CallboardUI
import Foundation

extension ReportFormat: ExpressibleByArgument {}
extension Period: ExpressibleByArgument {}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the day's figures as of a moment, as text, Markdown, JSON or CSV.",
        discussion: """
            Every figure is as of the moment chosen: a report of a past day at 14:00 shows what
            the dashboard showed at 14:00. JSON follows docs/report-schema.md.
            """
    )

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp("The day (default: today).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("The time of day (default: now today, the end of a past day).", valueName: "HH:MM"))
    var at: String?

    @Option(name: .long, help: "text, markdown, json or csv.")
    var format: ReportFormat = .text

    @Option(name: .long, help: ArgumentHelp("day, or the week (Monday to Sunday) or the month so far, up to the moment (docs/kpis.md).",
                                            valueName: "day|week|month"))
    var period: Period = .day

    @Option(name: .long, help: ArgumentHelp("The language of a text or Markdown report: en or pl (default: language in callboard.toml, else English).",
                                            valueName: "code"))
    var lang: String?

    @Option(name: .long, help: ArgumentHelp("The JSON's schema: 2, or 1 for readers written for it (docs/report-schema.md).",
                                            valueName: "n"))
    var schema: Int = ReportJSON.schemaVersion

    func validate() throws {
        try InterfaceLanguage.check(lang)
        guard ReportJSON.schemaVersions.contains(schema) else {
            throw ValidationError("--schema \(schema) is not a schema callboard writes: 1 or 2")
        }
        if period != .day, schema != ReportJSON.schemaVersion {
            throw ValidationError("--period \(period.rawValue) is written in schema \(ReportJSON.schemaVersion) only")
        }
    }

    func run() throws {
        let calendar = LocalCalendar()
        let now = DirectoryClock.of(common.resolvedDataDir)()
        let moment = try ReportCommand.moment(date: date, at: at, calendar: calendar, now: now)
        let data = try DataOpening.open(path: common.resolvedDataDir, now: moment, cutoff: moment)
        Logs.start(file: common.logFile ?? data.model.settings.logFile, verbose: common.verbose, screen: false)
        Logs.logger.info("report", metadata: ["date": "\(data.model.day)", "format": "\(format.rawValue)"])
        // A report is sent on: the machine's locale does not choose its language, the team's setting does.
        let language = Language.resolve(lang ?? data.model.settings.language ?? "en")
        if period != .day {
            print(ReportPeriod.render(PeriodReport(data.model, period, at: moment), format: format, language: language), terminator: "")
            return
        }
        print(format.render(DayReport(data.model, at: moment), service: ServiceFigures(data.model, at: moment), language: language,
                            schema: schema),
              terminator: "")
    }

    /// The moment a report is as of: `--date` (default today) at `--at` (default now for today,
    /// the last second of any other day).
    static func moment(date: String?, at: String?, calendar: LocalCalendar, now: Instant) throws -> Instant {
        let day: Day
        if let date {
            guard let d = TimeParser.day(date), date.count == 10 else {
                throw CommandLineError(description: "--date '\(date)' is not a date like 2026-11-27")
            }
            day = d
        } else {
            day = calendar.day(of: now)
        }
        if let at {
            guard let (h, m, s) = Moment.clockTime(at) else {
                throw CommandLineError(description: "--at '\(at)' is not a time of day like 14:00")
            }
            return calendar.instant(day, hour: h, minute: m, second: s)
        }
        return day == calendar.day(of: now) ? now : calendar.instant(day.adding(days: 1)) - 1
    }
}
