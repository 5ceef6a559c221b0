import CallboardModel
import CallboardText

/// The service desk's figures in the sales panel's place: service level against its
/// target, calls waiting now, abandons, ASA and AHT, then one row per queue, then today's
/// hours against the targets when there is room (`ServiceHoursTable`).
public enum QueuesPanel {
    static let columnSet: [PanelColumn<String>] = [
        PanelColumn(table: Table.Column("Queue", width: 8, flexible: true, minWidth: 8)) { name, _ in Span(name) },
        PanelColumn(table: Table.Column("Offer", width: 5, alignRight: true)) { name, ctx in Span("\(stats(name, ctx).offered)") },
        PanelColumn(table: Table.Column("Ans", width: 5, alignRight: true)) { name, ctx in Span("\(stats(name, ctx).answered)") },
        PanelColumn(table: Table.Column("Aband", width: 5, alignRight: true)) { name, ctx in
            let abandoned = stats(name, ctx).abandoned
            return Span("\(abandoned)", abandoned > 0 ? Style(.warning) : .normal)
        },
        PanelColumn(table: Table.Column("SL", width: 4, alignRight: true)) { name, ctx in
            Span(stats(name, ctx).serviceLevel.map { Format.percent($0, language: ctx.language) } ?? "-")
        },
        PanelColumn(table: Table.Column("ASA", width: 5, alignRight: true)) { name, ctx in
            Span(stats(name, ctx).averageSpeedOfAnswer.map(Format.clock) ?? "-")
        },
    ]


    static func stats(_ queue: String, _ ctx: RenderContext) -> QueueStats { ctx.model.queues.byQueue[queue] ?? QueueStats() }

    public static func draw(_ ctx: RenderContext, in rect: Rect, focused: Bool, ui: UIState, layout: inout LayoutState,
                            screen: inout Screen) {
        let s = ctx.settings
        let l = ctx.language
        let title = l.text("Queues") + " \(screen.glyphs.separator) "
            + l.text("SL {seconds}s", ["seconds": "\(s.serviceLevelSeconds)"])
        let inner = PanelFrame.draw(title, hotkey: "2", in: rect, focused: focused, screen: &screen)
        guard inner.height > 0, inner.width > 4 else { return }
        let board = ctx.model.queues
        if board.isEmpty {
            screen.put(l.text("No queue calls today (queue_log: see docs/asterisk.md)"), x: inner.x + 1, y: inner.y,
                       style: Style(.dim), maxWidth: inner.width - 1)
            return
        }
        let total = board.total
        var y = inner.y
        let level = total.serviceLevel
        // The day against the targets; a figure without a target (or not yet) is not judged.
        let day = board.targetsMet(ServiceTargets(s))
        let met = day.serviceLevel != false
        func label(_ text: String) -> Span { Span(Format.pad(l.text(text, context: "line"), 6), Style(.normal, [.bold])) }
        func percent(_ v: Double) -> String { Format.percent(v, language: l) }
        var spans: [Span] = [label("SL"),
                             Span(level.map(percent) ?? "-", Style(met ? .targetMet : .behindPace, [.bold]))]
        if let target = s.targetServiceLevel {
            spans.append(Span(" " + l.text("of {target}", ["target": percent(target)]), Style(.dim)))
        }
        let used = screen.put(spans, x: inner.x, y: y, width: inner.width)
        if inner.width - used - 1 >= 4 {
            Gauge.draw(fraction: level ?? 0, x: inner.x + used + 1, y: y, width: inner.width - used - 1,
                       fill: Style(met ? .targetMet : .behindPace), screen: &screen)
        }
        y += 1
        let (waiting, longest) = board.waitingNow(at: ctx.now)
        if y < inner.maxY {
            screen.put([label("Wait"),
                        Span("\(waiting)", Style(waiting > 0 ? .warning : .normal, [.bold])),
                        Span(" " + (waiting > 0 ? l.text("longest {time}", ["time": Format.clock(longest)]) : l.text("none waiting")),
                             Style(.dim))],
                       x: inner.x, y: y, width: inner.width)
            y += 1
        }
        if y < inner.maxY {
            let rate = total.abandonRate
            let rateBad = day.abandonRate == false
            let asa = total.averageSpeedOfAnswer
            let asaBad = day.averageSpeedOfAnswer == false
            screen.put([label("Aband"),
                        Span("\(total.abandoned) \(rate.map(percent) ?? "-")", Style(rateBad ? .overLimit : .normal)),
                        Span("  \(l.text("ASA", context: "line")) ", Style(.normal, [.bold])),
                        Span(asa.map(Format.clock) ?? "-", Style(asaBad ? .overLimit : .normal)),
                        Span("  \(l.text("AHT", context: "line")) ", Style(.normal, [.bold])),
                        Span(total.averageHandlingTime.map(Format.clock) ?? "-")],
                       x: inner.x, y: y, width: inner.width)
            y += 1
        }
        guard inner.maxY - y >= 2 else { return }
        if let kind = ui.salesChart {
            let rest = Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - y)
            screen.put(kind == .sales ? l.text("Service level by the hour") : l.text("Calls offered by the hour"),
                       x: rest.x, y: rest.y, style: Style(.columnHeader, [.bold]), maxWidth: rest.width)
            HourlyChart.draw(SalesChart.serviceData(ctx, kind: kind), in: Rect(x: rest.x, y: rest.y + 1, width: rest.width,
                                                                               height: rest.height - 1),
                             language: l, screen: &screen)
            return
        }
        // The hours below the queues' rows when all of those fit, with a blank row between.
        let queueRows = 1 + ctx.rows.queues.count
        let hours = board.shownHours(shift: ctx.model.shift, at: ctx.now)
        let hoursY = y + queueRows + 1
        let withHours = !hours.isEmpty && inner.maxY - hoursY >= 2
        let area = Rect(x: inner.x, y: y, width: inner.width, height: withHours ? queueRows : inner.maxY - y)
        let (columns, cell) = PanelColumn.layout(columnSet, ctx.rows.queues, ctx)
        PanelTable.draw(.sales, columns: columns, count: ctx.rows.queues.count, cell: cell, focused: focused, in: area, frame: rect,
                        ctx: ctx, ui: ui, layout: &layout, screen: &screen)
        if withHours {
            ServiceHoursTable.draw(ctx, hours: hours, in: Rect(x: inner.x, y: hoursY, width: inner.width, height: inner.maxY - hoursY),
                                   screen: &screen)
        }
    }
}
