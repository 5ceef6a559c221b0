/// What one frame keeps for the next: the spans of the coaching rows and the widest cells of
/// the columns that size themselves, which change only when the rows are built again (on a
/// data change and once a minute), not on a key press or the clock's tick. With 200 agents
/// they are hundreds of rows, all of which set the columns' widths, of which a panel shows 25. Owned by whoever draws frames one after another; a
/// frame drawn without one makes everything afresh.
public final class RenderCache {
    struct CoachingSpans {
        let stamp: RowsStamp
        let language: String
        let glyphs: Glyphs
        let playing: String?
        let rows: [[Span]]
    }

    var coaching: CoachingSpans?

    struct Widths {
        let stamp: RowsStamp
        let language: String
        let glyphs: Glyphs
        let playing: String?
        let columns: [String]
        let widths: [Int?]
    }

    /// Each panel's widest cells in its columns that size themselves (`Table.naturalWidths`).
    var widths: [PanelID: Widths] = [:]

    public init() {}

    /// The widest cells of `table`'s columns that size themselves, from the last frame while
    /// the rows, language, glyphs, call playing and columns are the same.
    func naturalWidths(_ panel: PanelID, of table: Table, _ ctx: RenderContext) -> [Int?] {
        let columns = table.columns.map(\.title)
        if let w = widths[panel], w.stamp === ctx.rows.stamp, w.language == ctx.language.code, w.glyphs == ctx.glyphs,
           w.playing == ctx.playing, w.columns == columns {
            return w.widths
        }
        let made = table.naturalWidths()
        widths[panel] = Widths(stamp: ctx.rows.stamp, language: ctx.language.code, glyphs: ctx.glyphs, playing: ctx.playing,
                               columns: columns, widths: made)
        return made
    }

    /// The coaching rows' spans for `ctx`, made by `make` unless the last frame's still hold.
    func coachingRows(_ ctx: RenderContext, make: () -> [[Span]]) -> [[Span]] {
        if let c = coaching, c.stamp === ctx.rows.coachingStamp, c.language == ctx.language.code, c.glyphs == ctx.glyphs,
           c.playing == ctx.playing {
            return c.rows
        }
        let rows = make()
        coaching = CoachingSpans(stamp: ctx.rows.coachingStamp, language: ctx.language.code, glyphs: ctx.glyphs,
                                 playing: ctx.playing, rows: rows)
        return rows
    }
}
