import CallboardModel

/// A finished call before it gets its id (ids follow the order calls end across the team).
struct DemoCall: Sendable {
    var start: Instant
    var duration: Int
    var outcome: String
    var direction: String
    var customer: String
    var flagged: Bool
    var sale: (product: String, amount: Money)?

    var end: Instant { start + duration }
}
