import CallboardModel
import CallboardReaders
import Foundation

/// Simulated time for the demo: starts at `simulatedStart` and runs `speed` times faster than
/// the wall clock.
public struct DemoClock: Sendable {
    public let simulatedStart: Instant
    public let speed: Double
    /// Wall-clock seconds since 1970 at which `simulatedStart` was now.
    public let realStart: Double

    public init(simulatedStart: Instant, speed: Double, realStart: Double = Date().timeIntervalSince1970) {
        self.simulatedStart = simulatedStart
        self.speed = speed
        self.realStart = realStart
    }

    public func now() -> Instant { now(atRealTime: Date().timeIntervalSince1970) }

    /// The clock as the demo records it in its directory, for every other command there.
    public var recorded: RecordedClock {
        RecordedClock(simulatedStart: simulatedStart, realStart: realStart, speed: speed)
    }

    /// The simulated instant when the wall clock reads `realTime` (seconds since 1970).
    public func now(atRealTime realTime: Double) -> Instant {
        recorded.now(atRealTime: realTime)
    }

    /// `now` during the working day (08:30–15:30 local); otherwise 11:20 of today, so the demo
    /// opens on a busy floor at any hour.
    public static func defaultStart(calendar: LocalCalendar, now: Instant) -> Instant {
        let wall = calendar.wallClock(now)
        let second = wall.hour * 3600 + wall.minute * 60 + wall.second
        if (8 * 3600 + 30 * 60)...(15 * 3600 + 30 * 60) ~= second { return now }
        return calendar.instant(wall.day, hour: 11, minute: 20)
    }
}
