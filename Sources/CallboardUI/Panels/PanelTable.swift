/// A panel's table: keeps the selection on screen, highlights it when the panel has the
/// focus, remembers the scroll position, and marks hidden rows on the panel's frame.
enum PanelTable {
    static func draw(_ panel: PanelID, columns: [Table.Column], rows: [[Span]], focused: Bool, in area: Rect,
                     frame: Rect, ctx: RenderContext, ui: inout UIState, screen: inout Screen) {
        let index = ui.selectedIndex(panel, in: ctx.rows)
        let offset = Table.scrollOffset(selected: index, current: ui.offset(panel), visible: area.height - 1,
                                        count: rows.count)
        ui.setOffset(panel, offset)
        ui.layout[panel] = PanelPlace(frame: frame, firstRow: area.y + 1, visibleRows: max(0, area.height - 1))
        let table = Table(columns: columns, rows: rows, selected: focused ? index : nil, offset: offset)
        table.draw(in: area, screen: &screen)
        let hidden = table.hidden(visible: area.height - 1)
        PanelFrame.scrollMarks(above: hidden.above, below: hidden.below, in: frame, screen: &screen)
    }
}
