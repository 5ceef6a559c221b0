import Foundation

/// A moment, as whole seconds since 1970-01-01 00:00:00 UTC.
public typealias Instant = Int

/// Converts between instants and local wall-clock time in one time zone.
/// Everything that says "today" or "08:00" goes through one of these, so tests can
/// pin a zone instead of depending on the machine's.
public struct LocalCalendar: Equatable, Sendable {
    public let timeZone: TimeZone
    /// The zone's offsets from 1990 to 2070, worked out once: `offsets[i]` holds from
    /// `changes[i]` on. Every row of every file asks for an offset, and the time zone's own
    /// answer costs a look-up in the zone rules each time.
    private let changes: [Instant]
    private let offsets: [Int]

    static let tableStart: Instant = 631_152_000   // 1990-01-01 00:00:00 UTC
    static let tableEnd: Instant = 3_155_760_000   // 2070-01-01 00:00:00 UTC

    public init(timeZone: TimeZone = .current) {
        self.timeZone = timeZone
        var changes = [LocalCalendar.tableStart]
        var offsets = [timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(LocalCalendar.tableStart)))]
        var date = Date(timeIntervalSince1970: TimeInterval(LocalCalendar.tableStart))
        while let next = timeZone.nextDaylightSavingTimeTransition(after: date), next.timeIntervalSince1970 < TimeInterval(LocalCalendar.tableEnd),
              next > date {
            changes.append(Instant(next.timeIntervalSince1970.rounded(.down)))
            offsets.append(timeZone.secondsFromGMT(for: next))
            date = next
        }
        self.changes = changes
        self.offsets = offsets
    }

    public static func == (a: LocalCalendar, b: LocalCalendar) -> Bool { a.timeZone == b.timeZone }

    /// Seconds east of UTC at `instant`.
    public func offset(at instant: Instant) -> Int {
        guard instant >= LocalCalendar.tableStart, instant < LocalCalendar.tableEnd else {
            return timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
        }
        var lo = 0, hi = changes.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if changes[mid] <= instant { lo = mid } else { hi = mid - 1 }
        }
        return offsets[lo]
    }

    /// The instant of a local wall-clock time. In a DST gap the time is read with the
    /// offset in force before the gap; in an overlap the first occurrence wins.
    public func instant(_ day: Day, hour: Int = 0, minute: Int = 0, second: Int = 0) -> Instant {
        let wall = day.ordinal * 86_400 + hour * 3600 + minute * 60 + second
        // The offsets a day either side: any change of offset near `wall` lies between them.
        let before = offset(at: wall - 86_400), after = offset(at: wall + 86_400)
        let early = wall - before, late = wall - after
        let earlyFits = offset(at: early) == before, lateFits = offset(at: late) == after
        if earlyFits && lateFits { return min(early, late) }
        return lateFits ? late : early
    }

    /// The instant `minutes` after local midnight of `day`.
    public func instant(_ day: Day, minuteOfDay: Int) -> Instant {
        instant(day, hour: minuteOfDay / 60, minute: minuteOfDay % 60)
    }

    public func startOfDay(_ day: Day) -> Instant { instant(day) }

    public func day(of instant: Instant) -> Day {
        let local = instant + offset(at: instant)
        return Day(ordinal: Int((Double(local) / 86_400).rounded(.down)))
    }

    /// ISO 8601 with this zone's offset at that moment: `2026-11-27T09:30:00+01:00`.
    public func iso8601(_ instant: Instant) -> String {
        let w = wallClock(instant)
        let off = offset(at: instant)
        let a = abs(off)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(w.day)T\(w.time)\(off < 0 ? "-" : "+")\(two(a / 3600)):\(two(a / 60 % 60))"
    }

    /// Local wall-clock parts of an instant.
    public func wallClock(_ instant: Instant) -> WallClock {
        let local = instant + offset(at: instant)
        let days = Int((Double(local) / 86_400).rounded(.down))
        let secs = local - days * 86_400
        return WallClock(day: Day(ordinal: days), hour: secs / 3600, minute: secs / 60 % 60, second: secs % 60)
    }
}

/// Local date and time of day.
public struct WallClock: Equatable, Sendable {
    public let day: Day
    public let hour: Int
    public let minute: Int
    public let second: Int

    public init(day: Day, hour: Int, minute: Int, second: Int) {
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// `HH:MM:SS`.
    public var time: String {
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(two(hour)):\(two(minute)):\(two(second))"
    }

    /// `HH:MM`.
    public var shortTime: String { String(time.prefix(5)) }

    /// `YYYY-MM-DD HH:MM:SS`.
    public var description: String { "\(day) \(time)" }
}
