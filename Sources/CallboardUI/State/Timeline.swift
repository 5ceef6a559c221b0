import CallboardModel

/// Which moment the dashboard shows: now (live), the end of a past day, or a past day played
/// back as if live (`callboard replay`).
public enum Timeline: Equatable, Sendable {
    case live
    case pastDay(Day)
    case replay(ReplayClock)

    public var isLive: Bool { self == .live }

    /// The day shown, when it is not today.
    public var day: Day? {
        switch self {
        case .live: return nil
        case .pastDay(let d): return d
        case .replay(let r): return r.day
        }
    }

    /// The moment the model is read as of, given the real clock (`wall`) and the calendar.
    public func moment(wall: Instant, calendar: LocalCalendar) -> Instant {
        switch self {
        case .live: return wall
        case .pastDay(let d): return calendar.startOfDay(d.adding(days: 1)) - 1
        case .replay(let r): return r.moment(wall: wall)
        }
    }

    /// `[` (back) and `]` (forward) by `days` from what is shown, `today` being the live day:
    /// reaching today goes live again (a replay goes on at the same time of the other day);
    /// nothing goes past today.
    public func stepped(by days: Int, today: Day, calendar: LocalCalendar, wall: Instant) -> Timeline {
        switch self {
        case .live:
            return days < 0 ? .pastDay(today.adding(days: days)) : .live
        case .pastDay(let d):
            let next = d.adding(days: days)
            return next >= today ? .live : .pastDay(next)
        case .replay(var r):
            let next = min(today, r.day.adding(days: days))
            guard next != r.day else { return self }
            r.move(to: next, calendar: calendar, wall: wall)
            return .replay(r)
        }
    }
}

/// The clock of a replay: a moment of a past day that runs `speed` times as fast as the
/// real one while playing, and stands while paused; it never leaves its day.
public struct ReplayClock: Equatable, Sendable {
    public private(set) var day: Day
    /// The shown moment at `anchor` (a real moment): the clock runs from there.
    public private(set) var position: Instant
    public private(set) var anchor: Instant
    public private(set) var speed: Double
    public private(set) var paused: Bool
    /// The day's first and last second.
    public private(set) var start: Instant
    public private(set) var end: Instant

    public static let speeds: ClosedRange<Double> = 0.25...3600

    public init(day: Day, from: Instant, speed: Double, calendar: LocalCalendar, wall: Instant, paused: Bool = false) {
        self.day = day
        start = calendar.startOfDay(day)
        end = calendar.startOfDay(day.adding(days: 1)) - 1
        self.speed = min(ReplayClock.speeds.upperBound, max(ReplayClock.speeds.lowerBound, speed))
        position = min(end, max(start, from))
        anchor = wall
        self.paused = paused
    }

    /// The shown moment when the real clock says `wall`.
    public func moment(wall: Instant) -> Instant {
        guard !paused else { return position }
        let run = Double(max(0, wall - anchor)) * speed
        return min(end, position + Instant(run.rounded(.down)))
    }

    /// Whether the replay has reached the end of its day.
    public func isAtEnd(wall: Instant) -> Bool { moment(wall: wall) >= end }

    /// Pauses, or plays on from where it stands.
    public mutating func togglePause(wall: Instant) {
        settle(wall: wall)
        paused.toggle()
    }

    /// Forward (or back, negative) by `seconds` of the shown day, staying within it.
    public mutating func jump(by seconds: Int, wall: Instant) {
        settle(wall: wall)
        position = min(end, max(start, position + seconds))
    }

    /// Twice (`faster`) or half as fast, within `speeds`.
    public mutating func changeSpeed(faster: Bool, wall: Instant) {
        settle(wall: wall)
        speed = min(ReplayClock.speeds.upperBound, max(ReplayClock.speeds.lowerBound, faster ? speed * 2 : speed / 2))
    }

    /// The same time on the clock on `other` (within that day).
    mutating func move(to other: Day, calendar: LocalCalendar, wall: Instant) {
        settle(wall: wall)
        let clock = calendar.wallClock(position)
        day = other
        start = calendar.startOfDay(other)
        end = calendar.startOfDay(other.adding(days: 1)) - 1
        position = min(end, max(start, calendar.instant(other, hour: clock.hour, minute: clock.minute, second: clock.second)))
    }

    /// Takes the time run so far into `position`, anchored at `wall`.
    private mutating func settle(wall: Instant) {
        position = moment(wall: wall)
        anchor = wall
    }
}
