import Benchmark
import CallboardDemo
import CallboardModel
import CallboardReaders
import CallboardUI
import Foundation

/// The in-process figures of docs/benchmarks.md: loading a queue_log, a refresh after 100
/// appended lines at 10 000 and 1 000 000 lines, a 200×60 frame of 200 agents, and one ↓ key.
/// `CALLBOARD_BENCH_QUICK=1` (CI) runs each on small data a few times, so that the suite
/// keeps building and running; its figures mean nothing then.
let benchmarks: @Sendable () -> Void = {
    let quick = ProcessInfo.processInfo.environment["CALLBOARD_BENCH_QUICK"] != nil
    func configuration(_ iterations: Int, seconds: Int = 10) -> Benchmark.Configuration {
        .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident, .throughput],
              warmupIterations: quick ? 0 : 1, maxDuration: .seconds(quick ? 2 : seconds),
              maxIterations: quick ? 2 : iterations)
    }
    let loadLines = quick ? 5_000 : 100_000

    Benchmark("B1 load a queue_log of \(loadLines) lines, 200 members", configuration: configuration(10)) { (benchmark, dir: QueueLogDay) in
        for _ in benchmark.scaledIterations {
            blackHole(try? DataDirectory(path: dir.path, calendar: QueueLogDay.utc, now: dir.now))
        }
    } setup: {
        try QueueLogDay(lines: loadLines)
    }

    for lines in quick ? [2_000] : [10_000, 1_000_000] {
        Benchmark("B2 refresh: 100 lines appended to a queue_log of \(lines) lines", configuration: configuration(200)) { (benchmark, day: QueueLogDay) in
            let more = day.workload.more(lines: 100)
            try? day.append("queue_log", more)
            benchmark.startMeasurement()
            blackHole(day.data.refresh(now: day.now))
            blackHole(DashboardRows(model: day.data.model, now: day.now))
            benchmark.stopMeasurement()
        } setup: {
            let day = try QueueLogDay(lines: lines)
            day.data = try DataDirectory(path: day.path, calendar: QueueLogDay.utc, now: day.now)
            return day
        }
    }

    // As the dashboard draws: the frame before left its coaching rows (a tick of the clock).
    // The closure runs once an iteration: what lasts from frame to frame is kept in `day`.
    Benchmark("B3 render a 200×60 frame of 200 agents", configuration: configuration(1_000)) { (benchmark, day: QueueLogDay) in
        for _ in benchmark.scaledIterations {
            var screen = Screen(width: 200, height: 60)
            let layout = DashboardView.render(RenderContext(model: day.data.model, rows: day.rows, now: day.now, cache: day.cache),
                                              ui: day.ui, screen: &screen)
            Update.receive(.drawn(layout, whole: true), to: &day.ui, now: day.now)
            blackHole(screen)
        }
    } setup: {
        let day = try QueueLogDay(lines: quick ? 2_000 : 10_000)
        day.data = try DataDirectory(path: day.path, calendar: QueueLogDay.utc, now: day.now)
        day.rows = DashboardRows(model: day.data.model, now: day.now)
        return day
    }

    // The first frame after the rows were built again (a data change, a new minute): nothing to reuse.
    Benchmark("B3 render a 200×60 frame of 200 agents, rows new", configuration: configuration(1_000)) { (benchmark, day: QueueLogDay) in
        let rows = DashboardRows(model: day.data.model, now: day.now)
        var ui = UIState(reviewer: "lead")
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            var screen = Screen(width: 200, height: 60)
            Update.receive(.drawn(DashboardView.render(RenderContext(model: day.data.model, rows: rows, now: day.now), ui: ui, screen: &screen),
                                  whole: true), to: &ui, now: day.now)
            blackHole(screen)
        }
    } setup: {
        let day = try QueueLogDay(lines: quick ? 2_000 : 10_000)
        day.data = try DataDirectory(path: day.path, calendar: QueueLogDay.utc, now: day.now)
        return day
    }

    // As the dashboard handles it: the key moves only the selection, so the focused panel is
    // drawn again over the last frame; then the cells that changed are counted (the diff).
    Benchmark("B3 one ↓ key at 200×60 with 200 agents (update, render, cells changed)", configuration: configuration(1_000)) { (benchmark, day: QueueLogDay) in
        for _ in benchmark.scaledIterations {
            let before = day.ui
            let effects = Update.handle(.down, to: &day.ui, model: day.data.model, rows: day.rows, now: day.now, page: 30,
                                        newID: { "id" })
            let ctx = RenderContext(model: day.data.model, rows: day.rows, now: day.now, cache: day.cache)
            var screen = day.screen
            day.screen = Screen(width: 0, height: 0)
            if effects.isEmpty && day.ui.differsOnlyInSelection(from: before),
               let layout = DashboardView.renderSelectionMove(ctx, ui: day.ui, screen: &screen) {
                Update.receive(.drawn(layout, whole: false), to: &day.ui, now: day.now)
            } else {
                screen = Screen(width: 200, height: 60)
                Update.receive(.drawn(DashboardView.render(ctx, ui: day.ui, screen: &screen), whole: true), to: &day.ui, now: day.now)
            }
            blackHole(zip(screen.cells, day.shown.cells).reduce(0) { $0 + ($1.0 == $1.1 ? 0 : 1) })
            day.shown = screen
            day.screen = screen
        }
    } setup: {
        let day = try QueueLogDay(lines: quick ? 2_000 : 10_000)
        day.data = try DataDirectory(path: day.path, calendar: QueueLogDay.utc, now: day.now)
        day.rows = DashboardRows(model: day.data.model, now: day.now)
        let layout = DashboardView.render(RenderContext(model: day.data.model, rows: day.rows, now: day.now, cache: day.cache),
                                          ui: day.ui, screen: &day.screen)
        Update.receive(.drawn(layout, whole: true), to: &day.ui, now: day.now)
        day.shown = day.screen
        return day
    }

    Benchmark("Typical day: load the demo team's directory", configuration: configuration(50)) { (benchmark, demo: DemoTeamDay) in
        for _ in benchmark.scaledIterations {
            blackHole(try? DataDirectory(path: demo.path, calendar: demo.calendar, now: demo.now))
        }
    } setup: {
        try DemoTeamDay()
    }
}

/// A data directory holding a generated queue_log and its roster, and what a benchmark keeps
/// between iterations. Only the benchmark's one thread touches it.
final class QueueLogDay: @unchecked Sendable {
    static let utc = LocalCalendar(timeZone: TimeZone(identifier: "UTC")!)
    let directory: BenchDirectory
    var workload = QueueLogWorkload()
    let now: Instant
    var data: DataDirectory!
    var rows: DashboardRows!
    var ui = UIState(reviewer: "lead")
    var screen = Screen(width: 200, height: 60)
    /// What the terminal shows: the last frame, as the diff compares it.
    var shown = Screen(width: 200, height: 60)
    let cache = RenderCache()

    var path: String { directory.path }

    init(lines: Int) throws {
        directory = try BenchDirectory("queue-log-\(lines)")
        try directory.write("agents.csv", workload.agents())
        try directory.write("queue_log", workload.log(lines: lines))
        // Late on the log's last day: everything so far counts.
        now = workload.lastDay + 86_400 - 60
    }

    func append(_ file: String, _ text: String) throws { try directory.append(file, text) }

    deinit { directory.remove() }
}

/// The built-in demo team's day, written as `callboard demo` writes it: ten agents, CSV files.
final class DemoTeamDay: @unchecked Sendable {
    let directory: BenchDirectory
    let calendar = LocalCalendar(timeZone: TimeZone(identifier: "Europe/Warsaw")!)
    let now: Instant

    var path: String { directory.path }

    init() throws {
        directory = try BenchDirectory("demo")
        let day = try DemoDay(directory: URL(fileURLWithPath: directory.path), calendar: calendar, seed: 2026)
        now = calendar.instant(Day(year: 2026, month: 11, day: 27), hour: 14, minute: 0, second: 0)
        try day.writeInitialFiles(upTo: now)
    }

    deinit { directory.remove() }
}
