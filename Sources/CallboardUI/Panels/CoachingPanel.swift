import CallboardModel
import CallboardText

/// What coaching is pending: calls to listen to, agent by agent with each agent's reviews
/// this week against the quota; sessions overdue or due soon; who needs attention.
public enum CoachingPanel {
    static let columns: [Table.Column] = [
        Table.Column("When", width: 7),
        Table.Column("Who", width: 12, grows: true, maxWidth: 30),
        Table.Column("What", width: 12, flexible: true, minWidth: 17),
    ]

    public static func draw(_ ctx: RenderContext, in rect: Rect, focused: Bool, ui: UIState, layout: inout LayoutState,
                            screen: inout Screen) {
        var reviews = 0, overdue = 0, attention = 0
        for row in ctx.rows.coaching {
            switch row {
            case .review: reviews += 1
            case .agenda(let a) where a.isOverdue: overdue += 1
            case .suggestion: attention += 1
            default: break
            }
        }
        let sep = screen.glyphs.separator
        let l = ctx.language
        var title = l.text("Coaching") + " \(sep) " + l.plural(reviews, one: "{n} to review", other: "{n} to review")
        if overdue > 0 { title += " \(sep) " + l.plural(overdue, one: "{n} late", other: "{n} late") }
        if attention > 0 { title += " \(sep) " + l.plural(attention, one: "{n} attn", other: "{n} attn") }
        let inner = PanelFrame.draw(title, hotkey: "3", in: rect, focused: focused, screen: &screen)
        guard inner.height > 0 else { return }
        if ctx.rows.coaching.isEmpty {
            screen.put(l.text("Nothing pending"), x: inner.x + 1, y: inner.y, style: Style(.dim), maxWidth: inner.width - 1)
            return
        }
        let make = { ctx.rows.coaching.map { row(for: $0, ctx) } }
        let rows = ctx.cache?.coachingRows(ctx, make: make) ?? make()
        // The When column as wide as its widest text (a language's may be longer than English's).
        var columns = columns.map { $0.translated(l) }
        let when = rows.map { TextWidth.of($0[0].text) }.max() ?? 0
        columns[0].width = min(inner.width >= 60 ? 17 : maxWhenWidth, max(columns[0].width, when))
        // Whole names where the panel is wide, but never at the cost of most of the reason.
        columns[1].maxWidth = max(columns[1].width, min(30, inner.width * 3 / 10))
        PanelTable.draw(.coaching, columns: columns, rows: rows, focused: focused, in: inner, frame: rect, ctx: ctx, ui: ui, layout: &layout,
                        screen: &screen)
    }

    static let maxWhenWidth = 11

    static func row(for row: CoachingRow, _ ctx: RenderContext) -> [Span] {
        let l = ctx.language
        switch row {
        case .progress(let p):
            // The calls waiting are the rows below.
            // A daily quota: the day's share first, what a lead who also sells can do today.
            var what = l.text("{done}/{target} this week", ["done": "\(p.thisWeek)", "target": "\(p.weekTarget)"])
            if p.quota != p.weekTarget {
                what = l.text("{today}/{quota} today", ["today": "\(p.today)", "quota": "\(p.quota)"]) + " \(ctx.glyphs.separator) " + what
            }
            if p.isNew { what += " " + l.text("(new)") }
            let behind = p.thisWeek < p.weekTarget
            return [
                Span(""),
                Span(ctx.listedName(p.agent, name: ctx.agentName(p.agent)), Style(.title, [.bold])),
                Span(what, behind ? Style(.dim) : Style(.targetMet)),
            ]
        case .review(let r):
            let c = r.call
            let when = l.text(r.reason == .flagged ? "flagged" : "review", context: "when")
            let clock = ctx.model.calendar.wallClock(c.start)
            let day = ctx.model.calendar.day(of: c.start)
            let at = day == ctx.model.day ? clock.shortTime : "\(Format.two(day.day)).\(Format.two(day.month))"
            let playing = ctx.playing == c.id ? "\(ctx.glyphs.play) " : ""
            var what = playing + "\(at) \(Format.clock(c.duration)) " + c.outcome
            // The outcome already says "no sale"; the other picks are worth naming.
            if let pick = r.pick, pick != .noSale { what += " (\(l.pick(pick)))" }
            return [
                Span(when, r.reason == .flagged ? Style(.warning, [.bold]) : Style(.hotkey)),
                Span(ctx.listedName(c.agent, name: ctx.agentName(c.agent))),
                Span(what),
            ]
        case .suggestion(let s):
            return [
                Span(l.text("attn", context: "when"), Style(.warning, [.bold])),
                Span(ctx.agentName(s.agent)),
                Span(l.reason(s)),
            ]
        case .agenda(let a):
            let whenStyle: Style
            switch a.urgency {
            case .overdue: whenStyle = Style(.overdue, [.bold])
            case .dueToday: whenStyle = Style(.dueSoon, [.bold])
            case .dueSoon: whenStyle = Style(.dueSoon)
            case .upcoming: whenStyle = Style(.dim)
            }
            let textStyle = a.isOverdue ? Style(.overdue) : Style.normal
            return [
                Span(l.urgency(a.urgency), whenStyle),
                Span(ctx.listedName(a.item.agent, name: ctx.agentName(a.item.agent)), textStyle),
                Span(l.labelledTitle(of: a.item, in: ctx.model), textStyle),
            ]
        }
    }
}
