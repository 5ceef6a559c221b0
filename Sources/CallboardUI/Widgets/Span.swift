/// A run of text in one style; a line is a list of spans.
public struct Span: Equatable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .normal) {
        self.text = text
        self.style = style
    }
}

extension Screen {
    /// Draws spans left to right from (x, y), clipped to `width`; answers the columns used.
    @discardableResult
    public mutating func put(_ spans: [Span], x: Int, y: Int, width: Int) -> Int {
        var col = 0
        for span in spans {
            guard col < width else { break }
            col += put(span.text, x: x + col, y: y, style: span.style, maxWidth: width - col)
        }
        return col
    }
}
