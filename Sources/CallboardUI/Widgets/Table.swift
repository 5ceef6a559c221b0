import CallboardText

/// A table with a header row, a selected row and scrolling; rows are lists of spans, one
/// per column. One flexible column takes the width the fixed ones leave.
public struct Table {
    public struct Column: Sendable {
        public var title: String
        public var width: Int
        public var alignRight: Bool
        /// Takes the spare width (the first flexible column only).
        public var flexible: Bool
        /// For the flexible column: trailing columns are dropped until it gets this much.
        public var minWidth: Int
        /// Widens to its widest cell, up to `maxWidth`, when the flexible column has more room
        /// than its own widest cell needs.
        public var grows: Bool
        public var maxWidth: Int

        public init(_ title: String, width: Int, alignRight: Bool = false, flexible: Bool = false, minWidth: Int? = nil,
                    grows: Bool = false, maxWidth: Int? = nil) {
            self.title = title
            self.width = width
            self.alignRight = alignRight
            self.flexible = flexible
            self.minWidth = minWidth ?? width
            self.grows = grows
            self.maxWidth = maxWidth ?? width
        }

        /// The column with its title in `language`, widened when the title is wider.
        public func translated(_ language: Language) -> Column {
            var c = self
            c.title = language.text(title, context: "column")
            c.width = max(width, TextWidth.of(c.title))
            return c
        }
    }

    public var columns: [Column]
    /// How many rows there are.
    public var count: Int
    /// The cell of a row (first) in a column (second). Cells are asked for as they are needed:
    /// those of the rows on screen, and of every row only in a column that grows or flexes
    /// (its width is its widest cell's). A panel of 200 agents draws 25.
    public var cell: (Int, Int) -> Span
    public var selected: Int?
    /// Index of the first row shown.
    public var offset: Int
    /// The widest cell of each column that sizes itself, when known already (`naturalWidths()`
    /// of the same rows); nil: measured from the cells.
    public var knownWidths: [Int?]?

    public init(columns: [Column], rows: [[Span]], selected: Int? = nil, offset: Int = 0) {
        self.init(columns: columns, count: rows.count, selected: selected, offset: offset) { r, c in
            c < rows[r].count ? rows[r][c] : Span("")
        }
    }

    public init(columns: [Column], count: Int, selected: Int? = nil, offset: Int = 0, cell: @escaping (Int, Int) -> Span) {
        self.columns = columns
        self.count = count
        self.cell = cell
        self.selected = selected
        self.offset = offset
    }

    /// The first visible row that keeps `selected` on screen given `visible` rows.
    public static func scrollOffset(selected: Int?, current: Int, visible: Int, count: Int) -> Int {
        guard visible > 0, count > visible else { return 0 }
        var o = min(max(0, current), count - visible)
        if let s = selected {
            if s < o { o = s }
            if s >= o + visible { o = s - visible + 1 }
        }
        return o
    }

    /// Column widths for `width`: the flexible column takes what is left; trailing columns
    /// are dropped (width 0) while it would get less than its minimum.
    public func layout(width: Int) -> [Int] {
        var widths = columns.map(\.width)
        let flex = columns.firstIndex(where: \.flexible)
        func total() -> Int {
            let shown = widths.filter { $0 > 0 }
            return shown.reduce(0, +) + max(0, shown.count - 1)
        }
        if let flex {
            widths[flex] = 0
            let minimum = columns[flex].minWidth
            while true {
                let others = total()
                let spare = width - others - (others > 0 ? 1 : 0)
                if spare >= minimum { widths[flex] = spare; break }
                guard let last = widths.indices.last(where: { $0 != flex && widths[$0] > 0 && $0 > flex }) else {
                    widths[flex] = max(0, spare)
                    break
                }
                widths[last] = 0
            }
        }
        while total() > width, let last = widths.indices.last(where: { widths[$0] > 0 }) {
            widths[last] = 0
        }
        // Room beyond the flexible column's minimum: first the growing columns (whole names,
        // whole reasons) up to their widest cell, then the flexible column up to its widest;
        // what is still left spreads between the columns (`gaps`).
        if let flex, widths[flex] > columns[flex].minWidth, count > 0 {
            var spare = widths[flex] - columns[flex].minWidth
            for i in columns.indices where columns[i].grows && widths[i] > 0 && spare > 0 {
                let add = min(spare, max(0, min(columns[i].maxWidth, naturalWidth(i)) - widths[i]))
                widths[i] += add
                spare -= add
            }
            widths[flex] = min(columns[flex].minWidth + spare, max(columns[flex].minWidth, naturalWidth(flex)))
        }
        return widths
    }

    /// The widest cell (title included) of each column that grows or flexes; nil for the others.
    public func naturalWidths() -> [Int?] {
        columns.indices.map { columns[$0].grows || columns[$0].flexible ? naturalWidth($0) : nil }
    }

    /// The widest of the column's title and cells.
    func naturalWidth(_ column: Int) -> Int {
        if let known = knownWidths, column < known.count, let w = known[column] { return w }
        var widest = TextWidth.of(columns[column].title)
        for r in 0..<count { widest = max(widest, TextWidth.of(cell(r, column).text)) }
        return widest
    }

    /// The space after each shown column: one, or up to three where `widths` leave room, so
    /// that a wide table spreads instead of ending in a blank band.
    public func gaps(width: Int, widths: [Int]) -> [Int] {
        let shown = widths.filter { $0 > 0 }.count
        var gaps = widths.map { $0 > 0 ? 1 : 0 }
        guard shown > 1 else { return gaps }
        let used = widths.reduce(0, +) + shown - 1
        let extra = min(2, max(0, width - used) / (shown - 1))
        guard extra > 0 else { return gaps }
        let last = widths.lastIndex { $0 > 0 }
        for i in gaps.indices where widths[i] > 0 && i != last { gaps[i] += extra }
        return gaps
    }

    /// Rows hidden above and below when `visible` rows are shown.
    public func hidden(visible: Int) -> (above: Bool, below: Bool) {
        (offset > 0, offset + max(0, visible) < count)
    }

    public func draw(in rect: Rect, screen: inout Screen) {
        guard rect.width > 0, rect.height > 0 else { return }
        let widths = layout(width: rect.width)
        let gaps = gaps(width: rect.width, widths: widths)
        let ell = screen.glyphs.ellipsis
        var x = rect.x
        for (i, c) in columns.enumerated() where widths[i] > 0 {
            screen.putPadded(c.title, x: x, y: rect.y, width: widths[i], right: c.alignRight, ellipsis: ell,
                             style: Style(.columnHeader, [.bold]))
            x += widths[i] + gaps[i]
        }
        let visible = rect.height - 1
        guard visible > 0 else { return }
        for r in 0..<visible {
            let index = offset + r
            guard index < count else { break }
            let y = rect.y + 1 + r
            var x = rect.x
            for (i, c) in columns.enumerated() where widths[i] > 0 {
                let span = cell(index, i)
                screen.putPadded(span.text, x: x, y: y, width: widths[i], right: c.alignRight, ellipsis: ell, style: span.style)
                x += widths[i] + gaps[i]
            }
            if index == selected {
                screen.restyle(Rect(x: rect.x, y: y, width: rect.width, height: 1)) { $0.with(.reverse) }
            }
        }
    }
}
