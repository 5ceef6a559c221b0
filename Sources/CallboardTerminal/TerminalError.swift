/// Why the terminal could not be opened, as a one-line message for the user.
public enum TerminalError: Error, CustomStringConvertible, Equatable, Sendable {
    /// Standard input or output is a pipe or file, not a terminal.
    case notATerminal(String)
    /// `$TERM` is missing, unknown to terminfo, or names a terminal that cannot draw a screen.
    case unusableTerminal(String)

    public var description: String {
        switch self {
        case .notATerminal(let message), .unusableTerminal(let message):
            return message
        }
    }
}
