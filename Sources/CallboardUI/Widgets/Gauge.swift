/// A horizontal bar showing a fraction; a full bar when the fraction reaches 1.
public enum Gauge {
    public static func draw(fraction: Double, x: Int, y: Int, width: Int, fill: Style = Style(.gaugeFill),
                            screen: inout Screen) {
        guard width > 0 else { return }
        let f = fraction.isFinite ? min(1, max(0, fraction)) : 0
        let g = screen.glyphs
        // Rounded to the nearest eighth, but never a full bar short of 1.
        let eighths = f < 1 ? min(width * 8 - 1, Int((f * Double(width * 8)).rounded())) : width * 8
        let full = eighths / 8
        let part = eighths % 8
        for i in 0..<width {
            if i < full {
                screen.put(g.gaugeFull, x: x + i, y: y, style: fill)
            } else if i == full && part > 0 && !g.gaugePartial.isEmpty {
                screen.put(g.gaugePartial[part - 1], x: x + i, y: y, style: fill)
            } else {
                screen.put(g.gaugeEmpty, x: x + i, y: y, style: Style(.gaugeEmpty))
            }
        }
    }
}
