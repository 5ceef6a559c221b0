/// A column of a panel's table, described once: its header and width rule, the cell it shows
/// for a row, and whether it has anything to show for these rows (a column of dashes on every
/// row is left out). A panel lists its columns; the headers and the cells cannot drift apart.
struct PanelColumn<Row>: Sendable {
    var table: Table.Column
    var cell: @Sendable (Row, RenderContext) -> Span
    var hasData: @Sendable ([Row]) -> Bool = { _ in true }

    /// The columns with data for `rows`, and the cell of a row (first) in a column (second),
    /// made when the table asks for it.
    static func layout(_ columns: [PanelColumn<Row>], _ rows: [Row], _ ctx: RenderContext)
        -> (columns: [Table.Column], cell: (Int, Int) -> Span) {
        let shown = columns.filter { $0.hasData(rows) }
        return (shown.map { $0.table.translated(ctx.language) }, { r, c in shown[c].cell(rows[r], ctx) })
    }
}
