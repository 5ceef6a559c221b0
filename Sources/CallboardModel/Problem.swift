/// A row or file that could not be used, with where and why.
public struct Problem: Equatable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based; 0 when the problem is about the whole file.
    public var line: Int
    public var reason: String
    /// Said of a row that still counts (bytes shown as U+FFFD, an alias two agents share):
    /// `check` does not take its row as rejected.
    public var rowStillCounts: Bool

    public init(file: String, line: Int, reason: String, rowStillCounts: Bool = false) {
        self.file = file
        self.line = line
        self.reason = reason
        self.rowStillCounts = rowStillCounts
    }

    /// `file:line: reason`.
    public var description: String {
        line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)"
    }
}
