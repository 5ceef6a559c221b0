/// Why the demo could not go on.
public enum DemoError: Error, Equatable, CustomStringConvertible {
    /// `advance(to:)` before `writeInitialFiles(upTo:)`: there are no files with headers to append to.
    case notStarted

    public var description: String {
        switch self {
        case .notStarted: return "the demo files have not been written yet"
        }
    }
}
