/// A data file that was there and is gone, or that cannot be read: said in the header, since
/// what it held is missing from every figure until it is back.
public struct FileAlert: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// It existed earlier since the dashboard started.
        case missing
        /// Opening or reading it failed (`why`: the system's reason).
        case unreadable(String)
    }

    public var file: String
    public var kind: Kind

    public init(file: String, kind: Kind) {
        self.file = file
        self.kind = kind
    }

    /// What a missing file's absence means, for the problem list.
    public var consequence: String {
        switch file {
        case "status.csv": "every agent shows logged off until it is back"
        case "agents.csv": "there is no roster until it is back"
        case "calls.csv": "the day's calls are not counted until it is back"
        case "sales.csv": "the day's sales are not counted until it is back"
        case "coaching.csv": "no one-on-ones or group sessions are shown until it is back"
        case "targets.csv": "only the targets of agents.csv and callboard.toml count until it is back"
        case "callboard.toml": "the default settings apply until it is back"
        default: "what it holds is not shown until it is back"
        }
    }

    /// The problem-list line of a missing file (an unreadable one has its `cannot read` line
    /// from the reader that failed).
    public var missingReason: String { "missing: it was here earlier; \(consequence)" }
}
