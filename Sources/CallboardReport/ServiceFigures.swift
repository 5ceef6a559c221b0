import CallboardModel

/// What a service-mode report shows beyond `DayReport`, which carries the queues only as one
/// total: each queue with the calls waiting in it, the service level's threshold, and each
/// agent's queue work. Taken from the same `TeamDay` at the same moment as the report.
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

    /// T of "answered within T seconds" (`[service] level_seconds`).
    public var threshold: Int
    /// By name.
    public var queues: [Queue]
    /// By agent id.
    public var agents: [String: AgentWork]

    public init(threshold: Int, queues: [Queue] = [], agents: [String: AgentWork] = [:]) {
        self.threshold = threshold
        self.queues = queues
        self.agents = agents
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
        self.init(threshold: board.threshold,
                  queues: names.map { Queue(name: $0, stats: board.byQueue[$0] ?? QueueStats(), waitingNow: waiting[$0] ?? 0) },
                  agents: Dictionary(model.agents.map {
                      ($0.id, AgentWork(queueAnswers: $0.queueAnswers, holdSeconds: $0.holdSeconds, ringNoAnswers: $0.ringNoAnswers))
                  }, uniquingKeysWith: { first, _ in first }))
    }

    /// The whole team's queue work.
    var teamWork: AgentWork {
        agents.values.reduce(AgentWork(queueAnswers: 0, holdSeconds: 0, ringNoAnswers: 0), +)
    }
}
