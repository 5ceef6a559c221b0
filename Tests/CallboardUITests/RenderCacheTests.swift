import Testing
import CallboardModel
@testable import CallboardUI

@Suite("RenderCache: a frame that reuses the last one's coaching rows is the frame drawn afresh")
struct RenderCacheTests {
    /// Draws with the cache and without it; answers both screens.
    static func both(_ ctx: RenderContext, ui: UIState, glyphs: Glyphs = .unicode, cache: RenderCache) -> (Screen, Screen) {
        var cached = ctx
        cached.cache = cache
        var a = ui, b = ui
        return (render(cached, width: 120, height: 40, glyphs: glyphs, ui: &a), render(ctx, width: 120, height: 40, glyphs: glyphs, ui: &b))
    }

    @Test func keysLanguageGlyphsPlayingAndNewRowsAllShowAsWithoutTheCache() {
        let cache = RenderCache()
        var model = fixtureTeam()
        var ctx = context(model)
        var ui = UIState(reviewer: "ewa")
        ui.focus = .coaching
        var (withCache, fresh) = Self.both(ctx, ui: ui, cache: cache)
        #expect(withCache.cells == fresh.cells)
        #expect(cache.coaching?.key.stamp === ctx.rows.coachingStamp)

        // Keys move the selection over the same rows: the spans are the last frame's.
        for _ in 0..<3 {
            _ = Update.handle(.down, to: &ui, model: model, rows: ctx.rows, now: now, page: 10, newID: { "id" })
            (withCache, fresh) = Self.both(ctx, ui: ui, cache: cache)
            #expect(withCache.cells == fresh.cells)
        }
        // Another language, other glyphs, a call playing: made again.
        ui.language = .polish
        (withCache, fresh) = Self.both(ctx, ui: ui, cache: cache)
        #expect(withCache.cells == fresh.cells)
        #expect(withCache.text.contains("do odsłuchu"))
        (withCache, fresh) = Self.both(ctx, ui: ui, glyphs: .ascii, cache: cache)
        #expect(withCache.cells == fresh.cells)
        ui.playing = "c107"
        (withCache, fresh) = Self.both(ctx, ui: ui, cache: cache)
        #expect(withCache.cells == fresh.cells)
        #expect(withCache.text.contains("09:15"))

        // The data changed and the rows were built again: c107 reviewed leaves the list.
        let before = ctx.rows.coachingStamp
        model.apply(.review(ReviewMark(id: "r2", time: t(10, 59), call: "c107", agent: "a1", reviewer: "ewa")))
        ctx = context(model)
        #expect(ctx.rows.coachingStamp !== before)
        (withCache, fresh) = Self.both(ctx, ui: ui, cache: cache)
        #expect(withCache.cells == fresh.cells)
        #expect(!withCache.text.contains("09:15 1:35"))

        // A longer pause reason widens the agents' Reason column.
        _ = model.apply(StatusChange(time: t(10, 59, 30), agent: "a3", state: .pause, reason: "szkolenie produktowe"))
        ctx = context(model)
        (withCache, fresh) = Self.both(ctx, ui: ui, cache: cache)
        #expect(withCache.cells == fresh.cells)
        #expect(withCache.text.contains("szkolenie produktowe"))
    }

    @Test func changingTheRowsStampsThemAnew() {
        var rows = context().rows
        let first = rows.coachingStamp, any = rows.stamp
        rows.agents = []
        #expect(rows.coachingStamp === first)
        #expect(rows.stamp !== any)
        let second = rows.stamp
        rows.coaching.removeFirst()
        #expect(rows.coachingStamp !== first)
        #expect(rows.stamp !== second)
    }
}
