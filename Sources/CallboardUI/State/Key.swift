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

/// What the mouse did, and where (cell column and row).
public struct MouseEvent: Equatable, Hashable, Sendable {
    public enum Kind: Equatable, Hashable, Sendable {
        case click, wheelUp, wheelDown
    }

    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
