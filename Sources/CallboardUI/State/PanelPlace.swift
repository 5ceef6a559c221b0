/// Where a panel was drawn in the last frame, for the mouse: its frame, and the screen row
/// of its first table row (the one at its scroll offset).
public struct PanelPlace: Equatable, Sendable {
    public var frame: Rect
    public var firstRow: Int
    /// Table rows shown.
    public var visibleRows: Int

    public init(frame: Rect, firstRow: Int, visibleRows: Int) {
        self.frame = frame
        self.firstRow = firstRow
        self.visibleRows = visibleRows
    }
}
