import CallboardModel

/// What a service-mode report shows beyond `DayReport`, which carries the queues only as one
/// total: each queue with the calls waiting in it, the service level's threshold, each
/// agent's queue work, and the day's hours against the targets. Taken from the same `TeamDay`
/// at the same moment as the report.
public struct ServiceFigures: Equatable, Sendable {
    public struct Queue: Equatable, Sendable {
        public var name: String
        public var stats: QueueStats
        /// Calls waiting in it at the report's moment.
        public var waitingNow: Int

        public init(name: String, stats: QueueStats, waitingNow: Int) {
            self.name = name
            self.stats = stats
            self.waitingNow = waitingNow
        }
    }

    public struct AgentWork: Equatable, Sendable {
        /// Queue calls the agent answered, and how long their callers had waited in all.
        public var queueAnswers: Int
        public var holdSeconds: Int
        /// Queue calls that rang at the agent and were not answered.
        public var ringNoAnswers: Int

        public init(queueAnswers: Int, holdSeconds: Int, ringNoAnswers: Int) {
            self.queueAnswers = queueAnswers
            self.holdSeconds = holdSeconds
            self.ringNoAnswers = ringNoAnswers
        }

        /// The callers' average wait before the agent answered, whole seconds.
        public var averageHold: Int? { queueAnswers > 0 ? holdSeconds / queueAnswers : nil }

        public static func + (a: AgentWork, b: AgentWork) -> AgentWork {
            AgentWork(queueAnswers: a.queueAnswers + b.queueAnswers, holdSeconds: a.holdSeconds + b.holdSeconds,
                      ringNoAnswers: a.ringNoAnswers + b.ringNoAnswers)
        }
    }

    /// One hour of the day, all queues together (`QueueBoard.hours`).
    public struct Hour: Equatable, Sendable {
        /// Hours since local midnight: 23 or 25 of them on the days summer time begins or ends.
        public var index: Int
        /// When it begins; its clock time is its label.
        public var start: Instant
        public var stats: QueueStats
        public var met: ServiceTargets.Met
        /// Under way at the report's moment: its figures are so far.
        public var running: Bool

        public init(index: Int, start: Instant, stats: QueueStats, met: ServiceTargets.Met, running: Bool = false) {
            self.index = index
            self.start = start
            self.stats = stats
            self.met = met
            self.running = running
        }
    }

    /// T of "answered within T seconds" (`[service] level_seconds`).
    public var threshold: Int
    /// By name.
    public var queues: [Queue]
    /// By agent id.
    public var agents: [String: AgentWork]
    /// `[service]`'s targets for the service level, the abandon rate and ASA.
    public var targets: ServiceTargets
    /// The hours of the shift so far and every hour with queue calls (`QueueBoard.shownHours`).
    public var hours: [Hour]

    public init(threshold: Int, queues: [Queue] = [], agents: [String: AgentWork] = [:], targets: ServiceTargets = ServiceTargets(),
                hours: [Hour] = []) {
        self.threshold = threshold
        self.queues = queues
        self.agents = agents
        self.targets = targets
        self.hours = hours
    }

    /// The queues with today's calls or calls waiting now; a waiting call is counted as
    /// `QueueBoard.waitingNow` counts it (one lost from the log for hours is not).
    public init(_ model: TeamDay, at now: Instant) {
        let board = model.queues
        var waiting: [String: Int] = [:]
        for call in board.liveWaiting(at: now) {
            waiting[call.queue, default: 0] += 1
        }
        let names = Set(board.byQueue.keys).union(waiting.keys).sorted()
        let targets = ServiceTargets(model.settings)
        let hours = board.shownHours(shift: model.shift, at: now).map { h in
            Hour(index: h, start: board.start(ofHour: h) ?? model.dayStart + h * 3600, stats: board.stats(hour: h),
                 met: board.targetsMet(hour: h, targets), running: board.isRunning(hour: h, at: now))
        }
        self.init(threshold: board.threshold,
                  queues: names.map { Queue(name: $0, stats: board.byQueue[$0] ?? QueueStats(), waitingNow: waiting[$0] ?? 0) },
                  agents: Dictionary(model.agents.map {
                      ($0.id, AgentWork(queueAnswers: $0.queueAnswers, holdSeconds: $0.holdSeconds, ringNoAnswers: $0.ringNoAnswers))
                  }, uniquingKeysWith: { first, _ in first }),
                  targets: targets, hours: hours)
    }

    /// Hours that missed a target.
    var missedHours: [Hour] { hours.filter(\.met.anyMissed) }

    /// The whole team's queue work.
    var teamWork: AgentWork {
        agents.values.reduce(AgentWork(queueAnswers: 0, holdSeconds: 0, ringNoAnswers: 0), +)
    }
}
