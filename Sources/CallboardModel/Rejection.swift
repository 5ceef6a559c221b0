/// Why a row cannot count: the one list of reasons the dashboard and `check` share, so
/// both say the same thing of the same row.
public enum Rejection: Error, Equatable, Sendable, CustomStringConvertible {
    /// Where a row is: for "first on line N".
    public struct Place: Equatable, Sendable {
        public var file: String
        public var line: Int

        public init(file: String, line: Int) {
            self.file = file
            self.line = line
        }
    }

    case unknownAgent(String)
    /// A value that names more than one roster agent (`candidates`: "Name (id)" each).
    case ambiguousAgent(String, candidates: [String])
    /// An alias (or extension) in agents.csv that more than one agent has.
    case sharedAlias(String, candidates: [String])
    case duplicateAgent(String, first: Place?)
    case duplicateCall(String, first: Place?)
    case duplicateCoachingItem(String, first: Place?)
    /// A state change earlier than the agent's current one (`since`, a wall-clock text).
    case outOfOrder(agent: String, since: String)
    /// A time later than the clock allows (`check` only: the dashboard counts such a row).
    case future(time: String, column: String?, now: String)
    /// A reference to a call `file` does not hold (`check` only: the row still counts).
    case callNotFound(String, column: String, file: String)
    /// A queue visit already connected to the same member (`since` a time of day, `line` the first CONNECT's).
    case alreadyConnected(call: String, member: String, queue: String, since: String, line: Int)

    public var description: String {
        switch self {
        case .unknownAgent(let id): return "unknown agent '\(Sanitizer.quoted(id))'"
        case .ambiguousAgent(let value, let candidates):
            return "agent '\(Sanitizer.quoted(value))' could be any of: "
                + candidates.map { Sanitizer.quoted($0) }.joined(separator: ", ")
                + "; write the id, or an alias in agents.csv that only one agent has"
        case .sharedAlias(let alias, let candidates):
            return "alias '\(Sanitizer.quoted(alias))' names more than one agent: "
                + candidates.map { Sanitizer.quoted($0) }.joined(separator: ", ")
                + "; a row that gives it is rejected unless it is an id"
        case .duplicateAgent(let id, let first): return "duplicate agent id '\(Sanitizer.quoted(id))'" + Rejection.text(first)
        case .duplicateCall(let id, let first): return "duplicate call id '\(Sanitizer.quoted(id))'" + Rejection.text(first)
        case .duplicateCoachingItem(let id, let first): return "duplicate id '\(Sanitizer.quoted(id))'" + Rejection.text(first)
        case .outOfOrder(let agent, let since):
            return "out of order: \(Sanitizer.quoted(agent)) changed state at \(since), later than this row"
        case .future(let time, let column, let now):
            return "time \(time)" + (column.map { " in column \($0)" } ?? "") + " is in the future (now \(now))"
        case .callNotFound(let id, let column, let file):
            return "call '\(Sanitizer.quoted(id))' in column \(column) is not in \(file)"
        case .alreadyConnected(let call, let member, let queue, let since, let line):
            return "call '\(Sanitizer.quoted(call))' is already connected to '\(Sanitizer.quoted(member))' in queue "
                + "'\(Sanitizer.quoted(queue))' since \(since) (line \(line)); the first CONNECT is kept"
        }
    }

    /// The same reason, said in `file`: a first row in the same file is "on line N".
    public func description(in file: String) -> String {
        switch self {
        case .duplicateAgent(let id, let first?) where first.file != file:
            return "duplicate agent id '\(Sanitizer.quoted(id))' (first in \(first.file):\(first.line))"
        case .duplicateCall(let id, let first?) where first.file != file:
            return "duplicate call id '\(Sanitizer.quoted(id))' (first in \(first.file):\(first.line))"
        default:
            return description
        }
    }

    private static func text(_ first: Place?) -> String {
        guard let first, first.line > 0 else { return "" }
        return " (first on line \(first.line))"
    }
}
