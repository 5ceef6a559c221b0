import CallboardModel

/// Today's sales against targets: the team, with gauges and pace, then each agent.
public enum SalesPanel {
    static let columnSet: [PanelColumn<AgentDay>] = [
        PanelColumn(table: Table.Column("Agent", width: 10, flexible: true, minWidth: 14)) { a, ctx in
            Span(ctx.listedName(a.id, name: a.agent.name))
        },
        PanelColumn(table: Table.Column("Sales", width: 5, alignRight: true)) { a, ctx in
            let pace = ctx.model.salesPace(of: a, at: ctx.now)
            return Span(a.agent.dailySalesTarget.map { "\(a.sales)/\($0)" } ?? "\(a.sales)", pace.map { ctx.paceStyle($0) } ?? .normal)
        },
        PanelColumn(table: Table.Column("Pace", width: 5, alignRight: true)) { a, ctx in
            let pace = ctx.model.salesPace(of: a, at: ctx.now)
            return Span(pace.flatMap { $0.expected > 0 ? Format.signed($0.delta, language: ctx.language) : nil } ?? "",
                        pace.map { ctx.paceStyle($0) } ?? .normal)
        },
        PanelColumn(table: Table.Column("Progress", width: 8)) { a, ctx in
            Span(gaugeText(ctx.model.salesPace(of: a, at: ctx.now), width: 8, glyphs: ctx.glyphs), Style(.gaugeFill))
        },
        PanelColumn(table: Table.Column("Revenue", width: 8, alignRight: true)) { a, ctx in
            Span(Format.amount(a.revenue, language: ctx.language))
        },
    ]


    public static func draw(_ ctx: RenderContext, in rect: Rect, focused: Bool, ui: inout UIState, screen: inout Screen) {
        let fraction = ctx.model.shift.fraction(at: ctx.now)
        let l = ctx.language
        let title = l.text("Sales") + " \(screen.glyphs.separator) "
            + l.text("shift {percent}", ["percent": Format.percent(fraction, language: l)])
        let inner = PanelFrame.draw(title, hotkey: "2", in: rect, focused: focused, screen: &screen)
        guard inner.height > 0, inner.width > 4 else { return }
        var y = inner.y
        let currency = ctx.settings.currency
        if let pace = ctx.model.salesPace(at: ctx.now) {
            teamLine(label: l.text("Sales", context: "line"), value: "\(ctx.model.teamSales)/\(Int(pace.target))", pace: pace,
                     delta: Format.signed(pace.delta, language: l), ctx, x: inner.x, y: y, width: inner.width, screen: &screen)
        } else {
            screen.put([Span(Format.pad(l.text("Sales", context: "line"), 6), Style(.normal, [.bold])), Span("\(ctx.model.teamSales)"),
                        Span("  " + l.text("no target set"), Style(.dim))], x: inner.x, y: y, width: inner.width)
        }
        y += 1
        guard y < inner.maxY else { return }
        if let pace = ctx.model.revenuePace(at: ctx.now), let target = ctx.model.teamRevenueTarget(at: ctx.now) {
            let delta = l.text("{number}k", ["number": Format.signed(pace.delta / 1000, language: l)])
            teamLine(label: l.text("Rev", context: "line"),
                     value: "\(Format.amount(ctx.model.teamRevenue, language: l))/\(Format.amount(target, language: l))", pace: pace,
                     delta: delta, ctx, x: inner.x, y: y, width: inner.width, screen: &screen)
        } else {
            screen.put([Span(Format.pad(l.text("Rev", context: "line"), 6), Style(.normal, [.bold])),
                        Span(Format.money(ctx.model.teamRevenue, currency: currency, language: l))],
                       x: inner.x, y: y, width: inner.width)
        }
        y += 1
        guard inner.maxY - y >= 2 else { return }
        let tableRect = Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - y)
        let (columns, cell) = PanelColumn.layout(columnSet, ctx.rows.sales, ctx)
        PanelTable.draw(.sales, columns: columns, count: ctx.rows.sales.count, cell: cell, focused: focused, in: tableRect, frame: rect,
                        ctx: ctx, ui: &ui, screen: &screen)
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
