import CallboardDemo
import CallboardModel
import Foundation

/// A demo day in a fresh temporary directory, in a pinned time zone.
struct DemoFixture {
    static let calendar = LocalCalendar(timeZone: TimeZone(identifier: "Europe/Warsaw")!)
    static let today = Day(year: 2026, month: 11, day: 27)
    /// 2026-11-27 11:20:00 local.
    static let start = at(11, 20)

    static func at(_ hour: Int, _ minute: Int, _ second: Int = 0, day: Day = today) -> Instant {
        calendar.instant(day, hour: hour, minute: minute, second: second)
    }

    let directory: URL
    let day: DemoDay

    init(seed: UInt64 = 42) throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("callboard-demo-tests-\(UUID().uuidString)")
        day = try DemoDay(directory: directory, calendar: Self.calendar, seed: seed)
    }

    /// A fixture with the initial files written up to `time`.
    static func written(upTo time: Instant = start, seed: UInt64 = 42) throws -> DemoFixture {
        let fixture = try DemoFixture(seed: seed)
        try fixture.day.writeInitialFiles(upTo: time)
        return fixture
    }

    func bytes(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(name))
    }

    func text(_ name: String) throws -> String {
        String(decoding: try bytes(name), as: UTF8.self)
    }

    func table(_ name: String) throws -> CSVTable {
        CSVTable(try text(name))
    }

    /// The rows of status.csv, calls.csv or sales.csv dated on the demo day (the files also
    /// hold the past working days).
    func todayTable(_ name: String) throws -> CSVTable {
        var table = try self.table(name)
        let column = name == "calls.csv" ? "start" : "time"
        table.rows = table.rows.filter { $0[column]?.hasPrefix(DemoFixture.today.description) == true }
        return table
    }

    func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path)
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }

    /// `YYYY-MM-DD HH:MM:SS` in the fixture's zone.
    static func instant(_ text: String) -> Instant? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == ":" }).compactMap { Int($0) }
        guard parts.count == 6, text.count == 19 else { return nil }
        let day = Day(year: parts[0], month: parts[1], day: parts[2])
        return calendar.instant(day, hour: parts[3], minute: parts[4], second: parts[5])
    }
}
