import CallboardModel
import CallboardText

/// An in-memory grid of cells that views draw into. It knows nothing of the terminal:
/// the backend copies it out, and tests read it back as lines of text.
public struct Screen: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    public var glyphs: Glyphs

    public init(width: Int, height: Int, glyphs: Glyphs = .unicode) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.glyphs = glyphs
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Draws `text` at (x, y), sanitized, clipped to `maxWidth` columns (and the screen).
    /// A wide character that would be cut in half is not drawn. Answers the columns used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        var col = x
        // Printable ASCII, most of a frame: a byte a cell, nothing to clean or measure.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            for b in text.utf8 {
                if col >= limit { break }
                if col >= 0 {
                    clearWide(x: col, y: y)
                    cells[y * width + col] = Cell(Screen.ascii[Int(b)], style)
                }
                col += 1
            }
            return max(0, col - x)
        }
        for c in Sanitizer.clean(text) {
            let w = TextWidth.of(c)
            if w == 0 {
                // A lone combining mark joins the previous cell.
                if col > x, col - 1 >= 0, col - 1 < width {
                    var prev = col - 1
                    if cells[y * width + prev].isContinuation, prev > 0 { prev -= 1 }
                    cells[y * width + prev].text.append(c)
                }
                continue
            }
            if col + w > limit { break }
            if col >= 0 {
                clearWide(x: col, y: y)
                cells[y * width + col] = Cell(String(c), style)
                if w == 2 {
                    clearWide(x: col + 1, y: y)
                    cells[y * width + col + 1] = Cell("", style)
                }
            }
            col += w
        }
        return max(0, col - x)
    }

    /// Each ASCII character as a String, made once.
    private static let ascii: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    /// Keeps wide characters whole when one of their two cells is overwritten.
    private mutating func clearWide(x: Int, y: Int) {
        guard x >= 0, x < width else { return }
        let i = y * width + x
        if cells[i].isContinuation, x > 0 {
            cells[i - 1] = Cell(" ", cells[i - 1].style)
        } else if x + 1 < width, cells[i + 1].isContinuation, cells[i].text.utf8.count > 1, TextWidth.of(cells[i].text) == 2 {
            cells[i + 1] = Cell(" ", cells[i + 1].style)
        }
    }

    /// `text` padded with spaces or cut (with `ellipsis`) to exactly `width` columns, in
    /// `style`: the cells `put(Format.pad(text, width, …))` draws, without making the padded
    /// string (a table draws hundreds of cells a frame).
    public mutating func putPadded(_ text: String, x: Int, y: Int, width: Int, right: Bool = false, ellipsis: String = "…",
                                   style: Style = .normal) {
        guard width > 0 else { return }
        let t = Format.fit(text, width, ellipsis: ellipsis)
        let tw = TextWidth.of(t)
        let gap = max(0, width - tw)
        if right {
            fill(Rect(x: x, y: y, width: gap, height: 1), style: style)
            put(t, x: x + gap, y: y, style: style)
        } else if put(t, x: x, y: y, style: style) == tw {
            // (Text cut at the screen's edge, like the padded string, leaves the rest.)
            fill(Rect(x: x + tw, y: y, width: gap, height: 1), style: style)
        }
    }

    /// Fills a rectangle with one character and style.
    public mutating func fill(_ rect: Rect, _ text: String = " ", style: Style = .normal) {
        let x0 = max(0, rect.x), x1 = min(width, rect.maxX)
        let y0 = max(0, rect.y), y1 = min(height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        let cell = Cell(text, style)
        let width = width
        cells.withUnsafeMutableBufferPointer { cells in
            for y in y0..<y1 {
                if x0 > 0, cells[y * width + x0].isContinuation { cells[y * width + x0 - 1].text = " " }
                if x1 < width, cells[y * width + x1].isContinuation { cells[y * width + x1].text = " " }
                for i in (y * width + x0)..<(y * width + x1) { cells[i] = cell }
            }
        }
    }

    /// Changes the style of a rectangle, keeping its text.
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        let x0 = max(0, rect.x), x1 = min(width, rect.maxX)
        let y0 = max(0, rect.y), y1 = min(height, rect.maxY)
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 {
            for x in x0..<x1 { cells[y * width + x].style = transform(cells[y * width + x].style) }
        }
    }

    /// One row as plain text (continuation cells skipped), trailing spaces kept.
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<width {
            let c = cells[y * width + x]
            if !c.isContinuation { s += c.text }
        }
        return s
    }

    /// Every row as text with trailing spaces removed: what render tests compare.
    public var lines: [String] {
        (0..<height).map { y in
            var l = line(y)
            while l.last == " " { l.removeLast() }
            return l
        }
    }

    public var text: String { lines.joined(separator: "\n") }
}
