/// Problems found while reading, counted per file. Keeps the first `limit` in full so a
/// file of garbage cannot eat memory, but every rejected row is counted.
public struct ProblemLog: Equatable, Sendable {
    public private(set) var items: [Problem] = []
    public private(set) var count = 0
    public private(set) var countByFile: [String: Int] = [:]
    public let limit: Int

    public init(limit: Int = 1000) { self.limit = limit }

    public mutating func add(_ problem: Problem) {
        count += 1
        countByFile[problem.file, default: 0] += 1
        if items.count < limit { items.append(problem) }
    }

    public mutating func add(file: String, line: Int, _ reason: String) {
        add(Problem(file: file, line: line, reason: reason))
    }

    /// Adds another log's problems: its kept items (up to this log's limit) and its full count.
    public mutating func merge(_ other: ProblemLog) {
        for p in other.items { add(p) }
        count += other.dropped
        for (file, n) in other.countByFile {
            let kept = other.items.filter { $0.file == file }.count
            countByFile[file, default: 0] += n - kept
        }
    }

    /// The same log with its kept items in another order (counts unchanged).
    public func sorted(by areInOrder: (Problem, Problem) -> Bool) -> ProblemLog {
        var copy = self
        copy.items.sort(by: areInOrder)
        return copy
    }

    public var isEmpty: Bool { count == 0 }
    /// Problems counted but not kept.
    public var dropped: Int { count - items.count }
}
