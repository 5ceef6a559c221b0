/// How one role looks on a colour terminal: foreground, background and attributes.
public struct ColorSpec: Hashable, Sendable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var attributes: Attributes

    public init(foreground: ThemeColor = .terminal, background: ThemeColor = .terminal, attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's own colours, no attributes.
    public static let plain = ColorSpec()

    /// Whether the spec needs a colour pair (curses pair 0 is the terminal's own colours).
    public var usesColor: Bool { foreground != .terminal || background != .terminal }
}
