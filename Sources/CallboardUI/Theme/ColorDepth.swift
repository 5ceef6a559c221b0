/// How many colours the terminal shows.
public enum ColorDepth: String, CaseIterable, Sendable {
    case monochrome = "mono"
    case eight = "8"
    case sixteen = "16"
    case full = "256"

    /// From curses' COLORS (and whether colour is wanted at all).
    public init(colors: Int) {
        switch colors {
        case 256...: self = .full
        case 16...: self = .sixteen
        case 8...: self = .eight
        default: self = .monochrome
        }
    }
}
