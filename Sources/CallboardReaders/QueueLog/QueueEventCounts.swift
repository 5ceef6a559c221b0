import CallboardModel

/// How many lines of each kind a scan delivered, and foreign events by name.
public struct QueueEventCounts: Equatable, Sendable {
    private var byKind = [Int](repeating: 0, count: QueueEventKind.allCases.count)
    /// Foreign events by their name as written.
    public private(set) var foreign: [String: Int] = [:]
    public private(set) var total = 0

    public init() {}

    public mutating func add(_ line: borrowing QueueLogLine) {
        total += 1
        byKind[Int(line.kind.rawValue)] += 1
        if line.kind == .foreign {
            foreign[String(decoding: line.event(), as: UTF8.self), default: 0] += 1
        }
    }

    public subscript(_ kind: QueueEventKind) -> Int { byKind[Int(kind.rawValue)] }
}
