/// Line and gauge characters: Unicode when the locale can show them, ASCII otherwise.
public struct Glyphs: Equatable, Sendable {
    public var horizontal: String
    public var vertical: String
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String
    public var gaugeFull: String
    public var gaugeEmpty: String
    /// Eighths of a cell, from one eighth to seven.
    public var gaugePartial: [String]
    public var ellipsis: String
    public var up: String
    public var down: String
    public var separator: String
    /// Shown beside a call whose recording is playing.
    public var play: String = "▶"
    /// A review score 1…5 as one cell, for score trends.
    public var scoreLevels: [String] = ["▁", "▃", "▄", "▆", "█"]
    /// Before the name of an agent the attention rules point at, wherever the name is listed.
    public var attention: String = "◆"
    /// Eight heights, lowest first, for a sparkline (one value a cell). The lowest is a mark
    /// of its own, so that a zero differs from a blank (no value). ASCII orders its marks by
    /// height and ink: `_ . : - = + * #`.
    public var sparkLevels: [String] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// The top cell of a chart's bar by its eighths, one to eight (the last is a whole cell).
    /// ASCII rounds a bar to whole cells, and shows less than half a cell on top as `_`.
    public var chartBar: [String] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// The target on a chart, at its height in each hour's columns.
    public var chartTarget: String = "─"
    /// Yesterday on a chart: faint, and told from last week by its shape, not only its colour.
    public var chartYesterday: String = "·"
    /// The same weekday last week on a chart.
    public var chartLastWeek: String = "∘"

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        gaugeFull: "█", gaugeEmpty: "░", gaugePartial: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"],
        ellipsis: "…", up: "▲", down: "▼", separator: "·")

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        gaugeFull: "#", gaugeEmpty: ".", gaugePartial: [],
        ellipsis: "~", up: "^", down: "v", separator: "|", play: ">", scoreLevels: ["1", "2", "3", "4", "5"], attention: "*",
        sparkLevels: ["_", ".", ":", "-", "=", "+", "*", "#"], chartBar: ["_", "_", "_", "#", "#", "#", "#", "#"],
        chartTarget: "-", chartYesterday: ".", chartLastWeek: "o")
}
