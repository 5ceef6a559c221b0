/// A finished call (calls.csv).
public struct CallRecord: Equatable, Sendable {
    public var id: String
    public var agent: String
    public var start: Instant
    public var duration: Int
    public var outcome: String
    public var direction: String?
    public var customer: String?
    public var recording: String?
    /// Marked for review by the phone system or a supervisor.
    public var flagged: Bool

    public init(id: String, agent: String, start: Instant, duration: Int, outcome: String,
                direction: String? = nil, customer: String? = nil, recording: String? = nil,
                flagged: Bool = false) {
        self.id = id
        self.agent = agent
        self.start = start
        self.duration = duration
        self.outcome = outcome
        self.direction = direction
        self.customer = customer
        self.recording = recording
        self.flagged = flagged
    }

    public var end: Instant { start + duration }
}
