
/// Maps each `Role` to how it looks: a `ColorSpec` on colour terminals, and attributes
/// alone when colour is off (`NO_COLOR`, or a monochrome terminal), so meaning survives
/// without colour. A role missing from either dictionary falls back to the default theme,
/// so a theme file only needs the keys it changes. Themes never reprogram the palette.
public struct Theme: Hashable, Sendable {
    /// As the theme file (or the built-in theme) calls itself.
    public var name: String
    public var colors: [Role: ColorSpec]
    public var monochrome: [Role: Attributes]

    public init(name: String = "default", colors: [Role: ColorSpec] = [:], monochrome: [Role: Attributes] = [:]) {
        self.name = name
        self.colors = colors
        self.monochrome = monochrome
    }

    /// A role without a background of its own takes the theme's `normal` background, so a
    /// theme that paints the screen has no holes of the terminal's colour in it.
    public func color(for role: Role) -> ColorSpec {
        var spec = colors[role] ?? Theme.defaultColors[role] ?? .plain
        if spec.background == .terminal, role != .normal, let base = colors[.normal]?.background {
            spec.background = base
        }
        return spec
    }

    public func monochromeAttributes(for role: Role) -> Attributes {
        monochrome[role] ?? Theme.defaultMonochrome[role] ?? []
    }

    /// For dark terminals, using only the eight basic colours, so that it looks right in any
    /// terminal's palette. themes/default.toml says the same (a test keeps them equal).
    public static let defaultDark = Theme(name: "default", colors: defaultColors, monochrome: defaultMonochrome)

    /// Attributes alone, on colour terminals too.
    public static let monochromeTheme = Theme(name: "mono", colors: Dictionary(uniqueKeysWithValues: Role.allCases.map {
        ($0, ColorSpec(attributes: defaultMonochrome[$0] ?? []))
    }), monochrome: defaultMonochrome)

    public static let defaultColors: [Role: ColorSpec] = [
        .normal: .plain,
        .dim: ColorSpec(attributes: .dim),
        .title: ColorSpec(attributes: .bold),
        .border: .plain,
        .borderFocused: ColorSpec(foreground: .ansi(6), attributes: .bold),
        .columnHeader: ColorSpec(attributes: [.bold, .underline]),
        .hotkey: ColorSpec(foreground: .ansi(3), attributes: .bold),
        .selected: ColorSpec(attributes: .reverse),
        .agentAvailable: ColorSpec(foreground: .ansi(2)),
        .agentRinging: ColorSpec(foreground: .ansi(5), attributes: .bold),
        .agentCall: ColorSpec(foreground: .ansi(6)),
        .agentWrap: ColorSpec(foreground: .ansi(4)),
        .agentPaused: ColorSpec(foreground: .ansi(3)),
        .agentOffline: ColorSpec(attributes: .dim),
        .agentStale: ColorSpec(attributes: [.dim, .underline]),
        .warning: ColorSpec(foreground: .ansi(3), attributes: .bold),
        .overLimit: ColorSpec(foreground: .ansi(1), attributes: .bold),
        .targetMet: ColorSpec(foreground: .ansi(2), attributes: .bold),
        .behindPace: ColorSpec(foreground: .ansi(1)),
        .aheadPace: ColorSpec(foreground: .ansi(2)),
        .overdue: ColorSpec(foreground: .ansi(1), attributes: .bold),
        .dueSoon: ColorSpec(foreground: .ansi(3)),
        .problem: ColorSpec(foreground: .ansi(1), attributes: .bold),
        .gaugeFill: ColorSpec(foreground: .ansi(2)),
        .gaugeEmpty: ColorSpec(attributes: .dim),
        .message: ColorSpec(foreground: .ansi(6)),
        .error: ColorSpec(foreground: .ansi(1), attributes: .reverse),
        .chartToday: ColorSpec(foreground: .ansi(2)),
        .chartTarget: ColorSpec(foreground: .ansi(3), attributes: .bold),
        .chartPast: ColorSpec(attributes: .dim),
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
        .agentStale: [.dim, .underline],
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
        .chartToday: [],
        .chartTarget: .bold,
        .chartPast: .dim,
    ]
}
