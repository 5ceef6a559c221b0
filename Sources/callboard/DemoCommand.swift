import ArgumentParser
import CallboardDemo
import CallboardModel
import CallboardReaders
import Foundation

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Show the dashboard on a built-in 10-agent team whose day keeps going live.",
        discussion: """
            Writes a realistic working day so far into a temporary data directory (removed on
            exit) and keeps appending calls, state changes and sales while the dashboard reads
            them through the same readers as real data.
            """
    )

    @Option(name: .long, help: "Run the demo clock this many times faster than real time.")
    var speed: Double = 1

    @Option(name: .long, help: "Seed for the simulated day (the same seed gives the same day).")
    var seed: UInt64 = 2026

    @Option(name: .long, help: ArgumentHelp("Write the demo data here and keep it (default: a temporary directory, removed on exit).",
                                            valueName: "dir"))
    var dataDir: String?

    @Option(name: .long, help: ArgumentHelp("Append log lines to this file.", valueName: "file"))
    var logFile: String?

    @Flag(name: .long, help: "Log more detail (debug level).")
    var verbose = false

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        guard speed > 0, speed <= 3600 else { throw ValidationError("--speed must be between 0 and 3600") }
    }

    func run() throws {
        let calendar = LocalCalendar()
        let directory: URL
        let temporary = dataDir == nil
        if let dataDir {
            directory = URL(fileURLWithPath: dataDir)
        } else {
            var template = Array((URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("callboard-demo-XXXXXX").path).utf8CString)
            let made: String? = template.withUnsafeMutableBufferPointer { buffer in
                mkdtemp(buffer.baseAddress!).map { String(cString: $0) }
            }
            guard let made else { throw Failure.exit("cannot create a temporary directory") }
            directory = URL(fileURLWithPath: made)
        }
        defer { if temporary { try? FileManager.default.removeItem(at: directory) } }

        let clock = DemoClock(simulatedStart: DemoClock.defaultStart(calendar: calendar, now: Instant(Date().timeIntervalSince1970)),
                              speed: speed)
        let simulation = DemoSimulation(directory: directory, calendar: calendar, seed: seed, clock: clock)
        if let failure = simulation.start() {
            throw Failure.exit("demo: \(failure)")
        }
        defer { simulation.stop() }
        // Every other command on this directory takes its time from here (see RecordedClock).
        var recorded = clock.recorded
        do {
            try recorded.write(directory: directory.path, calendar: calendar)
        } catch {
            throw Failure.exit("demo: \(error)")
        }
        defer {
            if !temporary {
                // The day stands still where the demo ended (by q or a signal), for report and check afterwards.
                simulation.stop()
                recorded.stoppedAt = clock.now()
                try? recorded.write(directory: directory.path, calendar: calendar)
            }
        }
        try Dashboard.show(path: directory.path, logFile: logFile, verbose: verbose, display: display, lang: display.lang,
                           clock: { clock.now() })
        simulation.stop()
        if let failure = simulation.failure {
            throw Failure.exit("demo: the simulation stopped: \(failure)")
        }
    }
}

/// Runs the demo day on its own thread: writes the day so far, then appends what happens
/// once a second (of real time) until stopped.
final class DemoSimulation: @unchecked Sendable {
    private let directory: URL
    private let calendar: LocalCalendar
    private let seed: UInt64
    private let clock: DemoClock
    private let lock = NSLock()
    private var stopped = false
    private let started = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    private var startFailure: String?
    private var runFailure: String?

    /// Why the simulation stopped early, if it did (the dashboard then stops changing).
    var failure: String? { lock.withLock { runFailure } }

    init(directory: URL, calendar: LocalCalendar, seed: UInt64, clock: DemoClock) {
        self.directory = directory
        self.calendar = calendar
        self.seed = seed
        self.clock = clock
    }

    /// Starts the thread and waits for the day so far to be written; answers why it could not.
    func start() -> String? {
        let thread = Thread { [self] in self.main() }
        thread.name = "demo"
        thread.start()
        started.wait()
        return startFailure
    }

    /// Stops the thread and waits for it; safe to call more than once.
    func stop() {
        let first = lock.withLock { () -> Bool in
            defer { stopped = true }
            return !stopped
        }
        if first { finished.wait() }
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func main() {
        defer { finished.signal() }
        let day: DemoDay
        do {
            day = try DemoDay(directory: directory, calendar: calendar, seed: seed)
            try day.writeInitialFiles(upTo: clock.now())
        } catch {
            startFailure = "\(error)"
            started.signal()
            return
        }
        started.signal()
        while !isStopped {
            Thread.sleep(forTimeInterval: 0.25)
            do {
                try day.advance(to: clock.now())
            } catch {
                lock.withLock { runFailure = "\(error)" }
                return
            }
        }
    }
}
