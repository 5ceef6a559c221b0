/// A row of small bars, one cell a value: an agent's sales Monday to Sunday as `▃▅▁█ ▂ `.
///
/// Eight heights (`Glyphs.sparkLevels`, ASCII `_ . : - = + * #`): the lowest for zero, the
/// highest for the top of the scale. A value missing (a day not worked, or not come yet) is a
/// blank, so that it is never taken for a zero; so is a value that is not finite.
public enum Sparkline {
    /// The values as one cell each, scaled to `max` (nil: the largest of them).
    public static func text(_ values: [Double?], max: Double? = nil, glyphs: Glyphs) -> String {
        let levels = glyphs.sparkLevels
        let top = max ?? values.compactMap { $0 }.filter(\.isFinite).max() ?? 0
        var out = ""
        for value in values {
            if let value, value.isFinite, !levels.isEmpty {
                out += levels[level(value, max: top) * (levels.count - 1) / 7]
            } else {
                out += " "
            }
        }
        return out
    }

    /// Whole numbers (sales counted) as one cell each, scaled to `max` (nil: the largest of them).
    public static func text(_ values: [Int?], max: Int? = nil, glyphs: Glyphs) -> String {
        text(values.map { $0.map(Double.init) }, max: max.map(Double.init), glyphs: glyphs)
    }

    /// Draws the values at (x, y), at most `width` cells of them.
    public static func draw(_ values: [Double?], max: Double? = nil, x: Int, y: Int, width: Int, style: Style = .normal,
                            screen: inout Screen) {
        guard width > 0 else { return }
        screen.put(text(values, max: max, glyphs: screen.glyphs), x: x, y: y, style: style, maxWidth: width)
    }

    public static func draw(_ values: [Int?], max: Int? = nil, x: Int, y: Int, width: Int, style: Style = .normal,
                            screen: inout Screen) {
        draw(values.map { $0.map(Double.init) }, max: max.map(Double.init), x: x, y: y, width: width, style: style,
             screen: &screen)
    }

    /// The height, 0 to 7, of `value` on a scale up to `max`. Only zero (or less) is 0, so
    /// that the smallest sale stands above a day without one; `max` and above are 7.
    public static func level(_ value: Double, max: Double) -> Int {
        guard value > 0 else { return 0 }
        guard max > 0, value < max else { return 7 }
        return Swift.min(7, Swift.max(1, Int((value / max * 7).rounded())))
    }
}
