/// Curses colour numbers for the eight basic colours every colour terminal has.
/// Themes name colours through these; the terminal decides what each one looks like.
public enum TerminalColor {
    /// The terminal's own foreground or background.
    public static let terminalDefault: Int16 = -1
    public static let black: Int16 = 0
    public static let red: Int16 = 1
    public static let green: Int16 = 2
    public static let yellow: Int16 = 3
    public static let blue: Int16 = 4
    public static let magenta: Int16 = 5
    public static let cyan: Int16 = 6
    public static let white: Int16 = 7

    /// The colour number for a name such as "red" or "default" (case-insensitive);
    /// "" means the terminal's own colour, as in btop theme files.
    public static func named(_ name: String) -> Int16? {
        switch name.lowercased() {
        case "", "default": return terminalDefault
        case "black": return black
        case "red": return red
        case "green": return green
        case "yellow": return yellow
        case "blue": return blue
        case "magenta": return magenta
        case "cyan": return cyan
        case "white": return white
        default: return nil
        }
    }
}
