import CallboardModel
import CallboardTOML
import Foundation

/// A data directory's own clock. The demo writes its day by a simulated clock (from 11:20 at
/// any hour, or faster than real time) and records that clock here, so that every command on
/// the directory — `report`, `check`, `snapshot`, `review`, the dashboard — sees the moment the
/// demo's dashboard shows, not the real time, which may be hours away from the demo's day.
public struct RecordedClock: Equatable, Sendable {
    public static let file = "clock.toml"

    /// The simulated moment at `realStart`.
    public var simulatedStart: Instant
    /// Seconds since 1970 (real time, with a fraction) when the simulated clock read `simulatedStart`.
    public var realStart: Double
    /// Simulated seconds per real second.
    public var speed: Double
    /// Set when the demo ended: the directory's day stands still there.
    public var stoppedAt: Instant?

    public init(simulatedStart: Instant, realStart: Double, speed: Double, stoppedAt: Instant? = nil) {
        self.simulatedStart = simulatedStart
        self.realStart = realStart
        self.speed = speed
        self.stoppedAt = stoppedAt
    }

    /// The directory's moment when the real clock reads `realTime` (seconds since 1970).
    public func now(atRealTime realTime: Double) -> Instant {
        if let stoppedAt { return stoppedAt }
        return simulatedStart + Int(((realTime - realStart) * speed).rounded(.down))
    }

    public func now() -> Instant { now(atRealTime: Date().timeIntervalSince1970) }

    /// Why a clock file could not be used.
    public struct Unusable: Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    /// The clock recorded in `directory`, nil when there is none (the real clock applies).
    public static func read(directory: String) throws(Unusable) -> RecordedClock? {
        let path = directory + "/" + file
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else { throw Unusable(description: "\(file): cannot read") }
        return try parse(String(decoding: data, as: UTF8.self))
    }

    /// Bounds that keep every figure in range: 1970 to 2200, speeds the demo accepts.
    static let instants: ClosedRange<Int64> = 0...7_258_118_400

    public static func parse(_ text: String) throws(Unusable) -> RecordedClock {
        let table: TOMLTable
        do {
            table = try TOMLParser.parse(text)
        } catch {
            throw Unusable(description: "\(file): \(error.description)")
        }
        func instant(_ key: String) throws(Unusable) -> Instant? {
            guard let value = table[key] else { return nil }
            guard case .integer(let n) = value, instants.contains(n) else {
                throw Unusable(description: "\(file):\(table.line(of: key) ?? 0): \(key) is not seconds since 1970")
            }
            return Instant(n)
        }
        guard let start = try instant("simulated_start") else {
            throw Unusable(description: "\(file): simulated_start is missing")
        }
        guard let real = table["real_start"]?.double ?? table["real_start"]?.int.map(Double.init),
              real.isFinite, Double(instants.lowerBound)...Double(instants.upperBound) ~= real else {
            throw Unusable(description: "\(file):\(table.line(of: "real_start") ?? 0): real_start is not seconds since 1970")
        }
        let speed = table["speed"]?.double ?? table["speed"]?.int.map(Double.init) ?? 1
        guard speed > 0, speed <= 3600 else {
            throw Unusable(description: "\(file):\(table.line(of: "speed") ?? 0): speed is not between 0 and 3600")
        }
        return RecordedClock(simulatedStart: start, realStart: real, speed: speed, stoppedAt: try instant("stopped_at"))
    }

    /// The file's text, with the moments also in local time for a reader.
    public func text(calendar: LocalCalendar) -> String {
        func local(_ i: Instant) -> String { calendar.wallClock(i).description }
        var lines = [
            "# The clock of this directory's demo day: every callboard command on it takes the time",
            "# from here, so that all of them agree with the demo's dashboard. Remove it to use the real clock.",
            "simulated_start = \(simulatedStart)  # \(local(simulatedStart))",
            "real_start = \(String(format: "%.3f", realStart))",
            "speed = \(speed)",
        ]
        if let stoppedAt { lines.append("stopped_at = \(stoppedAt)  # \(local(stoppedAt)): the demo ended here") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes the file whole (a new file renamed over the old one).
    public func write(directory: String, calendar: LocalCalendar) throws {
        let path = directory + "/" + RecordedClock.file
        let temporary = path + ".new"
        try Data(text(calendar: calendar).utf8).write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, path) == 0 else {
            throw Unusable(description: "\(RecordedClock.file): cannot write: \(String(cString: strerror(errno)))")
        }
    }
}
