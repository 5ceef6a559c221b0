
/// How one role looks on a colour terminal: a foreground and background colour number
/// (0–7, or -1 for the terminal's own) plus attributes.
public struct ColorSpec: Hashable, Sendable {
    public var foreground: Int16
    public var background: Int16
    public var attributes: Attributes

    public init(
        foreground: Int16 = TerminalColor.terminalDefault,
        background: Int16 = TerminalColor.terminalDefault,
        attributes: Attributes = []
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's own colours, no attributes.
    public static let plain = ColorSpec()

    /// Whether the spec needs a colour pair (curses pair 0 is the terminal's own colours).
    public var usesColor: Bool {
        foreground != TerminalColor.terminalDefault || background != TerminalColor.terminalDefault
    }
}
