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

    /// Nothing counted: no call entered, was answered, abandoned, left or completed.
    public var isEmpty: Bool { offered == 0 && answered == 0 && abandoned == 0 && exited == 0 && completed == 0 }

    /// Whether the service level, the abandon rate and ASA met their targets (`ServiceTargets.met`).
    public func targetsMet(_ targets: ServiceTargets) -> ServiceTargets.Met { targets.met(by: self) }

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
