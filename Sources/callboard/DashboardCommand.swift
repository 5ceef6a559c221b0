import ArgumentParser
import CallboardApp
import CallboardModel
import CallboardReaders
import CallboardTerminal
import CallboardUI
import Foundation

struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Show the live dashboard for a data directory (the default command)."
    )

    @OptionGroup var common: CommonOptions
    @OptionGroup var display: DisplayOptions

    @Option(name: .long, help: ArgumentHelp("Open a past day as it ended (default: today, live); [ and ] step days.",
                                            valueName: "YYYY-MM-DD"))
    var date: String?

    func run() throws {
        let clock = DirectoryClock.of(common.resolvedDataDir)
        var timeline = Timeline.live
        if let date {
            let day = try PastDay.parse(date, option: "--date")
            if day > LocalCalendar().day(of: clock()) {
                throw CommandLineError(description: "--date \(date) is after today: there is nothing to show yet")
            }
            if day < LocalCalendar().day(of: clock()) { timeline = .pastDay(day) }
        }
        try Dashboard.show(path: common.resolvedDataDir, logFile: common.logFile, verbose: common.verbose, display: display,
                           lang: display.lang, clock: clock, timeline: timeline)
    }
}
