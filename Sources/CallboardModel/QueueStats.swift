/// One queue's day from the phone system's queue log, kept as running totals.
///
/// Definitions (docs/asterisk.md):
/// - offered: calls that entered the queue; answered: CONNECT; abandoned: the caller hung up
///   while waiting (ABANDON); exited: left by timeout, empty queue or a key (EXIT*).
/// - service level, Asterisk's definition: answered within T ÷ answered. The variant that
///   counts abandons: answered within T ÷ (answered + abandoned). The screen shows Asterisk's.
/// - ASA: total wait of answered calls ÷ answered. AHT: total talk of completed calls ÷ completed.
public struct QueueStats: Equatable, Sendable {
    public var offered = 0
    public var answered = 0
    public var answeredWithinThreshold = 0
    public var abandoned = 0
    public var exited = 0
    public var completed = 0
    public var waitSecondsAnswered = 0
    public var talkSeconds = 0
    /// The longest wait of a call that was answered or abandoned.
    public var longestWait = 0

    public init() {}

    public var serviceLevel: Double? { answered > 0 ? Double(answeredWithinThreshold) / Double(answered) : nil }

    public var serviceLevelWithAbandons: Double? {
        answered + abandoned > 0 ? Double(answeredWithinThreshold) / Double(answered + abandoned) : nil
    }

    public var abandonRate: Double? { offered > 0 ? Double(abandoned) / Double(offered) : nil }
    /// Average speed of answer, whole seconds.
    public var averageSpeedOfAnswer: Int? { answered > 0 ? waitSecondsAnswered / answered : nil }
    /// Average handling (talk) time, whole seconds.
    public var averageHandlingTime: Int? { completed > 0 ? talkSeconds / completed : nil }

    public static func + (a: QueueStats, b: QueueStats) -> QueueStats {
        var s = QueueStats()
        s.offered = a.offered + b.offered
        s.answered = a.answered + b.answered
        s.answeredWithinThreshold = a.answeredWithinThreshold + b.answeredWithinThreshold
        s.abandoned = a.abandoned + b.abandoned
        s.exited = a.exited + b.exited
        s.completed = a.completed + b.completed
        s.waitSecondsAnswered = a.waitSecondsAnswered + b.waitSecondsAnswered
        s.talkSeconds = a.talkSeconds + b.talkSeconds
        s.longestWait = max(a.longestWait, b.longestWait)
        return s
    }
}

/// The queues of the day and the calls waiting in them now.
public struct QueueBoard: Equatable, Sendable {
    public private(set) var byQueue: [String: QueueStats] = [:]
    /// Calls in a queue and not yet answered or gone, by a key of their visit (the caller's
    /// uniqueid and the queue, hashed by the reader: a million lines should not hash a
    /// million Strings). One caller may visit several queues in turn.
    public private(set) var waiting = CallKeyTable<WaitingCall>(capacity: 64)
    /// Service level threshold T in seconds.
    public var threshold: Int

    public struct WaitingCall: Equatable, Sendable {
        public var queue: String
        public var entered: Instant
    }

    public init(threshold: Int = 20) { self.threshold = threshold }

    public var isEmpty: Bool { byQueue.isEmpty && waiting.isEmpty }
    public var total: QueueStats { byQueue.values.reduce(QueueStats(), +) }
    public var queueNames: [String] { byQueue.keys.sorted() }

    /// A call entered `queue`; `counted` is false for calls of an earlier day that are
    /// still waiting (they wait on, but are not today's offered calls).
    public mutating func enter(call: Int, queue: String, at time: Instant, counted: Bool) {
        if counted { byQueue[queue, default: QueueStats()].offered += 1 }
        waiting[call] = WaitingCall(queue: queue, entered: time)
    }

    public mutating func connect(call: Int, queue: String, wait: Int, counted: Bool) {
        waiting[call] = nil
        guard counted else { return }
        let within = wait <= threshold
        update(queue) { s in
            s.answered += 1
            s.waitSecondsAnswered += wait
            if within { s.answeredWithinThreshold += 1 }
            s.longestWait = max(s.longestWait, wait)
        }
    }

    public mutating func complete(call: Int, queue: String, talk: Int, counted: Bool) {
        waiting[call] = nil
        guard counted else { return }
        update(queue) { s in
            s.completed += 1
            s.talkSeconds += talk
        }
    }

    public mutating func abandon(call: Int, queue: String, wait: Int, counted: Bool) {
        waiting[call] = nil
        guard counted else { return }
        update(queue) { s in
            s.abandoned += 1
            s.longestWait = max(s.longestWait, wait)
        }
    }

    public mutating func exit(call: Int, queue: String, counted: Bool) {
        waiting[call] = nil
        guard counted else { return }
        byQueue[queue, default: QueueStats()].exited += 1
    }

    /// Changes one queue's totals with a single lookup.
    private mutating func update(_ queue: String, _ change: (inout QueueStats) -> Void) {
        change(&byQueue[queue, default: QueueStats()])
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
}
