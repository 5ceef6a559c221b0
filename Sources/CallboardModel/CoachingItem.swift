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
