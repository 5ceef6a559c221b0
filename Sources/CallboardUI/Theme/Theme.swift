
/// Maps each `Role` to how it looks: a `ColorSpec` on colour terminals, and attributes
/// alone when colour is off (`NO_COLOR`, or a monochrome terminal), so meaning survives
/// without colour. A role missing from either dictionary falls back to the default theme,
/// so a theme file only needs the keys it changes. Themes never reprogram the palette.
public struct Theme: Hashable, Sendable {
    public var colors: [Role: ColorSpec]
    public var monochrome: [Role: Attributes]

    public init(colors: [Role: ColorSpec] = [:], monochrome: [Role: Attributes] = [:]) {
        self.colors = colors
        self.monochrome = monochrome
    }

    public func color(for role: Role) -> ColorSpec {
        colors[role] ?? Theme.defaultColors[role] ?? .plain
    }

    public func monochromeAttributes(for role: Role) -> Attributes {
        monochrome[role] ?? Theme.defaultMonochrome[role] ?? []
    }

    /// For dark terminals, using only the eight basic colours.
    public static let defaultDark = Theme(colors: defaultColors, monochrome: defaultMonochrome)

    public static let defaultColors: [Role: ColorSpec] = [
        .normal: .plain,
        .dim: ColorSpec(attributes: .dim),
        .title: ColorSpec(attributes: .bold),
        .border: .plain,
        .borderFocused: ColorSpec(foreground: TerminalColor.cyan, attributes: .bold),
        .columnHeader: ColorSpec(attributes: [.bold, .underline]),
        .hotkey: ColorSpec(foreground: TerminalColor.yellow, attributes: .bold),
        .selected: ColorSpec(attributes: .reverse),
        .agentAvailable: ColorSpec(foreground: TerminalColor.green),
        .agentRinging: ColorSpec(foreground: TerminalColor.magenta, attributes: .bold),
        .agentCall: ColorSpec(foreground: TerminalColor.cyan),
        .agentWrap: ColorSpec(foreground: TerminalColor.blue),
        .agentPaused: ColorSpec(foreground: TerminalColor.yellow),
        .agentOffline: ColorSpec(attributes: .dim),
        .warning: ColorSpec(foreground: TerminalColor.yellow, attributes: .bold),
        .overLimit: ColorSpec(foreground: TerminalColor.red, attributes: .bold),
        .targetMet: ColorSpec(foreground: TerminalColor.green, attributes: .bold),
        .behindPace: ColorSpec(foreground: TerminalColor.red),
        .aheadPace: ColorSpec(foreground: TerminalColor.green),
        .overdue: ColorSpec(foreground: TerminalColor.red, attributes: .bold),
        .dueSoon: ColorSpec(foreground: TerminalColor.yellow),
        .problem: ColorSpec(foreground: TerminalColor.red, attributes: .bold),
        .gaugeFill: ColorSpec(foreground: TerminalColor.green),
        .gaugeEmpty: ColorSpec(attributes: .dim),
        .message: ColorSpec(foreground: TerminalColor.cyan),
        .error: ColorSpec(foreground: TerminalColor.red, attributes: .reverse),
    ]

    public static let defaultMonochrome: [Role: Attributes] = [
        .normal: [],
        .dim: .dim,
        .title: .bold,
        .border: [],
        .borderFocused: .bold,
        .columnHeader: .underline,
        .hotkey: [.bold, .underline],
        .selected: .reverse,
        .agentAvailable: [],
        .agentRinging: .bold,
        .agentCall: [],
        .agentWrap: [],
        .agentPaused: [],
        .agentOffline: .dim,
        .warning: .bold,
        .overLimit: [.bold, .reverse],
        .targetMet: .bold,
        .behindPace: .bold,
        .aheadPace: [],
        .overdue: [.bold, .underline],
        .dueSoon: .underline,
        .problem: .bold,
        .gaugeFill: [],
        .gaugeEmpty: .dim,
        .message: [],
        .error: [.reverse, .bold],
    ]
}
