import ArgumentParser
import CallboardModel
import CallboardReaders
import CallboardUI
import Foundation

/// Plays a past day on the dashboard as if it were live: for a team meeting or a coaching
/// session, to watch a morning unfold again.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Play a past day on the dashboard as if live, from a time and at a speed.",
        discussion: """
            Every frame shows the day as the live dashboard showed it at that moment. Keys:
            . pauses and plays on; < and > step a minute back and on; { and } jump 15 minutes;
            - and + halve and double the speed; [ and ] go to the day before and after, at
            the same time. Reviews are not marked in a replay.
            """
    )

    @OptionGroup var common: CommonOptions
    @OptionGroup var display: DisplayOptions

    @Option(name: .long, help: ArgumentHelp("The day to play.", valueName: "YYYY-MM-DD"))
    var date: String

    @Option(name: .long, help: ArgumentHelp("Where to start (default: the shift's start).", valueName: "HH:MM"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("How many seconds of the day pass in a second (default 1: as it happened; 60: a minute a second).",
                                            valueName: "n"))
    var speed: Double = 1

    func validate() throws {
        guard ReplayClock.speeds.contains(speed) else {
            throw ValidationError("--speed \(speed) is out of range: from 0.25 to 3600")
        }
        if let from, Moment.clockTime(from) == nil {
            throw ValidationError("--from '\(from)' is not a time of day like 09:30")
        }
    }

    func run() throws {
        // The real clock runs the replay, even in a demo directory whose recorded clock stands.
        let clock: @Sendable () -> Instant = { Instant(Date().timeIntervalSince1970) }
        let calendar = LocalCalendar()
        let day = try PastDay.parse(date, option: "--date")
        guard day < calendar.day(of: clock()) else {
            throw CommandLineError(description: "--date \(date) is not a past day: replay plays a day that is over")
        }
        let start: Instant
        if let from, let (h, m, s) = Moment.clockTime(from) {
            start = calendar.instant(day, hour: h, minute: m, second: s)
        } else {
            // The shift as the day's settings say: read once, as of the day's end.
            let settings = try DataOpening.open(path: common.resolvedDataDir, now: calendar.instant(day.adding(days: 1)) - 1,
                                                cutoff: calendar.instant(day)).model.settings
            start = calendar.instant(day, minuteOfDay: settings.shiftStart)
        }
        let replay = ReplayClock(day: day, from: start, speed: speed, calendar: calendar, wall: clock())
        try Dashboard.show(path: common.resolvedDataDir, logFile: common.logFile, verbose: common.verbose, display: display,
                           lang: display.lang, clock: clock, timeline: .replay(replay))
    }
}
