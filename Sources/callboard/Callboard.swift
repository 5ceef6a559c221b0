import ArgumentParser
import CallboardModel
import CallboardReaders
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
              callboard demo                      a live demo team
              callboard --data-dir /srv/phones    your own data
              CALLBOARD_DATA=/srv/phones callboard
            """,
        version: CallboardVersion.current,
        subcommands: [DashboardCommand.self, DemoCommand.self],
        defaultSubcommand: DashboardCommand.self
    )
}

enum CallboardVersion {
    static let current = "0.1.0"
}
