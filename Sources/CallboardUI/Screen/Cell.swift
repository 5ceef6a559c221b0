/// One terminal cell. `text` is one grapheme cluster of display width 1 or 2; the cell to
/// the right of a wide character holds "" (a continuation).
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String = " ", _ style: Style = .normal) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell()
    public var isContinuation: Bool { text.isEmpty }
}
