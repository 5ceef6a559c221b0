import CallboardModel

/// The top two lines: team, date and clock, problems; then state counts and team sales.
public enum HeaderView {
    public static let height = 2

    public static func draw(_ ctx: RenderContext, in rect: Rect, screen: inout Screen) {
        guard rect.height >= 1 else { return }
        let g = screen.glyphs
        let wall = ctx.model.calendar.wallClock(ctx.now)
        screen.fill(rect.row(0), style: Style(.title))
        var left: [Span] = [Span(" " + ctx.settings.teamName, Style(.title, [.bold])),
                            Span("  \(g.separator)  \(Format.date(ctx.model.day))  ", Style(.title)),
                            Span(wall.time, Style(.title, [.bold]))]
        if ctx.settings.mode == .service { left.append(Span("  \(g.separator)  service", Style(.title))) }
        let used = screen.put(left, x: rect.x, y: rect.y, width: rect.width)
        let problems = ctx.model.problems.count
        if problems > 0 {
            let text = " \(problems) data problem\(problems == 1 ? "" : "s") (p) "
            let w = TextWidth.of(text)
            // Only beside the left part, with a gap: never over the clock.
            if used + 1 + w <= rect.width {
                screen.put(text, x: rect.maxX - w, y: rect.y, style: Style(.problem, [.bold, .reverse]))
            }
        }
        guard rect.height >= 2 else { return }
        let counts = TeamCounts(ctx.model)
        let y = rect.y + 1
        let spans: [Span] = [
            Span(" In "), Span("\(counts.loggedIn)", Style(.normal, [.bold])),
            Span("  Avail "), Span("\(counts.available)", Style(ctx.stateRole(.available), [.bold])),
            Span("  Ring "), Span("\(counts.ringing)", Style(ctx.stateRole(.ringing), [.bold])),
            Span("  Call "), Span("\(counts.onCall)", Style(ctx.stateRole(.call), [.bold])),
            Span("  Wrap "), Span("\(counts.wrap)", Style(ctx.stateRole(.wrap), [.bold])),
            Span("  Pause "), Span("\(counts.paused)", Style(ctx.stateRole(.pause), [.bold])),
        ]
        let countsWidth = spans.reduce(0) { $0 + TextWidth.of($1.text) }
        var sales: [Span] = [Span("Sales ")]
        if let pace = ctx.model.salesPace(at: ctx.now) {
            sales.append(Span("\(ctx.model.teamSales)/\(Int(pace.target))", ctx.paceStyle(pace).with(.bold)))
            if pace.expected > 0 || pace.targetMet {
                let arrow = pace.delta >= 0 ? g.up : g.down
                sales.append(Span(" \(arrow)\(Format.signed(pace.delta))", ctx.paceStyle(pace)))
            }
        } else {
            sales.append(Span("\(ctx.model.teamSales)", Style(.normal, [.bold])))
        }
        var revenue: [Span] = [Span("  Rev ")]
        if let rev = ctx.model.revenuePace(at: ctx.now), let target = ctx.model.teamRevenueTarget {
            revenue.append(Span("\(Format.amount(ctx.model.teamRevenue))/\(Format.money(target, currency: ctx.settings.currency))",
                                ctx.paceStyle(rev)))
        } else {
            revenue.append(Span(Format.money(ctx.model.teamRevenue, currency: ctx.settings.currency)))
        }
        if ctx.settings.mode == .service {
            // A service desk watches the queue instead: calls waiting now and service level.
            let (waiting, longest) = ctx.model.queues.waitingNow(at: ctx.now)
            sales = [Span("Waiting "), Span("\(waiting)", Style(waiting > 0 ? .warning : .normal, [.bold]))]
            if waiting > 0 { sales.append(Span(" (\(Format.clock(longest)))", Style(.dim))) }
            let level = ctx.model.queues.total.serviceLevel
            let met = level.map { l in ctx.settings.targetServiceLevel.map { l >= $0 } ?? true } ?? true
            revenue = [Span("  SL "), Span(level.map(Format.percent) ?? "-", Style(met ? .targetMet : .behindPace, [.bold]))]
        }
        func width(_ s: [Span]) -> Int { s.reduce(0) { $0 + TextWidth.of($1.text) } }
        // Revenue only when it fits beside the counts and the sales figure.
        let right = countsWidth + 2 + width(sales) + width(revenue) + 1 <= rect.width ? sales + revenue : sales
        screen.put(spans, x: rect.x, y: y, width: rect.width)
        let x = max(rect.x + countsWidth + 2, rect.maxX - width(right) - 1)
        screen.put(right, x: x, y: y, width: rect.maxX - x)
    }
}
