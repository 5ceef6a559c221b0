/// A call marked reviewed (a `review` record of reviews.jsonl), with the reviewer's
/// evaluation when one was made (`e`): a score 1–5, tags and a note.
public struct ReviewMark: Equatable, Sendable {
    public var id: String
    public var time: Instant
    public var call: String
    public var agent: String
    public var reviewer: String
    /// 1…5; nil for a plain mark (`r`).
    public var score: Int?
    public var tags: [String]
    public var note: String?

    public init(id: String, time: Instant, call: String, agent: String, reviewer: String,
                score: Int? = nil, tags: [String] = [], note: String? = nil) {
        self.id = id
        self.time = time
        self.call = call
        self.agent = agent
        self.reviewer = reviewer
        self.score = score
        self.tags = tags
        self.note = note
    }

    public static let scores = 1...5
}

/// A coaching session held (a `session` record): a coaching.csv item, or an agent's
/// one-on-one on the cadence (`item` is then `one-on-one:AGENT`).
public struct SessionMark: Equatable, Sendable {
    public var id: String
    public var time: Instant
    public var item: String
    /// nil: the whole team (a group session).
    public var agent: String?
    public var kind: CoachingKind
    public var note: String?
    public var reviewer: String

    public init(id: String, time: Instant, item: String, agent: String?, kind: CoachingKind, note: String? = nil,
                reviewer: String) {
        self.id = id
        self.time = time
        self.item = item
        self.agent = agent
        self.kind = kind
        self.note = note
        self.reviewer = reviewer
    }
}

/// A suggestion put aside until the end of the day it was dismissed on (a `dismiss` record).
public struct DismissMark: Equatable, Sendable {
    public var id: String
    public var time: Instant
    /// The suggestion's key: `RULE:AGENT`.
    public var suggestion: String
    public var agent: String
    public var reviewer: String

    public init(id: String, time: Instant, suggestion: String, agent: String, reviewer: String) {
        self.id = id
        self.time = time
        self.suggestion = suggestion
        self.agent = agent
        self.reviewer = reviewer
    }
}

/// Takes back an earlier record (an `undo` record): the journal itself is never rewritten.
public struct UndoMark: Equatable, Sendable {
    public var id: String
    public var time: Instant
    public var target: String
    public var reviewer: String

    public init(id: String, time: Instant, target: String, reviewer: String) {
        self.id = id
        self.time = time
        self.target = target
        self.reviewer = reviewer
    }
}

/// One line of reviews.jsonl.
public enum JournalRecord: Equatable, Sendable {
    case review(ReviewMark)
    case session(SessionMark)
    case dismiss(DismissMark)
    case undo(UndoMark)
    /// A kind this version does not know (written by a newer callboard): kept out of the figures.
    case other(kind: String)

    public static let schemaVersion = 1

    public var id: String? {
        switch self {
        case .review(let r): return r.id
        case .session(let s): return s.id
        case .dismiss(let d): return d.id
        case .undo(let u): return u.id
        case .other: return nil
        }
    }

    public var time: Instant? {
        switch self {
        case .review(let r): return r.time
        case .session(let s): return s.time
        case .dismiss(let d): return d.time
        case .undo(let u): return u.time
        case .other: return nil
        }
    }
}
