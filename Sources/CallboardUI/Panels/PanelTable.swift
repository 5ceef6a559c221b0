/// A panel's table: keeps the selection on screen, highlights it when the panel has the
/// focus, says where it scrolled to (`LayoutState`), and marks hidden rows on the panel's frame.
enum PanelTable {
    static func draw(_ panel: PanelID, columns: [Table.Column], rows: [[Span]], focused: Bool, in area: Rect,
                     frame: Rect, ctx: RenderContext, ui: UIState, layout: inout LayoutState,
                     screen: inout Screen) {
        draw(panel, columns: columns, count: rows.count, cell: { r, c in c < rows[r].count ? rows[r][c] : Span("") },
             focused: focused, in: area, frame: frame, ctx: ctx, ui: ui, layout: &layout, screen: &screen)
    }

    /// The same, with the cells made as the table asks for them (`Table.cell`).
    static func draw(_ panel: PanelID, columns: [Table.Column], count: Int, cell: @escaping (Int, Int) -> Span, focused: Bool,
                     in area: Rect, frame: Rect, ctx: RenderContext, ui: UIState, layout: inout LayoutState,
                     screen: inout Screen) {
        let index = ui.selectedIndex(panel, in: ctx.rows)
        let offset = Table.scrollOffset(selected: index, current: ui.offset(panel), visible: area.height - 1,
                                        count: count)
        layout.offsets[panel] = offset
        layout.places[panel] = PanelPlace(frame: frame, firstRow: area.y + 1, visibleRows: max(0, area.height - 1))
        var table = Table(columns: columns, count: count, selected: focused ? index : nil, offset: offset, cell: cell)
        table.knownWidths = ctx.cache?.naturalWidths(panel, of: table, ctx)
        table.draw(in: area, screen: &screen)
        let hidden = table.hidden(visible: area.height - 1)
        PanelFrame.scrollMarks(above: hidden.above, below: hidden.below, in: frame, screen: &screen)
    }
}
