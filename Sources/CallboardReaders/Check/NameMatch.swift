import CallboardModel

/// A value of a file's `agent` column that named an agent only by name.
public struct NameMatch: Equatable, Sendable {
    public var file: String
    public var value: String
    public var agentID: String
    public var agentName: String
    public var rows: Int
}
