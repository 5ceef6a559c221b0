import ArgumentParser
import CallboardModel
import CallboardReaders
import Foundation

struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Show the live dashboard for a data directory (the default command)."
    )

    @OptionGroup var common: CommonOptions
    @OptionGroup var display: DisplayOptions

    func run() throws {
        try Dashboard.show(path: common.resolvedDataDir, logFile: common.logFile, verbose: common.verbose, display: display,
                           lang: display.lang, clock: DirectoryClock.of(common.resolvedDataDir))
    }
}

/// Opens a data directory and runs the dashboard on it until the user quits.
enum Dashboard {
    static func show(path: String, logFile: String?, verbose: Bool, display: DisplayOptions, lang: String? = nil,
                     clock: @escaping @Sendable () -> Instant) throws {
        let data = try DataOpening.open(path: path, now: clock())
        if let failure = Logs.start(file: logFile ?? data.model.settings.logFile, verbose: verbose, screen: true) {
            throw Failure.exit(failure)
        }
        Logs.logger.info("dashboard started", metadata: ["dir": "\(path)", "agents": "\(data.model.agents.count)",
                                                         "problems": "\(data.model.problems.count)"])
        let chosen = try Themes.choose(option: display.theme, settings: data.model.settings)
        if let warning = chosen.warning { Logs.logger.warning("\(warning)") }
        let runner = DashboardRunner(data: data, clock: clock, reviewer: Reviewer.login(), theme: chosen.theme,
                                     mouse: display.mouse || data.model.settings.mouse)
        runner.ui.language = InterfaceLanguage.choose(option: lang, settings: data.model.settings)
        if let warning = chosen.warning { runner.ui.say(warning, error: true, now: clock()) }
        let signal: Int32?
        do {
            signal = try runner.run()
        } catch {
            Logs.logger.error("terminal: \(error.description)")
            throw Failure.exit(error.description)
        }
        Logs.logger.info("dashboard ended", metadata: signal.map { ["signal": "\($0)"] } ?? [:])
        // Ended by SIGINT, SIGTERM, SIGHUP or SIGQUIT: the terminal is back; say so in the exit status.
        if let signal { throw ExitCode(128 + signal) }
    }
}

/// Opening a data directory for any command, with the one-line error when it is unusable.
enum DataOpening {
    static func open(path: String, now: Instant, cutoff: Instant? = nil) throws -> DataDirectory {
        do {
            return try DataDirectory(path: path, calendar: LocalCalendar(), now: now, cutoff: cutoff)
        } catch {
            throw Failure.exit(error.description)
        }
    }
}

/// Who is marking reviews: the login name.
enum Reviewer {
    static func login() -> String {
        let env = ProcessInfo.processInfo.environment
        if let u = env["USER"], !u.isEmpty { return u }
        if let u = env["LOGNAME"], !u.isEmpty { return u }
        if let pw = getpwuid(getuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return "unknown"
    }
}
