import CallboardModel

/// The top two lines: team, date and clock, problems; then state counts and team sales.
public enum HeaderView {
    public static let height = 2

    public static func draw(_ ctx: RenderContext, in rect: Rect, screen: inout Screen) {
        guard rect.height >= 1 else { return }
        let g = screen.glyphs
        let l = ctx.language
        let wall = ctx.model.calendar.wallClock(ctx.now)
        screen.fill(rect.row(0), style: Style(.title))
        var left: [Span] = [Span(" " + ctx.settings.teamName, Style(.title, [.bold])),
                            Span("  \(g.separator)  \(Format.date(ctx.model.day, language: l))  ", Style(.title)),
                            Span(wall.time, Style(.title, [.bold]))]
        if ctx.settings.mode == .service {
            left.append(Span("  \(g.separator)  \(l.text("service", context: "mode"))", Style(.title)))
        }
        if left.reduce(0, { $0 + TextWidth.of($1.text) }) > rect.width {
            // Narrow: the clock matters more than the date, the date more than the team's name.
            left = [Span(" " + wall.time, Style(.title, [.bold])),
                    Span("  \(g.separator)  " + ctx.settings.teamName, Style(.title, [.bold]))]
        }
        let used = screen.put(left, x: rect.x, y: rect.y, width: rect.width)
        let problems = ctx.model.problems.count
        if problems > 0 {
            var text = " " + l.plural(problems, one: "{n} data problem", other: "{n} data problems") + " (p) "
            // A file gone or unreadable empties figures: it is named, not counted among the rest.
            if let alert = ctx.model.fileAlerts.first {
                let what = alert.kind == .missing ? l.text("{file} missing", ["file": alert.file])
                                                  : l.text("{file} unreadable", ["file": alert.file])
                let more = ctx.model.fileAlerts.count > 1 ? " +\(ctx.model.fileAlerts.count - 1)" : ""
                text = " \(what)\(more) (p) "
            }
            let w = TextWidth.of(text)
            // Only beside the left part, with a gap: never over the clock.
            if used + 1 + w <= rect.width {
                screen.put(text, x: rect.maxX - w, y: rect.y, style: Style(.problem, [.bold, .reverse]))
            }
        }
        guard rect.height >= 2 else { return }
        let counts = TeamCounts(ctx.model, at: ctx.now)
        let y = rect.y + 1
        let spans: [Span] = [
            Span(" \(l.text("In", context: "count")) "), Span("\(counts.loggedIn)", Style(.normal, [.bold])),
            Span("  \(l.text("Avail", context: "count")) "), Span("\(counts.available)", Style(ctx.stateRole(.available), [.bold])),
            Span("  \(l.text("Ring", context: "count")) "), Span("\(counts.ringing)", Style(ctx.stateRole(.ringing), [.bold])),
            Span("  \(l.text("Call", context: "count")) "), Span("\(counts.onCall)", Style(ctx.stateRole(.call), [.bold])),
            Span("  \(l.text("Wrap", context: "count")) "), Span("\(counts.wrap)", Style(ctx.stateRole(.wrap), [.bold])),
            Span("  \(l.text("Pause", context: "count")) "), Span("\(counts.paused)", Style(ctx.stateRole(.pause), [.bold])),
        ]
        let countsWidth = spans.reduce(0) { $0 + TextWidth.of($1.text) }
        var sales: [Span] = [Span(l.text("Sales", context: "header") + " ")]
        if let pace = ctx.model.salesPace(at: ctx.now) {
            sales.append(Span("\(ctx.model.teamSales)/\(Int(pace.target))", ctx.paceStyle(pace).with(.bold)))
            if pace.expected > 0 || pace.targetMet {
                let arrow = pace.delta >= 0 ? g.up : g.down
                sales.append(Span(" \(arrow)\(Format.signed(pace.delta, language: l))", ctx.paceStyle(pace)))
            }
        } else {
            sales.append(Span("\(ctx.model.teamSales)", Style(.normal, [.bold])))
        }
        var revenue: [Span] = [Span("  \(l.text("Rev", context: "header")) ")]
        if let rev = ctx.model.revenuePace(at: ctx.now), let target = ctx.model.teamRevenueTarget {
            let targetText = Format.money(target, currency: ctx.settings.currency, language: l)
            revenue.append(Span("\(Format.amount(ctx.model.teamRevenue, language: l))/\(targetText)", ctx.paceStyle(rev)))
        } else {
            revenue.append(Span(Format.money(ctx.model.teamRevenue, currency: ctx.settings.currency, language: l)))
        }
        if ctx.settings.mode == .service {
            // A service desk watches the queue instead: calls waiting now and service level.
            let (waiting, longest) = ctx.model.queues.waitingNow(at: ctx.now)
            sales = [Span(l.text("Waiting", context: "header") + " "),
                     Span("\(waiting)", Style(waiting > 0 ? .warning : .normal, [.bold]))]
            if waiting > 0 { sales.append(Span(" (\(Format.clock(longest)))", Style(.dim))) }
            let level = ctx.model.queues.total.serviceLevel
            let met = level.map { v in ctx.settings.targetServiceLevel.map { v >= $0 } ?? true } ?? true
            revenue = [Span("  \(l.text("SL", context: "header")) "),
                       Span(level.map { Format.percent($0, language: l) } ?? "-", Style(met ? .targetMet : .behindPace, [.bold]))]
        }
        func width(_ s: [Span]) -> Int { s.reduce(0) { $0 + TextWidth.of($1.text) } }
        // Revenue only when it fits beside the counts and the sales figure.
        let right = countsWidth + 2 + width(sales) + width(revenue) + 1 <= rect.width ? sales + revenue : sales
        screen.put(spans, x: rect.x, y: y, width: rect.width)
        let x = max(rect.x + countsWidth + 2, rect.maxX - width(right) - 1)
        screen.put(right, x: x, y: y, width: rect.maxX - x)
    }
}
