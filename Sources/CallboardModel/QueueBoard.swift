import Foundation

/// The queues of the day and the calls waiting in them now; all queues together by the hour,
/// today's and each earlier day's of the look-back (`TeamDay.lookBackDays`).
///
/// A day counts the events of its own lines, as the day's totals do; within the day, a call's
/// figures count in the hour it entered the queue: a call that entered at 10:59 and was
/// answered at 11:01 is offered and answered in the hour from 10:00. An event whose ENTERQUEUE
/// was not seen, or was on another day, counts in the hour of its own line, so that the hours
/// of a day add up to its totals. Hours are counted from local midnight, as `HourTally`'s: 23
/// or 25 of them on the days summer time begins or ends.
public struct QueueBoard: Equatable, Sendable {
    public private(set) var byQueue: [String: QueueStats] = [:]
    /// Calls in a queue and not yet answered or gone, by a key of their visit (the caller's
    /// uniqueid and the queue, hashed by the reader: a million lines should not hash a
    /// million Strings). One caller may visit several queues in turn.
    public private(set) var waiting = CallKeyTable<WaitingCall>(capacity: 64)
    /// Service level threshold T in seconds.
    public var threshold: Int
    /// Local midnight starting today; nil: no hours are kept.
    public let dayStart: Instant?
    public let calendar: LocalCalendar
    /// All queues together by the hour since `dayStart`, up to the last hour with an event.
    public private(set) var hours: [QueueStats] = []
    /// Today, and the start of tomorrow.
    private let day: Day?
    private let dayEnd: Instant?
    /// Lines from here to `dayStart` count in `earlierHourSlots`.
    private let historyStart: Instant?
    /// All queues together by the hour of each earlier day of the look-back, oldest first: an
    /// array rather than a dictionary, since a million-line log adds to it on most lines.
    private var earlierHourSlots: [[QueueStats]] = Array(repeating: [], count: TeamDay.lookBackDays)
    /// The earlier day `earlierDay` worked out last (a log's lines come in order).
    private var lastEarlierDay: EarlierDay?

    public struct WaitingCall: Equatable, Sendable {
        public var queue: String
        public var entered: Instant
    }

    /// An earlier day's bounds and its place in `earlierHourSlots`.
    private struct EarlierDay {
        var start: Instant
        var end: Instant
        var slot: Int
    }

    /// The calendar when none is given: no hours are kept without a `dayStart`, so the zone
    /// does not matter, and a shared one is not worked out again for every board.
    public static let noCalendar = LocalCalendar(timeZone: TimeZone(identifier: "UTC")!)

    public init(threshold: Int = 20, dayStart: Instant? = nil, calendar: LocalCalendar = QueueBoard.noCalendar) {
        self.threshold = threshold
        self.dayStart = dayStart
        self.calendar = calendar
        let day = dayStart.map(calendar.day(of:))
        self.day = day
        dayEnd = day.map { calendar.startOfDay($0.adding(days: 1)) }
        historyStart = day.map { calendar.startOfDay($0.adding(days: -TeamDay.lookBackDays)) }
    }

    /// What the board holds; not which earlier day it looked up last.
    public static func == (a: QueueBoard, b: QueueBoard) -> Bool {
        a.byQueue == b.byQueue && a.waiting == b.waiting && a.threshold == b.threshold && a.dayStart == b.dayStart
            && a.calendar == b.calendar && a.hours == b.hours && a.earlierHourSlots == b.earlierHourSlots
    }

    public var isEmpty: Bool { byQueue.isEmpty && waiting.isEmpty }
    public var total: QueueStats { byQueue.values.reduce(QueueStats(), +) }
    public var queueNames: [String] { byQueue.keys.sorted() }

    /// A call entered `queue`; `counted` is false for calls of an earlier day that are
    /// still waiting (they wait on, but are not today's offered calls).
    public mutating func enter(call: Int, queue: String, at time: Instant, counted: Bool) {
        waiting[call] = WaitingCall(queue: queue, entered: time)
        count(queue, entered: time, at: time, counted: counted) { $0.offered += 1 }
    }

    public mutating func connect(call: Int, queue: String, wait: Int, at time: Instant, counted: Bool) {
        let entered = waiting[call]?.entered
        waiting[call] = nil
        let within = wait <= threshold
        count(queue, entered: entered, at: time, counted: counted) { s in
            s.answered += 1
            s.waitSecondsAnswered += wait
            if within { s.answeredWithinThreshold += 1 }
            s.longestWait = max(s.longestWait, wait)
        }
    }

    /// A span ended; `entered`: when its call entered the queue (nil when that was not seen).
    public mutating func complete(call: Int, queue: String, talk: Int, entered: Instant?, at time: Instant, counted: Bool) {
        waiting[call] = nil
        count(queue, entered: entered, at: time, counted: counted) { s in
            s.completed += 1
            s.talkSeconds += talk
        }
    }

    public mutating func abandon(call: Int, queue: String, wait: Int, at time: Instant, counted: Bool) {
        let entered = waiting[call]?.entered
        waiting[call] = nil
        count(queue, entered: entered, at: time, counted: counted) { s in
            s.abandoned += 1
            s.longestWait = max(s.longestWait, wait)
        }
    }

    public mutating func exit(call: Int, queue: String, at time: Instant, counted: Bool) {
        let entered = waiting[call]?.entered
        waiting[call] = nil
        count(queue, entered: entered, at: time, counted: counted) { $0.exited += 1 }
    }

    /// Changes the figures of an event at `time` of a call that entered at `entered`: today's
    /// (`counted`) in its queue and hour, an earlier day's in that day's hour.
    private mutating func count(_ queue: String, entered: Instant?, at time: Instant, counted: Bool,
                                _ change: (inout QueueStats) -> Void) {
        if counted {
            change(&byQueue[queue, default: QueueStats()])
            guard let dayStart, let dayEnd, time >= dayStart, time < dayEnd else { return }
            let from = entered.flatMap { $0 >= dayStart && $0 < dayEnd ? $0 : nil } ?? time
            QueueBoard.tally(&hours, hour: (from - dayStart) / 3600, change)
        } else if let day, let dayStart, let historyStart, time >= historyStart, time < dayStart {
            let d = earlierDay(time, today: day)
            let from = entered.flatMap { $0 >= d.start && $0 < d.end ? $0 : nil } ?? time
            QueueBoard.tally(&earlierHourSlots[d.slot], hour: (from - d.start) / 3600, change)
        }
    }

    /// Changes hour `hour` of a day's hours, adding the hours before it as needed.
    private static func tally(_ hours: inout [QueueStats], hour: Int, _ change: (inout QueueStats) -> Void) {
        guard hour >= 0 else { return }
        while hours.count <= hour { hours.append(QueueStats()) }
        change(&hours[hour])
    }

    /// The earlier day of `time` (in the look-back before `today`): the last one asked for when
    /// `time` is in it, else worked out from the calendar.
    private mutating func earlierDay(_ time: Instant, today: Day) -> EarlierDay {
        if let last = lastEarlierDay, time >= last.start, time < last.end { return last }
        let d = calendar.day(of: time)
        let found = EarlierDay(start: calendar.startOfDay(d), end: calendar.startOfDay(d.adding(days: 1)),
                               slot: d.days(since: today) + TeamDay.lookBackDays)
        lastEarlierDay = found
        return found
    }

    /// A waiting call now known by another key (the caller took a consultation call's place).
    public mutating func move(from old: Int, to new: Int) {
        guard let w = waiting[old] else { return }
        waiting[old] = nil
        waiting[new] = w
    }

    /// Asterisk restarted (QUEUESTART): nobody waits any more; the callers are not counted
    /// as abandoned, since the log cannot say what became of them.
    public mutating func clearWaiting() {
        waiting.removeAll()
    }

    /// A call still "waiting" after this long was lost from the log (a restart, a gap):
    /// it is not counted as waiting.
    public static let staleAfter = 4 * 3600

    /// Calls waiting now, and how long the longest has waited.
    public func waitingNow(at now: Instant) -> (count: Int, longest: Int) {
        let live = liveWaiting(at: now).map(\.entered)
        return (live.count, live.min().map { max(0, now - $0) } ?? 0)
    }

    /// The calls still waiting at `now`: not those lost from the log (`staleAfter`).
    public func liveWaiting(at now: Instant) -> [WaitingCall] {
        waiting.allValues.filter { now - $0.entered < QueueBoard.staleAfter }
    }

    // MARK: By the hour

    /// All queues together by the hour of each earlier day of the look-back that had queue
    /// events, for "yesterday" and "the same weekday last week".
    public var earlierHours: [Day: [QueueStats]] {
        guard let day else { return [:] }
        var out: [Day: [QueueStats]] = [:]
        let first = day.adding(days: -TeamDay.lookBackDays)
        for (slot, hours) in earlierHourSlots.enumerated() where !hours.isEmpty {
            out[first.adding(days: slot)] = hours
        }
        return out
    }

    /// The hours of `day`: today's, or an earlier day's of the look-back; empty for any other.
    public func hours(on day: Day) -> [QueueStats] {
        guard let today = self.day else { return [] }
        if day == today { return hours }
        let slot = day.days(since: today) + TeamDay.lookBackDays
        return (0..<TeamDay.lookBackDays).contains(slot) ? earlierHourSlots[slot] : []
    }

    /// How many hours today has: 24, or 23 or 25 on the days summer time begins or ends.
    public var hourCount: Int {
        guard let dayStart, let dayEnd else { return 0 }
        return (dayEnd - dayStart) / 3600
    }

    /// The hour of today that `time` falls in, counted from midnight; nil outside today.
    public func hour(of time: Instant) -> Int? {
        guard let dayStart, let dayEnd, time >= dayStart, time < dayEnd else { return nil }
        return (time - dayStart) / 3600
    }

    /// When hour `hour` of today begins: its clock time is the label to show (on the day
    /// summer time ends, two hours read 02:00).
    public func start(ofHour hour: Int) -> Instant? {
        dayStart.map { $0 + hour * 3600 }
    }

    /// All queues together in hour `hour` of today.
    public func stats(hour: Int) -> QueueStats {
        hour >= 0 && hour < hours.count ? hours[hour] : QueueStats()
    }

    /// The hours of today to show at `now`: none before the first queue event; then every
    /// hour of `shift` begun by `now` and every hour with an event, in order.
    public func shownHours(shift: Shift, at now: Instant) -> [Int] {
        guard let dayStart, let dayEnd, hours.contains(where: { !$0.isEmpty }), now >= dayStart else { return [] }
        let current = (min(now, dayEnd - 1) - dayStart) / 3600
        func inShift(_ h: Int) -> Bool { dayStart + h * 3600 < shift.end && dayStart + (h + 1) * 3600 > shift.start }
        return (0..<max(hours.count, current + 1)).filter { h in
            (h < hours.count && !hours[h].isEmpty) || (h <= current && inShift(h))
        }
    }

    /// Whether hour `hour` of today is under way at `now`.
    public func isRunning(hour: Int, at now: Instant) -> Bool { self.hour(of: now) == hour }

    /// Hour `hour` of today against `targets` (`ServiceTargets.met`).
    public func targetsMet(hour: Int, _ targets: ServiceTargets) -> ServiceTargets.Met {
        stats(hour: hour).targetsMet(targets)
    }

    /// The day so far, all queues together, against `targets`.
    public func targetsMet(_ targets: ServiceTargets) -> ServiceTargets.Met {
        total.targetsMet(targets)
    }
}
