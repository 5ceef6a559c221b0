/// A key press, as the backend decodes it.
public enum Key: Equatable, Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, escape, backspace, delete, insert
    case function(Int)
    /// The terminal changed size.
    case resize
    /// A mouse event at a cell (only with the mouse turned on).
    case mouse(MouseEvent)
    /// A key the backend could not name (its raw code).
    case unknown(Int)
}
