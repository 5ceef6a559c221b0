/// A screen written out as text, for `callboard snapshot`: plain, or with ANSI SGR
/// sequences from a theme. The cells were sanitized when drawn, so the only escape
/// sequences in the output are the SGR ones written here.
public enum ScreenText {
    /// Rows with trailing spaces removed, each ending in a newline.
    public static func plain(_ screen: Screen) -> String {
        screen.lines.map { $0 + "\n" }.joined()
    }

    /// Rows with colours and attributes, the colours as a terminal of `depth` would show
    /// them; `.monochrome` uses the theme's monochrome attributes only (as for NO_COLOR).
    public static func ansi(_ screen: Screen, theme: Theme, depth: ColorDepth) -> String {
        var out = ""
        for y in 0..<screen.height {
            var last: String? = nil
            var row = ""
            var pendingSpaces = ""
            for x in 0..<screen.width {
                let cell = screen[x, y]
                if cell.isContinuation { continue }
                let sgr = self.sgr(cell.style, theme: theme, depth: depth)
                if cell.text == " " && sgr == "0" {
                    pendingSpaces += " "
                    continue
                }
                if !pendingSpaces.isEmpty {
                    if last != "0" { row += "\u{1B}[0m"; last = "0" }
                    row += pendingSpaces
                    pendingSpaces = ""
                }
                if sgr != last {
                    row += "\u{1B}[\(sgr)m"
                    last = sgr
                }
                row += cell.text
            }
            if let l = last, l != "0" { row += "\u{1B}[0m" }
            out += row + "\n"
        }
        return out
    }

    /// The SGR parameters for a style: reset, attributes, then colours (`0;1;31`,
    /// `0;91`, `0;38;5;214;48;5;235`).
    static func sgr(_ style: Style, theme: Theme, depth: ColorDepth) -> String {
        var attributes = style.attributes
        var colors: [String] = []
        if depth != .monochrome {
            let spec = theme.color(for: style.role)
            attributes.formUnion(spec.attributes)
            func code(_ color: ThemeColor, base: Int, bright: Int, extended: Int) -> String? {
                let n = Int(color.index(for: depth))
                switch n {
                case ..<0: return nil
                case 0..<8: return "\(base + n)"
                case 8..<16: return "\(bright + n - 8)"
                default: return "\(extended);5;\(n)"
                }
            }
            if let c = code(spec.foreground, base: 30, bright: 90, extended: 38) { colors.append(c) }
            if let c = code(spec.background, base: 40, bright: 100, extended: 48) { colors.append(c) }
        } else {
            attributes.formUnion(theme.monochromeAttributes(for: style.role))
        }
        var codes = ["0"]
        if attributes.contains(.bold) { codes.append("1") }
        if attributes.contains(.dim) { codes.append("2") }
        if attributes.contains(.underline) { codes.append("4") }
        if attributes.contains(.reverse) { codes.append("7") }
        return (codes + colors).joined(separator: ";")
    }
}
