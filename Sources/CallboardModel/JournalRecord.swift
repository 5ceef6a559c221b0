/// A call marked reviewed (a `review` record of reviews.jsonl).
public struct ReviewMark: Equatable, Sendable {
    public var id: String
    public var time: Instant
    public var call: String
    public var agent: String
    public var reviewer: String

    public init(id: String, time: Instant, call: String, agent: String, reviewer: String) {
        self.id = id
        self.time = time
        self.call = call
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
    case undo(UndoMark)
    /// A kind this version does not know (written by a newer callboard): kept out of the figures.
    case other(kind: String)

    public static let schemaVersion = 1
}
