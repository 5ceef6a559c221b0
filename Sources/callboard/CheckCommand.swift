import ArgumentParser
import CallboardApp
import CallboardModel
import CallboardReaders
import CallboardUI
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every file of the data directory and list each problem as file:line: reason.",
        discussion: """
            The problems are exactly those the dashboard lists; what only a look across all
            days finds follows apart. Exit status: 0 when clean, 1 when anything was found, 2
            when the directory or a required file is unusable. For cron: `callboard check -q`
            prints only what was found.
            """
    )

    @OptionGroup var common: CommonOptions

    @Flag(name: .shortAndLong, help: "Print only the problems, not the summary.")
    var quiet = false

    @Option(name: .long, help: ArgumentHelp("The problems' language: en or pl (default: language in callboard.toml, else LC_ALL, LC_MESSAGES or LANG).",
                                            valueName: "code"))
    var lang: String?

    func validate() throws {
        try InterfaceLanguage.check(lang)
    }

    func run() throws {
        Logs.start(file: common.logFile, verbose: common.verbose, screen: false)
        let now = DirectoryClock.of(common.resolvedDataDir)()
        let result = DataCheck.run(path: common.resolvedDataDir, calendar: LocalCalendar(), now: now)
        var settings = Settings()
        settings.language = result.language
        let language = InterfaceLanguage.choose(option: lang, settings: settings)
        for line in result.lines(quiet: quiet, problem: language.problem, words: .of(language)) { print(line) }
        if let fatal = result.fatal {
            Failure.say(fatal)
        }
        Logs.logger.info("check", metadata: ["status": "\(result.exitStatus)", "problems": "\(result.problems.count)"])
        if result.exitStatus != 0 { throw ExitCode(result.exitStatus) }
    }
}
