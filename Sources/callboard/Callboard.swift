import ArgumentParser
import Foundation

@main
struct Callboard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "callboard",
        abstract: "A live terminal dashboard for a small phone team: agents, sales against targets, coaching.",
        discussion: """
            Reads a data directory of CSV exports (agents.csv, status.csv, calls.csv, sales.csv,
            coaching.csv) and callboard.toml, refreshes as the files grow, and appends review
            marks to reviews.jsonl there. See docs/data-directory.md.

            Examples:
              callboard demo                                a live demo team
              callboard --data-dir /srv/phones              your own data
              CALLBOARD_DATA=/srv/phones callboard
              callboard check -q --data-dir /srv/phones     for cron: prints only problems
              callboard report --format markdown            today so far, for e-mail
              callboard report --date 2026-11-27 --at 14:00 --format json
              callboard snapshot --size 120x40 --ansi       one frame, no terminal needed
              callboard --date 2026-11-27                   a past day; [ and ] step days
              callboard replay --date 2026-11-27 --from 09:00 --speed 60
            """,
        version: CallboardVersion.current,
        subcommands: [DashboardCommand.self, DemoCommand.self, CheckCommand.self, ReportCommand.self, SnapshotCommand.self,
                      ReviewCommand.self, ReplayCommand.self],
        defaultSubcommand: DashboardCommand.self
    )

    /// Errors end in one line on stderr (`callboard: …`) and a non-zero exit, never a stack
    /// trace or a page of usage; help, version and completion scripts print as usual.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success { exit(withError: error) }
            let message = Callboard.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            let hint = error is CommandLineError ? "" : " (see 'callboard --help')"
            Failure.say(message + hint)
            Foundation.exit(code.rawValue == 0 ? 2 : code.rawValue)
        }
    }
}

/// An error whose message is complete as it stands.
struct CommandLineError: Error, CustomStringConvertible {
    var description: String
}

enum CallboardVersion {
    static let current = "0.2.0"
}
