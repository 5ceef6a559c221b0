import CallboardText

/// One day by the clock hour: today as bars, the target as a line, yesterday and the same
/// weekday last week as faint marks, with the scale at the left (its top and 0), the hours
/// below and a legend at the bottom.
///
///     20│            ▂▂▂▂▂
///       │            █████ ─────
///       │      ▂▂▂▂▂ ─────
///       │      ───── ····· ·····
///      0│───── ····· █████
///        08    09    10    11
///     █ today  ─ target  · yesterday
///
/// (3, 9 and 17 sales by 11:00 against 4 an hour; the marks at 08, 09 and 10 are in the bars.)
///
/// Every series has a character of its own, so the chart reads on a screen without colour;
/// the roles `chartToday`, `chartTarget` and `chartPast` add the colour where there is some.
/// A mark that falls in a bar is drawn in the bar's cell, reversed, so that it still shows.
///
/// The rectangle decides how much shows: the legend needs 4 rows, the hours 3, the scale the
/// width of its labels beside one column an hour. An hour takes the same share of the width,
/// its bar one column less (a gap) when it has two or more. Nothing is drawn outside it.
public enum HourlyChart {
    /// What the chart shows: for each hour in `hours`, the value at its end (or now, for the
    /// hour under way) of each series; nil where there is none (an hour not come yet, a day
    /// without data). A series shorter than `hours` has no values for the hours it lacks.
    public struct Data: Sendable {
        /// How the values add up over the day.
        public enum Kind: Sendable {
            /// A running total (sales so far): it rises, and the target with it.
            case cumulative
            /// A figure of each hour on its own (a service level): the target is a flat line,
            /// so a mark carries on through the gap to the next hour's when they are level.
            case perHour
        }

        /// The clock hours of the columns, in order: 8…15 for an 08:00–16:00 shift.
        public var hours: [Int]
        public var today: [Double?]
        /// Where the day should be by the end of each hour.
        public var target: [Double?]
        public var yesterday: [Double?]
        /// The same weekday a week ago.
        public var lastWeek: [Double?]
        public var kind: Kind
        /// The value at the top of the scale; nil: the largest value of any series, rounded up
        /// to a round number (`scaleTop`). A rate can fix it (1 for 100%).
        public var axisTop: Double?
        /// The scale's labels; nil: whole numbers (one decimal when not whole) in the language
        /// the chart is drawn in.
        public var label: (@Sendable (Double) -> String)?

        public init(hours: [Int], today: [Double?] = [], target: [Double?] = [], yesterday: [Double?] = [],
                    lastWeek: [Double?] = [], kind: Kind = .cumulative, axisTop: Double? = nil,
                    label: (@Sendable (Double) -> String)? = nil) {
            self.hours = hours
            self.today = today
            self.target = target
            self.yesterday = yesterday
            self.lastWeek = lastWeek
            self.kind = kind
            self.axisTop = axisTop
            self.label = label
        }

        /// The finite value of `series` in the column `i`, below zero counted as zero.
        func value(_ series: [Double?], _ i: Int) -> Double? {
            guard i < series.count, let v = series[i], v.isFinite else { return nil }
            return Swift.max(0, v)
        }

        func has(_ series: [Double?]) -> Bool {
            hours.indices.contains { value(series, $0) != nil }
        }
    }

    public static func draw(_ data: Data, in rect: Rect, language: Language = .english, screen: inout Screen) {
        guard rect.width > 0, rect.height > 0 else { return }
        let g = screen.glyphs
        // The top cell of a bar by eighths, whatever the number of steps the glyphs have.
        let barCells = g.chartBar.isEmpty ? [g.gaugeFull] : g.chartBar
        func barCell(_ eighths: Int) -> String { barCells[(eighths * barCells.count - 1) / 8] }
        let withLegend = rect.height >= 4
        let withHours = rect.height >= 3
        let plotRows = rect.height - (withLegend ? 1 : 0) - (withHours ? 1 : 0)
        let bottom = rect.y + plotRows - 1

        let top = scaleTop(data)
        let label = data.label ?? { defaultLabel($0, language: language) }
        let topLabel = top > 0 ? label(top) : nil
        let zeroLabel = label(0)
        let labelWidth = Swift.max(TextWidth.of(topLabel ?? ""), TextWidth.of(zeroLabel))
        let hourCount = data.hours.count
        let withScale = rect.width - labelWidth - 1 >= Swift.max(1, hourCount)
        let plotX = withScale ? rect.x + labelWidth + 1 : rect.x
        let plotWidth = rect.maxX - plotX
        let slot = Swift.max(1, plotWidth / Swift.max(1, hourCount))
        let shown = Swift.min(hourCount, plotWidth / slot)
        let barWidth = slot > 1 ? slot - 1 : 1

        /// Draws within the rectangle's columns only.
        func put(_ text: String, x: Int, y: Int, style: Style) {
            guard x >= rect.x, x < rect.maxX else { return }
            screen.put(text, x: x, y: y, style: style, maxWidth: rect.maxX - x)
        }

        if withScale {
            for y in rect.y...bottom { put(g.vertical, x: plotX - 1, y: y, style: Style(.dim)) }
            if let topLabel {
                screen.putPadded(topLabel, x: rect.x, y: rect.y, width: labelWidth, right: true, ellipsis: g.ellipsis, style: Style(.dim))
            }
            if topLabel == nil || plotRows > 1 {
                screen.putPadded(zeroLabel, x: rect.x, y: bottom, width: labelWidth, right: true, ellipsis: g.ellipsis, style: Style(.dim))
            }
        }

        // Heights in eighths of a cell, from the plot's bottom edge.
        let eighthsPerUnit = top > 0 ? Double(plotRows * 8) / top : 0
        func eighths(_ v: Double) -> Int {
            Swift.min(plotRows * 8, Int((v * eighthsPerUnit).rounded()))
        }
        let bars: [Int] = (0..<shown).map { i in
            guard let v = data.value(data.today, i), v > 0, eighthsPerUnit > 0 else { return 0 }
            // A sale on a large scale is still a sliver, never nothing.
            return Swift.max(1, eighths(v))
        }
        for i in 0..<shown where bars[i] > 0 {
            for row in 0..<plotRows {
                let part = Swift.min(8, bars[i] - row * 8)
                guard part > 0 else { break }
                for c in 0..<barWidth { put(barCell(part), x: plotX + i * slot + c, y: bottom - row, style: Style(.chartToday)) }
            }
        }

        // A mark sits in the cell whose band holds its value: level with a bar's top, it is in
        // the bar's top cell.
        func mark(_ series: [Double?], _ glyph: String, _ style: Style) {
            let rows: [Int?] = (0..<shown).map { i in
                data.value(series, i).map { bottom - Swift.max(0, (eighths($0) + 7) / 8 - 1) }
            }
            for i in 0..<shown {
                guard let y = rows[i] else { continue }
                let x = plotX + i * slot
                let inBar = bars[i] > (bottom - y) * 8
                for c in 0..<barWidth { put(glyph, x: x + c, y: y, style: inBar ? Style(.chartToday, [.reverse]) : style) }
                if data.kind == .perHour, i + 1 < shown, rows[i + 1] == y {
                    for c in barWidth..<slot { put(glyph, x: x + c, y: y, style: style) }
                }
            }
        }
        mark(data.lastWeek, g.chartLastWeek, Style(.chartPast))
        mark(data.yesterday, g.chartYesterday, Style(.chartPast))
        mark(data.target, g.chartTarget, Style(.chartTarget))

        if withHours {
            // Every hour, or every second or third when the labels would touch.
            let every = (3 + slot - 1) / slot
            for i in stride(from: 0, to: shown, by: every) {
                let text = Format.two(data.hours[i])
                let x = plotX + i * slot
                guard x + TextWidth.of(text) <= rect.maxX else { break }
                put(text, x: x, y: bottom + 1, style: Style(.dim))
            }
        }

        if withLegend {
            var items = [(barCell(8), Style(.chartToday), language.text("today", context: "chart"))]
            if data.has(data.target) { items.append((g.chartTarget, Style(.chartTarget), language.text("target", context: "chart"))) }
            if data.has(data.yesterday) {
                items.append((g.chartYesterday, Style(.chartPast), language.text("yesterday", context: "chart")))
            }
            if data.has(data.lastWeek) {
                items.append((g.chartLastWeek, Style(.chartPast), language.text("last week", context: "chart")))
            }
            let widths = items.map { TextWidth.of($0.0) + 1 + TextWidth.of($0.2) }
            // Two spaces between the items when all of them fit so, one otherwise; the items
            // that do not fit whole are left out.
            let gap = widths.reduce(0, +) + 2 * (items.count - 1) <= rect.width ? 2 : 1
            var x = rect.x
            let y = rect.maxY - 1
            for (item, width) in zip(items, widths) {
                let start = x == rect.x ? x : x + gap
                guard start + width <= rect.maxX else { break }
                put(item.0, x: start, y: y, style: item.1)
                put(" " + item.2, x: start + TextWidth.of(item.0), y: y, style: Style(.dim))
                x = start + width
            }
        }
    }

    /// The value at the top of the scale: `axisTop` when given, else the largest value of any
    /// series rounded up (`roundedUp`); 0 when nothing is above zero.
    public static func scaleTop(_ data: Data) -> Double {
        if let top = data.axisTop, top.isFinite, top > 0 { return top }
        var largest = 0.0
        for series in [data.today, data.target, data.yesterday, data.lastWeek] {
            for i in data.hours.indices { if let v = data.value(series, i) { largest = Swift.max(largest, v) } }
        }
        return roundedUp(largest)
    }

    /// The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten that is not below
    /// `value` (37 → 40, 41 → 50, 0.8 → 0.8); 0 for zero or less.
    public static func roundedUp(_ value: Double) -> Double {
        guard value.isFinite, value > 0 else { return 0 }
        var power = 1.0
        while power * 10 <= value { power *= 10 }
        while power > value { power /= 10 }
        for step in [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8] where step * power >= value * (1 - 1e-12) {
            return step * power
        }
        return 10 * power
    }

    /// `40`, `2.5` (`2,5` in Polish).
    static func defaultLabel(_ value: Double, language: Language) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return "" }
        if value == value.rounded() { return Format.grouped(Int64(value), language: language) }
        return Format.format1(value, language: language)
    }
}
