import CallboardApp
import CallboardModel
import CallboardReaders
import CallboardTestSupport
import CallboardThemes
import CallboardUI
import Foundation

/// A clock the test moves: the loop's "now".
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var instant: Instant

    init(_ instant: Instant) { self.instant = instant }

    var now: Instant {
        lock.lock()
        defer { lock.unlock() }
        return instant
    }

    func advance(_ seconds: Int) {
        lock.lock()
        instant += seconds
        lock.unlock()
    }
}

/// A data directory of three agents on the test day (26 November 2026, Europe/Warsaw), and
/// the loop on it against a terminal in memory, at 10:00 that day.
@MainActor
final class LoopFixture {
    let path: String
    let clock = TestClock(t(10))
    let terminal: TestTerminal
    let loop: DashboardLoop

    init(width: Int = 120, height: Int = 36, settings: String = "", themes: ThemeCatalog? = nil) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("callboard-loop-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: path + "/recordings", withIntermediateDirectories: true)
        try LoopFixture.write(path, "agents.csv", """
            id,name,team,daily_sales_target,daily_revenue_target
            a1,Łukasz Wiśniewski,Północ,5,4000
            a2,Żaneta Gęś,Południe,4,3000
            a3,Anna Kowalska,Północ,6,4500

            """)
        try LoopFixture.write(path, "callboard.toml", """
            team_name = "Loop Team"
            currency = "PLN"
            recording_dir = "\(path)/recordings"
            \(settings)
            [shift]
            start = "08:00"
            end = "18:00"

            """)
        try LoopFixture.write(path, "status.csv", """
            time,agent,state,reason
            2026-11-26 09:00:00,a1,available,
            2026-11-26 09:00:10,a2,available,
            2026-11-26 09:00:20,a3,available,
            2026-11-26 09:01:00,a1,call,
            2026-11-26 09:40:00,a2,pause,coffee

            """)
        try LoopFixture.write(path, "calls.csv", """
            id,agent,start,duration,outcome,direction,customer,recording,review
            C1,a1,2026-11-26 09:01:00,95,sale,out,Hurtownia Kowal,C1.wav,yes
            C2,a2,2026-11-26 09:10:00,200,no-sale,out,Jan Nowak,,
            C3,a3,2026-11-26 09:20:00,120,callback,in,Marta,,

            """)
        try LoopFixture.write(path, "recordings/C1.wav", "RIFF")
        let data = try DataDirectory(path: path, calendar: warsaw, now: clock.now)
        terminal = TestTerminal(width: width, height: height)
        let clock = self.clock
        loop = DashboardLoop(data: data, terminal: terminal, clock: { clock.now }, reviewer: "lead",
                             catalog: themes ?? ThemeCatalog(directories: []))
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    static func write(_ directory: String, _ name: String, _ text: String) throws {
        try text.write(toFile: directory + "/" + name, atomically: false, encoding: .utf8)
    }

    /// One turn of the loop without waiting: what `run` does after `poll` answers.
    func turn() {
        loop.journalAnswered()
        loop.playerChecked()
        loop.readKeys()
        loop.tick()
        loop.drawIfNeeded()
    }

    /// Turns until `condition` holds, waiting on what `run` waits on (keys, the journal
    /// writer) up to `seconds`; answers whether it came.
    func turn(until condition: () -> Bool, within seconds: Double = 5) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            turn()
            if condition() { return true }
            if Date() > deadline { return false }
            var fds = [pollfd(fd: loop.journalDescriptor, events: Int16(POLLIN), revents: 0)]
            _ = poll(&fds, 1, 20)
        }
    }

    var journal: String { (try? String(contentsOfFile: path + "/reviews.jsonl", encoding: .utf8)) ?? "" }
}
