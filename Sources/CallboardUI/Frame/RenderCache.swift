/// What one frame keeps for the next: the spans of the coaching rows and the widest cells of
/// the columns that size themselves, which change only when the rows are built again (on a
/// data change and once a minute), not on a key press or the clock's tick. With 200 agents
/// they are hundreds of rows, all of which set the columns' widths, of which a panel shows 25.
/// Owned by whoever draws frames one after another; a frame drawn without one makes
/// everything afresh.
public final class RenderCache {
    /// What the kept values were made from: the rows (by their stamp), the language, the
    /// glyphs and the call playing (its mark is in the coaching rows).
    struct Key {
        let stamp: RowsStamp
        let language: String
        let glyphs: Glyphs
        let playing: String?

        init(_ stamp: RowsStamp, _ ctx: RenderContext) {
            self.stamp = stamp
            language = ctx.language.code
            glyphs = ctx.glyphs
            playing = ctx.playing
        }

        func matches(_ other: Key) -> Bool {
            stamp === other.stamp && language == other.language && glyphs == other.glyphs && playing == other.playing
        }
    }

    var coaching: (key: Key, rows: [[Span]])?
    /// Each panel's widest cells in its columns that size themselves (`Table.naturalWidths`),
    /// with the columns' titles they were measured under.
    var widths: [PanelID: (key: Key, columns: [String], widths: [Int?])] = [:]

    public init() {}

    /// The widest cells of `table`'s columns that size themselves, from the last frame while
    /// the rows, language, glyphs, call playing and columns are the same.
    func naturalWidths(_ panel: PanelID, of table: Table, _ ctx: RenderContext) -> [Int?] {
        let key = Key(ctx.rows.stamp, ctx)
        let columns = table.columns.map(\.title)
        if let w = widths[panel], w.key.matches(key), w.columns == columns { return w.widths }
        let made = table.naturalWidths()
        widths[panel] = (key, columns, made)
        return made
    }

    /// The coaching rows' spans for `ctx`, made by `make` unless the last frame's still hold.
    func coachingRows(_ ctx: RenderContext, make: () -> [[Span]]) -> [[Span]] {
        let key = Key(ctx.rows.coachingStamp, ctx)
        if let c = coaching, c.key.matches(key) { return c.rows }
        let rows = make()
        coaching = (key, rows)
        return rows
    }
}
