/// What one frame keeps for the next: the spans of the coaching rows, which change only when
/// the rows are built again (on a data change and once a minute), not on a key press or the
/// clock's tick. With 200 agents they are hundreds of rows, all of which set the columns'
/// widths, of which a panel shows 25. Owned by whoever draws frames one after another; a
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

    public init() {}

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
