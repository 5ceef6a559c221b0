import ArgumentParser
import CallboardApp
import CallboardModel
import CallboardReaders
import CallboardTerminal
import CallboardUI
import Foundation

/// Opens a data directory and runs the dashboard on it until the user quits.
enum Dashboard {
    static func show(path: String, logFile: String?, verbose: Bool, display: DisplayOptions, lang: String? = nil,
                     clock: @escaping @Sendable () -> Instant, timeline: Timeline = .live) throws {
        let moment = timeline.moment(wall: clock(), calendar: LocalCalendar())
        let data = try DataOpening.open(path: path, now: moment, cutoff: timeline.isLive ? nil : moment)
        if let failure = Logs.start(file: logFile ?? data.model.settings.logFile, verbose: verbose, screen: true) {
            throw Failure.exit(failure)
        }
        Logs.logger.info("dashboard started", metadata: ["dir": "\(path)", "agents": "\(data.model.agents.count)",
                                                         "problems": "\(data.model.problems.count)"])
        // The user's own settings for their terminal win over the shared directory's.
        let user = UserConfig.load()
        for problem in user.problems { Logs.logger.warning("\(problem)") }
        let settings = user.applied(to: data.model.settings)
        let chosen = try Themes.choose(option: display.theme, settings: settings)
        if let warning = chosen.warning { Logs.logger.warning("\(warning)") }
        let language = InterfaceLanguage.choose(option: lang, settings: settings)
        let mouse = display.mouse || settings.mouse
        let charset = display.charset ?? settings.charset
        // Commands run on the main thread, where curses must be called: said to the compiler
        // here (and checked at run time), so that the terminal and the loop are main-actor only.
        let signal = try MainActor.assumeIsolated { () throws -> Int32? in
            SignalWatcher.prepareForTerminal()
            let signals = SignalWatcher()
            let watcher = DirectoryWatcher(path: data.path)
            let terminal: CursesTerminal
            do throws(TerminalError) {
                terminal = try CursesTerminal(theme: chosen.theme, charset: charset)
            } catch {
                Logs.logger.error("terminal: \(error.description)")
                throw Failure.exit(error.description)
            }
            defer { terminal.shutdown() }
            if mouse { terminal.enableMouse() }
            let loop = DashboardLoop(data: data, terminal: terminal, clock: clock, reviewer: Reviewer.login(),
                                     theme: chosen.theme, language: language, timeline: timeline)
            if !user.problems.isEmpty { loop.send(.warning(user.problems.joined(separator: "; "))) }
            if let warning = chosen.warning { loop.send(.warning(warning)) }
            if let locale = terminal.asciiBecauseOfLocale { loop.send(.asciiOnly(locale: locale)) }
            return loop.run(signals: signals, watcher: watcher)
        }
        Logs.logger.info("dashboard ended", metadata: signal.map { ["signal": "\($0)"] } ?? [:])
        // Ended by SIGINT, SIGTERM, SIGHUP or SIGQUIT: the terminal is back; say so in the exit status.
        if let signal { throw ExitCode(128 + signal) }
    }
}
