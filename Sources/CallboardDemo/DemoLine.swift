import CallboardModel

/// A row waiting to be appended to `file` once the clock reaches `time`.
struct DemoLine: Sendable {
    var time: Instant
    var file: DemoFile
    var text: String
}
