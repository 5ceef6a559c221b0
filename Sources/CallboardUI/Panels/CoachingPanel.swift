import CallboardModel

/// What coaching is pending: calls to listen to, then sessions overdue or due soon.
public enum CoachingPanel {
    static let columns: [Table.Column] = [
        Table.Column("When", width: 7),
        Table.Column("Who", width: 12),
        Table.Column("What", width: 12, flexible: true),
    ]

    public static func draw(_ ctx: RenderContext, in rect: Rect, focused: Bool, ui: inout UIState, screen: inout Screen) {
        let reviews = ctx.rows.coaching.filter { if case .review = $0 { return true } else { return false } }.count
        let overdue = ctx.rows.coaching.filter { if case .agenda(let a) = $0 { return a.isOverdue } else { return false } }.count
        var title = "Coaching \(screen.glyphs.separator) \(reviews) to review"
        if overdue > 0 { title += " \(screen.glyphs.separator) \(overdue) late" }
        let inner = PanelFrame.draw(title, hotkey: "3", in: rect, focused: focused, screen: &screen)
        guard inner.height > 0 else { return }
        if ctx.rows.coaching.isEmpty {
            screen.put("Nothing pending", x: inner.x + 1, y: inner.y, style: Style(.dim), maxWidth: inner.width - 1)
            return
        }
        let rows = ctx.rows.coaching.map { row(for: $0, ctx) }
        PanelTable.draw(.coaching, columns: columns, rows: rows, focused: focused, in: inner, frame: rect, ctx: ctx, ui: &ui,
                        screen: &screen)
    }

    static func row(for row: CoachingRow, _ ctx: RenderContext) -> [Span] {
        switch row {
        case .review(let r):
            let c = r.call
            let when = r.reason == .flagged ? "flagged" : "review"
            let clock = ctx.model.calendar.wallClock(c.start)
            let day = ctx.model.calendar.day(of: c.start)
            let at = day == ctx.model.day ? clock.shortTime : "\(Format.two(day.day)).\(Format.two(day.month))"
            return [
                Span(when, r.reason == .flagged ? Style(.warning, [.bold]) : Style(.hotkey)),
                Span(ctx.agentName(c.agent)),
                Span("\(at) \(Format.clock(c.duration)) \(c.outcome)"),
            ]
        case .agenda(let a):
            let whenStyle: Style
            let when: String
            switch a.urgency {
            case .overdue(let d):
                when = "\(d)d late"
                whenStyle = Style(.overdue, [.bold])
            case .dueToday:
                when = "today"
                whenStyle = Style(.dueSoon, [.bold])
            case .dueSoon(let d):
                when = "in \(d)d"
                whenStyle = Style(.dueSoon)
            case .upcoming(let d):
                when = "in \(d)d"
                whenStyle = Style(.dim)
            }
            let textStyle = a.isOverdue ? Style(.overdue) : Style.normal
            return [
                Span(when, whenStyle),
                Span(ctx.agentName(a.item.agent), textStyle),
                Span("\(a.item.kind.label) \(a.item.title)", textStyle),
            ]
        }
    }
}
