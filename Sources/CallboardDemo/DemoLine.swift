import CallboardModel

/// A row waiting to be appended to `file` once the clock reaches `time`.
struct DemoLine: Sendable {
    var time: Instant
    var file: DemoFile
    var text: String
    /// For a calls.csv row: the call, so that the demo's journal can review it.
    var call: DemoCallRow?
}

/// A call as written to calls.csv.
struct DemoCallRow: Sendable {
    var id: String
    var agent: String
    var start: Instant
    var duration: Int
    var outcome: String
    var flagged: Bool
}
