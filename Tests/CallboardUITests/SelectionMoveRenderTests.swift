import Testing
import CallboardModel
@testable import CallboardUI

@Suite("DashboardView.renderSelectionMove: one panel drawn again is the whole frame drawn again")
struct SelectionMoveRenderTests {
    /// `count` agents in every state, with calls, sales and reviews to pick, at 11:00.
    static func team(_ count: Int) -> TeamDay {
        var s = Settings()
        s.reviewQuota = 2
        let roster = (0..<count).map { Agent(id: "x\($0)", name: "Agent \($0 % 7 == 0 ? "Żółć" : "Nowak") \($0)", dailySalesTarget: 4) }
        var m = TeamDay(day: today, calendar: warsaw, settings: s, roster: roster)
        let states: [AgentState] = [.available, .call, .wrap, .pause, .offline, .ringing]
        for i in 0..<count {
            _ = m.apply(StatusChange(time: t(8, i % 60), agent: "x\(i)", state: .available))
            _ = m.apply(StatusChange(time: t(10, i % 60), agent: "x\(i)", state: states[i % states.count],
                                     reason: states[i % states.count] == .pause ? "przerwa" : nil))
            for k in 0..<(i % 4) {
                _ = m.apply(CallRecord(id: "c\(i)-\(k)", agent: "x\(i)", start: t(9, k * 10), duration: 40 + 37 * k + i,
                                       outcome: k == 1 ? "sale" : "no sale", flagged: i % 11 == 0 && k == 0))
            }
            if i % 3 == 0 { _ = m.apply(Sale(time: t(9, 30), agent: "x\(i)", amount: Money(units: 100 + i))) }
        }
        return m
    }

    static let keys: [Key] = [.down, .down, .up, .pageDown, .pageUp, .end, .home, .tab, .down, .character("3"), .down, .pageDown,
                              .character("2"), .down, .backTab, .end, .character("1"), .pageDown]

    @Test(arguments: [(200, 60), (120, 40), (80, 24), (50, 14)], [6, 60, 200])
    func everyMoveOfTheSelectionDrawsTheFullFrame(size: (Int, Int), agents: Int) {
        let model = Self.team(agents)
        let rows = DashboardRows(model: model, now: now)
        // As the dashboard draws: one cache through every frame.
        let ctx = RenderContext(model: model, rows: rows, now: now, cache: RenderCache())
        var ui = UIState(reviewer: "ewa")
        var last = Screen(width: size.0, height: size.1)
        draw(ctx, ui: &ui, screen: &last)
        var rng = SplitMix64(seed: UInt64(agents * 1000 + size.0))
        var partial = 0
        for step in 0..<120 {
            let key = step < Self.keys.count ? Self.keys[step] : Self.keys.randomElement(using: &rng)!
            let before = ui
            let effects = Update.handle(key, to: &ui, model: model, rows: rows, now: now, page: 10, newID: { "id" })
            var full = Screen(width: size.0, height: size.1), fullUI = ui
            var fresh = Screen(width: size.0, height: size.1), freshUI = ui
            draw(ctx, ui: &fullUI, screen: &full)
            var uncached = ctx
            uncached.cache = nil
            draw(uncached, ui: &freshUI, screen: &fresh)
            #expect(full == fresh)
            if effects.isEmpty, ui.differsOnlyInSelection(from: before) {
                var moved = last, movedUI = ui
                if drawSelectionMove(ctx, ui: &movedUI, screen: &moved) {
                    partial += 1
                    #expect(moved == full, "\(size) \(agents) agents, step \(step) \(key)")
                    #expect(movedUI.selections == fullUI.selections)
                } else {
                    #expect(size.0 < DashboardView.fullWidth || size.1 < DashboardView.fullHeight)
                }
            }
            ui = fullUI
            last = full
        }
        if size.0 >= DashboardView.fullWidth && size.1 >= DashboardView.fullHeight { #expect(partial > 60) }
    }

    @Test func focusFilterAndMessagesAreNotSelectionMoves() {
        var a = UIState(reviewer: "ewa")
        var b = a
        b.selections[.agents] = Selection()
        b.lastKeyAt = 5
        #expect(b.differsOnlyInSelection(from: a))
        b.focus = .coaching
        #expect(!b.differsOnlyInSelection(from: a))
        a.say("x", now: 0)
        #expect(!a.differsOnlyInSelection(from: UIState(reviewer: "ewa")))
    }
}
