import CallboardUI

/// The cells on the terminal now, and which cells of a new frame have to be sent: all of
/// them after a resize, a frame of another size or `invalidate()`, otherwise only those
/// that differ. Kept apart from curses so that the diff is tested on its own.
struct ShownFrame {
    /// The terminal's own copy, changed in place cell by cell, so that the caller's screen
    /// stays its own to draw the next frame into without copying it.
    private var shown: [Cell] = []
    private var shownSize = (width: -1, height: -1)
    private var lastArea = (width: 0, height: 0)
    private var needsFullRedraw = true

    /// The next frame is sent whole.
    mutating func invalidate() {
        needsFullRedraw = true
    }

    /// Sends `screen` to a terminal of `area` cells: `clear` first when everything is sent,
    /// then `draw` for each cell to send (not the right half of a wide character; nothing
    /// outside the area). Answers whether everything was sent.
    @discardableResult
    mutating func present(_ screen: Screen, area: (width: Int, height: Int), clear: () -> Void,
                          draw: (_ cell: Cell, _ x: Int, _ y: Int) -> Void) -> Bool {
        let full = needsFullRedraw || area != lastArea || shownSize != (screen.width, screen.height)
        if full { clear() }
        // The cells themselves, not the screens: a `Screen` carries its glyphs, and binding one
        // per cell copied them 12 000 times a frame.
        let cells = screen.cells
        let width = screen.width
        if full {
            shown = cells.map { $0 }
            shownSize = (screen.width, screen.height)
        }
        for y in 0..<min(screen.height, area.height) {
            for x in 0..<min(width, area.width) {
                let i = y * width + x
                if !full {
                    if shown[i] == cells[i] { continue }
                    shown[i] = cells[i]
                }
                if cells[i].isContinuation { continue }
                draw(cells[i], x, y)
            }
        }
        lastArea = area
        needsFullRedraw = false
        return full
    }
}
