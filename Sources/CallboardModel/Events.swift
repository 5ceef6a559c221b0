/// A row of status.csv: an agent entered `state` at `time`.
public struct StatusChange: Equatable, Sendable {
    public var time: Instant
    public var agent: String
    public var state: AgentState
    public var reason: String?

    public init(time: Instant, agent: String, state: AgentState, reason: String? = nil) {
        self.time = time
        self.agent = agent
        self.state = state
        self.reason = reason
    }
}

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

/// A sale (sales.csv).
public struct Sale: Equatable, Sendable {
    public var time: Instant
    public var agent: String
    public var amount: Money
    public var callID: String?
    public var product: String?

    public init(time: Instant, agent: String, amount: Money, callID: String? = nil, product: String? = nil) {
        self.time = time
        self.agent = agent
        self.amount = amount
        self.callID = callID
        self.product = product
    }
}

public enum CoachingKind: String, CaseIterable, Sendable {
    case oneOnOne = "one-on-one"
    case group
    case training
    case review
    case other

    /// Reads `one-on-one` and its common spellings (1:1, 1on1, oneonone).
    public init?(word: String) {
        let w = word.lowercased().filter { $0 != " " && $0 != "-" && $0 != "_" }
        switch w {
        case "oneonone", "1on1", "1:1", "11": self = .oneOnOne
        case "group", "team", "groupsession": self = .group
        case "training": self = .training
        case "review", "callreview": self = .review
        case "other": self = .other
        default: return nil
        }
    }

    public var label: String {
        switch self {
        case .oneOnOne: return "1:1"
        case .group: return "group"
        case .training: return "training"
        case .review: return "review"
        case .other: return "other"
        }
    }
}

/// A planned coaching session or task (coaching.csv).
public struct CoachingItem: Equatable, Sendable {
    public var id: String
    /// nil: the whole team.
    public var agent: String?
    public var kind: CoachingKind
    public var due: Day
    public var title: String
    public var call: String?
    public var done: Day?

    public init(id: String, agent: String?, kind: CoachingKind, due: Day, title: String,
                call: String? = nil, done: Day? = nil) {
        self.id = id
        self.agent = agent
        self.kind = kind
        self.due = due
        self.title = title
        self.call = call
        self.done = done
    }
}
