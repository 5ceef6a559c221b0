import CallboardModel
import CallboardText

/// Today's sales against targets: the team, with gauges and pace, then each agent.
public enum SalesPanel {
    static let columnSet: [PanelColumn<AgentDay>] = [
        PanelColumn(table: Table.Column("Agent", width: 10, flexible: true, minWidth: 14)) { a, ctx in
            Span(ctx.listedName(a.id, name: a.agent.name))
        },
        PanelColumn(table: Table.Column("Sales", width: 5, alignRight: true)) { a, ctx in
            let (sales, pace) = salesAndPace(a, ctx)
            return Span(pace.map { "\(sales)/\(Int($0.target))" } ?? "\(sales)", pace.map { ctx.paceStyle($0) } ?? .normal)
        },
        PanelColumn(table: Table.Column("Pace", width: 5, alignRight: true)) { a, ctx in
            let pace = salesAndPace(a, ctx).pace
            return Span(pace.flatMap { $0.expected > 0 ? Format.signed($0.delta, language: ctx.language) : nil } ?? "",
                        pace.map { ctx.paceStyle($0) } ?? .normal)
        },
        PanelColumn(table: Table.Column("Progress", width: 8)) { a, ctx in
            Span(gaugeText(salesAndPace(a, ctx).pace, width: 8, glyphs: ctx.glyphs), Style(.gaugeFill))
        },
        PanelColumn(table: Table.Column("Revenue", width: 8, alignRight: true)) { a, ctx in
            let revenue = ctx.period == .day ? a.revenue : ctx.model.periodFigures(of: a, ctx.period, at: ctx.now).revenue
            return Span(Format.amount(revenue, language: ctx.language))
        },
        // The week's sales a day a cell, Monday first: a full cell is the day's target met.
        PanelColumn(table: Table.Column("Week", width: 7)) { a, ctx in
            let week = weekSales(a, ctx.model)
            let top = max(ctx.model.salesTarget(of: a) ?? 0, week.compactMap { $0 }.max() ?? 0)
            return Span(Sparkline.text(week, max: top, glyphs: ctx.glyphs), Style(.chartToday))
        },
    ]

    /// The agent's sales and pace over the period shown: today's against the day's target, or
    /// the week's or month's so far against what its targets expect by now.
    static func salesAndPace(_ a: AgentDay, _ ctx: RenderContext) -> (sales: Int, pace: Pace?) {
        guard ctx.period != .day else { return (a.sales, ctx.model.salesPace(of: a, at: ctx.now)) }
        let f = ctx.model.periodFigures(of: a, ctx.period, at: ctx.now)
        return (f.sales, pace(actual: Double(f.sales), toDate: f.salesTargetToDate, whole: f.target.sales.map(Double.init)))
    }

    /// A period's pace: `Pace` expects target × shift fraction, so the fraction is the share
    /// of the whole target expected by now.
    static func pace(actual: Double, toDate: Double?, whole: Double?) -> Pace? {
        guard let whole, let toDate else { return nil }
        return Pace(actual: actual, target: whole, shiftFraction: whole > 0 ? min(1, toDate / whole) : 1)
    }

    /// Monday to Sunday of this week: each earlier day's sales (nil on a day without calls or
    /// sales), today's so far, nil for the days to come.
    static func weekSales(_ a: AgentDay, _ model: TeamDay) -> [Int?] {
        (0..<7).map { i in
            let d = model.weekStart.adding(days: i)
            if d == model.day { return a.sales }
            if d > model.day { return nil }
            return a.earlier[d].flatMap { $0.isWorkingDay ? $0.sales : nil }
        }
    }

    public static func draw(_ ctx: RenderContext, in rect: Rect, focused: Bool, ui: UIState, layout: inout LayoutState,
                            screen: inout Screen) {
        let fraction = ctx.model.shift.fraction(at: ctx.now)
        let l = ctx.language
        let sep = " \(screen.glyphs.separator) "
        var title = l.text("Sales") + sep
        switch ctx.period {
        case .day: title += l.text("shift {percent}", ["percent": Format.percent(fraction, language: l)])
        case .week: title += l.text("this week")
        case .month: title += l.text("this month")
        }
        let inner = PanelFrame.draw(title, hotkey: "2", in: rect, focused: focused, screen: &screen)
        guard inner.height > 0, inner.width > 4 else { return }
        var y = inner.y
        let currency = ctx.settings.currency
        let team: (sales: Int, revenue: Money, salesPace: Pace?, revenuePace: Pace?, revenueTarget: Money?)
        if ctx.period == .day {
            let targets = ctx.rows.teamTargets
            team = (ctx.model.teamSales, ctx.model.teamRevenue, ctx.model.salesPace(target: targets, at: ctx.now),
                    ctx.model.revenuePace(target: targets, at: ctx.now), targets.revenue)
        } else {
            let f = ctx.model.teamPeriodFigures(ctx.period, at: ctx.now)
            team = (f.sales, f.revenue, pace(actual: Double(f.sales), toDate: f.salesTargetToDate, whole: f.target.sales.map(Double.init)),
                    pace(actual: f.revenue.doubleValue, toDate: f.revenueTargetToDate, whole: f.target.revenue?.doubleValue),
                    f.target.revenue)
        }
        if let pace = team.salesPace {
            teamLine(label: l.text("Sales", context: "line"), value: "\(team.sales)/\(Int(pace.target))", pace: pace,
                     delta: Format.signed(pace.delta, language: l), ctx, x: inner.x, y: y, width: inner.width, screen: &screen)
        } else {
            screen.put([Span(Format.pad(l.text("Sales", context: "line"), 6), Style(.normal, [.bold])), Span("\(team.sales)"),
                        Span("  " + l.text("no target set"), Style(.dim))], x: inner.x, y: y, width: inner.width)
        }
        y += 1
        guard y < inner.maxY else { return }
        if let pace = team.revenuePace, let target = team.revenueTarget {
            let delta = l.text("{number}k", ["number": Format.signed(pace.delta / 1000, language: l)])
            teamLine(label: l.text("Rev", context: "line"),
                     value: "\(Format.amount(team.revenue, language: l))/\(Format.amount(target, language: l))", pace: pace,
                     delta: delta, ctx, x: inner.x, y: y, width: inner.width, screen: &screen)
        } else {
            screen.put([Span(Format.pad(l.text("Rev", context: "line"), 6), Style(.normal, [.bold])),
                        Span(Format.money(team.revenue, currency: currency, language: l))],
                       x: inner.x, y: y, width: inner.width)
        }
        y += 1
        guard inner.maxY - y >= 2 else { return }
        let rest = Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - y)
        if let kind = ui.salesChart {
            screen.put(kind == .sales ? l.text("Sales today by the hour") : l.text("Calls today by the hour"),
                       x: rest.x, y: rest.y, style: Style(.columnHeader, [.bold]), maxWidth: rest.width)
            HourlyChart.draw(SalesChart.data(ctx, kind: kind), in: Rect(x: rest.x, y: rest.y + 1, width: rest.width, height: rest.height - 1),
                             language: l, screen: &screen)
            return
        }
        let (columns, cell) = PanelColumn.layout(columnSet, ctx.rows.sales, ctx)
        PanelTable.draw(.sales, columns: columns, count: ctx.rows.sales.count, cell: cell, focused: focused, in: rest, frame: rect,
                        ctx: ctx, ui: ui, layout: &layout, screen: &screen)
    }

    /// `Sales 23/40 [gauge] +2.1`.
    static func teamLine(label: String, value: String, pace: Pace, delta: String, _ ctx: RenderContext,
                         x: Int, y: Int, width: Int, screen: inout Screen) {
        let style = ctx.paceStyle(pace)
        var used = screen.put([Span(Format.pad(label, 6), Style(.normal, [.bold])), Span(value, style.with(.bold))],
                              x: x, y: y, width: width)
        let deltaText = pace.expected > 0 || pace.targetMet ? " " + delta : ""
        let deltaWidth = TextWidth.of(deltaText)
        let gaugeWidth = width - used - 1 - deltaWidth
        if gaugeWidth >= 4 {
            Gauge.draw(fraction: pace.completion, x: x + used + 1, y: y, width: gaugeWidth,
                       fill: Style(pace.targetMet ? .targetMet : .gaugeFill), screen: &screen)
            used += 1 + gaugeWidth
        }
        screen.put(deltaText, x: x + used, y: y, style: style, maxWidth: width - used)
    }

    /// A small text gauge for a table cell.
    static func gaugeText(_ pace: Pace?, width: Int, glyphs: Glyphs) -> String {
        guard let pace else { return "" }
        let filled = pace.completion >= 1 ? width : max(0, min(width - 1, Int((pace.completion * Double(width)).rounded())))
        return String(repeating: glyphs.gaugeFull, count: filled) + String(repeating: glyphs.gaugeEmpty, count: width - filled)
    }
}
