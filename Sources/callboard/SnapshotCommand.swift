import ArgumentParser
import CallboardApp
import CallboardDemo
import CallboardModel
import CallboardReaders
import CallboardUI
import Foundation

struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Print one frame of the dashboard, as the live screen would draw it; no terminal needed.",
        discussion: """
            With --at and --size the output depends only on the data: fit for tests, docs and
            chat. Plain text by default; --ansi adds colours as a terminal of --colors would
            show them (bold, reverse and underline alone with --colors mono or NO_COLOR).
            """
    )

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp("Columns x rows (default 80x24).", valueName: "WxH"))
    var size: String = "80x24"

    @Option(name: .long, help: ArgumentHelp("The moment: HH:MM (today), YYYY-MM-DD HH:MM, or ISO 8601 (default: now).",
                                            valueName: "time"))
    var at: String?

    @Option(name: .long, help: ArgumentHelp("A theme name or a theme file (default: theme in callboard.toml, else default).",
                                            valueName: "name|path"))
    var theme: String?

    @Option(name: .long, help: ArgumentHelp("The colours of the terminal to imitate with --ansi: 256, 16, 8 or mono.",
                                            valueName: "n"))
    var colors: String = "256"

    @Option(name: .long, help: ArgumentHelp("The language: en or pl (default: language in callboard.toml, else LC_ALL, LC_MESSAGES or LANG).",
                                            valueName: "code"))
    var lang: String?

    @Flag(name: .long, help: "Colours and attributes as ANSI escape sequences.")
    var ansi = false

    @Flag(name: .long, help: "Use the built-in demo team (its day so far, written to a temporary directory).")
    var demo = false

    @Flag(name: .long, help: "Draw lines and gauges in ASCII.")
    var ascii = false

    func validate() throws {
        try InterfaceLanguage.check(lang)
    }

    func run() throws {
        guard let (width, height) = SnapshotCommand.size(size) else {
            throw CommandLineError(description: "--size '\(size)' is not like 80x24 (from 20x5 to 300x100)")
        }
        guard let depth = ColorDepth(rawValue: colors) else {
            throw CommandLineError(description: "--colors '\(colors)' is not 256, 16, 8 or mono")
        }
        let calendar = LocalCalendar()
        let now = demo ? Instant(Date().timeIntervalSince1970) : DirectoryClock.of(common.resolvedDataDir)()
        var moment = now
        if let at {
            guard let m = Moment.parse(at, calendar: calendar, now: now) else {
                throw CommandLineError(description: "--at '\(at)' is not a time like 14:00 or 2026-11-27 14:00")
            }
            moment = m
        }
        var path = common.resolvedDataDir
        var temporary: URL? = nil
        if demo {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("callboard-snapshot-\(UUID().uuidString)")
            do {
                let day = try DemoDay(directory: dir, calendar: calendar, seed: 2026)
                if at == nil { moment = DemoClock.defaultStart(calendar: calendar, now: now) }
                try day.writeInitialFiles(upTo: moment)
            } catch {
                try? FileManager.default.removeItem(at: dir)
                throw Failure.exit("demo: \(error)")
            }
            temporary = dir
            path = dir.path
        }
        defer { if let temporary { try? FileManager.default.removeItem(at: temporary) } }
        let data = try DataOpening.open(path: path, now: moment, cutoff: moment)
        Logs.start(file: common.logFile ?? data.model.settings.logFile, verbose: common.verbose, screen: false)
        var screen = Screen(width: width, height: height, glyphs: ascii ? .ascii : .unicode)
        var ui = UIState(reviewer: Reviewer.login())
        ui.language = InterfaceLanguage.choose(option: lang, settings: data.model.settings)
        DashboardView.render(RenderContext(model: data.model, rows: DashboardRows(model: data.model, now: moment), now: moment),
                             ui: ui, screen: &screen)
        let chosen = try Themes.choose(option: theme, settings: data.model.settings)
        if let warning = chosen.warning { Failure.say(warning) }
        if ansi {
            let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
            print(ScreenText.ansi(screen, theme: chosen.theme, depth: noColor ? .monochrome : depth), terminator: "")
        } else {
            print(ScreenText.plain(screen), terminator: "")
        }
    }

    static func size(_ text: String) -> (Int, Int)? {
        let parts = text.lowercased().split(separator: "x")
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]),
              (20...300).contains(w), (5...100).contains(h) else { return nil }
        return (w, h)
    }
}
