import CallboardModel

/// A line for the bottom of the screen: what just happened.
public struct StatusMessage: Equatable, Sendable {
    public var text: String
    public var isError: Bool
    /// Shown until this moment.
    public var until: Instant

    public init(text: String, isError: Bool, until: Instant) {
        self.text = text
        self.isError = isError
        self.until = until
    }
}
