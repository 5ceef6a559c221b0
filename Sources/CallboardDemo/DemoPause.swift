import CallboardModel

/// A break an agent means to take: started at `start` or as soon as the current call is done.
struct DemoPause: Sendable {
    var reason: String
    var start: Instant
    var duration: Int

    var end: Instant { start + duration }
}
