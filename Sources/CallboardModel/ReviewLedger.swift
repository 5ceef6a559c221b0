/// The journal's effect: which reviews, sessions and dismissals stand, after undos.
public struct ReviewLedger: Equatable, Sendable {
    /// Every review record, in journal order.
    public private(set) var reviews: [ReviewMark] = []
    public private(set) var sessions: [SessionMark] = []
    public private(set) var dismissals: [DismissMark] = []
    public private(set) var undone: Set<String> = []

    private enum Entry: Equatable, Sendable {
        case review(Int), session(Int), dismiss(Int)
    }

    /// Reviews, sessions and dismissals in journal order: what `u` walks back through.
    private var order: [Entry] = []
    private var indexByID: [String: Entry] = [:]
    private var latestByCall: [String: Int] = [:]
    /// Session records per coaching item and per agent, in journal order: the agenda asks for
    /// them item by item and agent by agent on every change.
    private var sessionsByItem: [String: [Int]] = [:]
    private var sessionsByAgent: [String: [Int]] = [:]

    public init() {}

    /// Applies a record; answers whether it changed what stands.
    @discardableResult
    public mutating func apply(_ record: JournalRecord) -> Bool {
        switch record {
        case .review(let mark):
            guard indexByID[mark.id] == nil else { return false }
            let entry = Entry.review(reviews.count)
            indexByID[mark.id] = entry
            order.append(entry)
            reviews.append(mark)
            if undone.contains(mark.id) { return false }
            latestByCall[mark.call] = reviews.count - 1
            return true
        case .session(let mark):
            guard indexByID[mark.id] == nil else { return false }
            let entry = Entry.session(sessions.count)
            indexByID[mark.id] = entry
            order.append(entry)
            sessionsByItem[mark.item, default: []].append(sessions.count)
            if let agent = mark.agent { sessionsByAgent[agent, default: []].append(sessions.count) }
            sessions.append(mark)
            return !undone.contains(mark.id)
        case .dismiss(let mark):
            guard indexByID[mark.id] == nil else { return false }
            let entry = Entry.dismiss(dismissals.count)
            indexByID[mark.id] = entry
            order.append(entry)
            dismissals.append(mark)
            return !undone.contains(mark.id)
        case .undo(let undo):
            guard !undone.contains(undo.target) else { return false }
            undone.insert(undo.target)
            guard let entry = indexByID[undo.target] else { return false }
            if case .review(let i) = entry {
                let call = reviews[i].call
                if latestByCall[call] == i {
                    latestByCall[call] = reviews[..<i].lastIndex { $0.call == call && !undone.contains($0.id) }
                }
            }
            return true
        case .other:
            return false
        }
    }

    public func isStanding(_ id: String) -> Bool { indexByID[id] != nil && !undone.contains(id) }

    /// A review record, undone or not.
    public func review(id: String) -> ReviewMark? {
        guard case .review(let i) = indexByID[id] else { return nil }
        return reviews[i]
    }

    /// A review record that has not been undone.
    public func standingReview(id: String) -> ReviewMark? {
        guard !undone.contains(id) else { return nil }
        return review(id: id)
    }

    /// The standing review of a call, if any: its latest.
    public func review(ofCall call: String) -> ReviewMark? {
        latestByCall[call].map { reviews[$0] }
    }

    /// Every review record of a call, oldest first, undone ones included.
    public func reviews(ofCall call: String) -> [ReviewMark] {
        reviews.filter { $0.call == call }
    }

    public func isReviewed(_ call: String) -> Bool { latestByCall[call] != nil }

    /// Standing reviews made within `range`, in journal order.
    public func effectiveReviews(in range: Range<Instant>) -> [ReviewMark] {
        reviews.filter { range.contains($0.time) && !undone.contains($0.id) }
    }

    /// Standing reviews, in journal order.
    public var standingReviews: [ReviewMark] { reviews.filter { !undone.contains($0.id) } }

    /// Standing session records, in journal order.
    public var standingSessions: [SessionMark] { sessions.filter { !undone.contains($0.id) } }

    /// The latest standing session record of a coaching item.
    public func session(ofItem item: String) -> SessionMark? {
        standingSessions(ofItem: item).last
    }

    /// Standing session records of a coaching item, in journal order.
    public func standingSessions(ofItem item: String) -> [SessionMark] {
        (sessionsByItem[item] ?? []).map { sessions[$0] }.filter { !undone.contains($0.id) }
    }

    /// Standing session records about an agent, in journal order.
    public func standingSessions(ofAgent agent: String) -> [SessionMark] {
        (sessionsByAgent[agent] ?? []).map { sessions[$0] }.filter { !undone.contains($0.id) }
    }

    /// The suggestions dismissed (and not taken back) within `range`.
    public func dismissed(in range: Range<Instant>) -> Set<String> {
        Set(dismissals.filter { range.contains($0.time) && !undone.contains($0.id) }.map(\.suggestion))
    }

    /// Whether the suggestion was dismissed (and not taken back) within `range`.
    public func isDismissed(_ suggestion: String, in range: Range<Instant>) -> Bool {
        dismissals.contains { $0.suggestion == suggestion && range.contains($0.time) && !undone.contains($0.id) }
    }

    /// The most recent standing review, session or dismissal by `reviewer`: what `u` takes back.
    public func lastStanding(by reviewer: String) -> JournalRecord? {
        for entry in order.reversed() {
            switch entry {
            case .review(let i):
                let m = reviews[i]
                if m.reviewer == reviewer && !undone.contains(m.id) { return .review(m) }
            case .session(let i):
                let m = sessions[i]
                if m.reviewer == reviewer && !undone.contains(m.id) { return .session(m) }
            case .dismiss(let i):
                let m = dismissals[i]
                if m.reviewer == reviewer && !undone.contains(m.id) { return .dismiss(m) }
            }
        }
        return nil
    }
}
