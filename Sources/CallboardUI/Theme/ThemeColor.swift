/// A colour as a theme names it: the terminal's own, one of the 16 ANSI colours, or an
/// exact RGB value that is shown as the nearest colour the terminal has.
public enum ThemeColor: Hashable, Sendable {
    /// The terminal's own foreground or background (an empty value in a theme file).
    case terminal
    /// 0–7 the basic colours, 8–15 their bright variants.
    case ansi(UInt8)
    case rgb(UInt8, UInt8, UInt8)

    /// Names of the 16 ANSI colours, as theme files write them.
    public static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
                               "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue",
                               "bright-magenta", "bright-cyan", "bright-white"]

    /// `""` / `default`, a name (also `gray` / `grey` for bright-black, `_` for `-`), or
    /// `#rrggbb` / `#rgb`; nil when it is none of these.
    public init?(parsing text: String) {
        let t = text.lowercased().replacing("_", with: "-")
        if t.isEmpty || t == "default" || t == "terminal" {
            self = .terminal
            return
        }
        if t == "gray" || t == "grey" {
            self = .ansi(8)
            return
        }
        if let i = ThemeColor.names.firstIndex(of: t) {
            self = .ansi(UInt8(i))
            return
        }
        guard t.hasPrefix("#") else { return nil }
        let hex = Array(t.dropFirst())
        func value(_ s: ArraySlice<Character>) -> UInt8? { UInt8(String(s), radix: 16) }
        if hex.count == 6, let r = value(hex[0..<2]), let g = value(hex[2..<4]), let b = value(hex[4..<6]) {
            self = .rgb(r, g, b)
        } else if hex.count == 3, let r = value(hex[0..<1]), let g = value(hex[1..<2]), let b = value(hex[2..<3]) {
            self = .rgb(r * 17, g * 17, b * 17)
        } else {
            return nil
        }
    }

    /// The colour number to use on a terminal of `depth`, or -1 for the terminal's own
    /// colour (also on a monochrome terminal). The palette itself is never changed.
    public func index(for depth: ColorDepth) -> Int16 {
        switch (self, depth) {
        case (.terminal, _), (_, .monochrome): return -1
        case (.ansi(let n), .eight): return Int16(n % 8)
        case (.ansi(let n), _): return Int16(n)
        case (.rgb(let r, let g, let b), .eight): return Int16(ThemeColor.nearest(r, g, b, among: 8))
        case (.rgb(let r, let g, let b), .sixteen): return Int16(ThemeColor.nearest(r, g, b, among: 16))
        case (.rgb(let r, let g, let b), .full): return Int16(ThemeColor.nearest256(r, g, b))
        }
    }

    /// The usual xterm values of the 16 ANSI colours, to find the nearest one.
    static let ansiRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        // Weighted for the eye: green counts most, blue least.
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return 3 * dr * dr + 4 * dg * dg + 2 * db * db
    }

    static func nearest(_ r: UInt8, _ g: UInt8, _ b: UInt8, among count: Int) -> Int {
        let c = (Int(r), Int(g), Int(b))
        var best = 0
        for i in 1..<count where distance(c, ansiRGB[i]) < distance(c, ansiRGB[best]) { best = i }
        return best
    }

    /// The nearest of the xterm 256-colour cube (16–231) and grey ramp (232–255).
    static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        let levels = [0, 95, 135, 175, 215, 255]
        func level(_ v: UInt8) -> Int {
            var best = 0
            for i in 1..<levels.count where abs(levels[i] - Int(v)) < abs(levels[best] - Int(v)) { best = i }
            return best
        }
        let c = (Int(r), Int(g), Int(b))
        let (lr, lg, lb) = (level(r), level(g), level(b))
        let cube = 16 + 36 * lr + 6 * lg + lb
        let cubeRGB = (levels[lr], levels[lg], levels[lb])
        let mean = (Int(r) + Int(g) + Int(b)) / 3
        let greyStep = max(0, min(23, (mean - 8 + 5) / 10))
        let greyValue = 8 + 10 * greyStep
        let grey = (greyValue, greyValue, greyValue)
        return distance(c, grey) < distance(c, cubeRGB) ? 232 + greyStep : cube
    }
}
