import ArgumentParser
import CallboardModel
import CallboardReaders
import Foundation

struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Show the live dashboard for a data directory (the default command)."
    )

    @Option(name: .long, help: "The data directory (default: $CALLBOARD_DATA, then the current directory).")
    var dataDir: String?

    func run() throws {
        let path = dataDir ?? ProcessInfo.processInfo.environment["CALLBOARD_DATA"] ?? FileManager.default.currentDirectoryPath
        try Dashboard.show(path: path, clock: { Instant(Date().timeIntervalSince1970) })
    }
}

/// Opens a data directory and runs the dashboard on it until the user quits.
enum Dashboard {
    static func show(path: String, clock: @escaping @Sendable () -> Instant) throws {
        let calendar = LocalCalendar()
        let data: DataDirectory
        do {
            data = try DataDirectory(path: path, calendar: calendar, now: clock())
        } catch {
            throw Failure.exit("\(error.description)")
        }
        let runner = DashboardRunner(data: data, clock: clock, reviewer: Reviewer.login())
        do {
            try runner.run()
        } catch {
            throw Failure.exit("\(error.description)")
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
