import CallboardModel
import CallboardText

/// Who is doing what, and for how long: one row per agent, who needs the lead first.
public enum AgentsPanel {
    typealias Column = PanelColumn<AgentDay>

    static let columnSet: [Column] = [
        Column(table: Table.Column("Agent", width: 12, flexible: true, minWidth: 18)) { a, ctx in
            Span(ctx.listedName(a.id, name: a.agent.name), a.state == .offline ? Style(.dim) : .normal)
        },
        Column(table: Table.Column("State", width: 9)) { a, ctx in
            let stale = ctx.model.isStale(a, at: ctx.now)
            let style = stale ? Style(.agentStale)
                : ctx.alertStyle(ctx.model.alertLevel(of: a, at: ctx.now),
                                 base: Style(ctx.stateRole(a.state), a.state == .offline ? [] : [.bold]))
            return Span(ctx.language.state(a.state, gender: ctx.language.gender(of: a.agent)) + (stale ? "?" : ""), style)
        },
        Column(table: Table.Column("Time", width: 9, alignRight: true)) { a, ctx in
            // Ten hours and more (logged off since yesterday) would not fit h:mm:ss in the column;
            // a stale state has no believable clock at all.
            let seconds = a.secondsInState(at: ctx.now)
            let level = ctx.model.alertLevel(of: a, at: ctx.now)
            let time = a.since == nil || ctx.model.isStale(a, at: ctx.now) ? ""
                : (seconds >= 36_000 ? Format.span(seconds) : Format.clock(seconds)) + ctx.urgencyMark(level)
            return Span(time, ctx.alertStyle(level, base: a.state == .offline ? Style(.dim) : .normal))
        },
        Column(table: Table.Column("Reason", width: 9, grows: true, maxWidth: 30)) { a, ctx in
            Span(a.state == .pause ? (a.reason ?? "") : "",
                 ctx.alertStyle(ctx.model.alertLevel(of: a, at: ctx.now), base: Style(.agentPaused)))
        },
        Column(table: Table.Column("Calls", width: 5, alignRight: true)) { a, _ in
            Span(a.calls > 0 ? "\(a.calls)" : "-", a.calls > 0 ? .normal : Style(.dim))
        },
        Column(table: Table.Column("Talk", width: 6, alignRight: true)) { a, _ in
            Span(a.talkSeconds > 0 ? Format.span(a.talkSeconds) : "-", a.talkSeconds > 0 ? .normal : Style(.dim))
        },
        Column(table: Table.Column("Sales", width: 5, alignRight: true)) { a, ctx in
            Span(salesText(a, ctx.model), salesStyle(a, ctx.model))
        },
        Column(table: Table.Column("Revenue", width: 9, alignRight: true)) { a, ctx in
            Span(a.revenue == .zero ? "-" : Format.amount(a.revenue, language: ctx.language), a.revenue == .zero ? Style(.dim) : .normal)
        },
        Column(table: Table.Column("Paused", width: 6, alignRight: true)) { a, ctx in
            let paused = a.seconds(in: .pause, dayStart: ctx.model.dayStart, at: ctx.now)
            return Span(paused > 0 ? Format.span(paused) : "-", paused > 0 ? .normal : Style(.dim))
        },
        // Connect rate and ring-no-answer come from a phone system's files.
        Column(table: Table.Column("Conn", width: 4, alignRight: true), cell: { a, ctx in
            Span(a.connectRate.map { Format.percent($0, language: ctx.language) } ?? "-", a.connectRate == nil ? Style(.dim) : .normal)
        }, hasData: hasPhoneFigures),
        Column(table: Table.Column("RNA", width: 3, alignRight: true), cell: { a, _ in
            Span(a.ringNoAnswers > 0 ? "\(a.ringNoAnswers)" : "-", a.ringNoAnswers > 0 ? Style(.warning) : Style(.dim))
        }, hasData: hasPhoneFigures),
    ]

    static var columns: [Table.Column] { columnSet.map(\.table) }

    /// Whether any agent has a connect rate or a ring-no-answer: read in place, every frame.
    @Sendable static func hasPhoneFigures(_ agents: [AgentDay]) -> Bool {
        agents.withUnsafeBufferPointer { a in a.indices.contains { a[$0].connectRate != nil || a[$0].ringNoAnswers > 0 } }
    }

    public static func draw(_ ctx: RenderContext, in rect: Rect, focused: Bool, ui: UIState, layout: inout LayoutState,
                            screen: inout Screen) {
        let counts = TeamCounts(ctx.model, at: ctx.now)
        let l = ctx.language
        let title = l.text("Agents") + " \(screen.glyphs.separator) " + l.text("{n} logged in", ["n": "\(counts.loggedIn)"])
        let inner = PanelFrame.draw(title, hotkey: "1", in: rect, focused: focused, screen: &screen)
        guard inner.height > 0 else { return }
        let agents = ctx.rows.agents
        if agents.isEmpty {
            screen.put(l.text("No agents: add them to agents.csv"), x: inner.x + 1, y: inner.y, style: Style(.dim),
                       maxWidth: inner.width - 1)
            return
        }
        let (columns, cell) = Column.layout(columnSet, agents, ctx)
        PanelTable.draw(.agents, columns: columns, count: agents.count, cell: cell, focused: focused, in: inner, frame: rect,
                        ctx: ctx, ui: ui, layout: &layout, screen: &screen)
    }

    static func salesText(_ a: AgentDay, _ model: TeamDay) -> String {
        if let t = model.salesTarget(of: a) { return "\(a.sales)/\(t)" }
        return a.sales > 0 ? "\(a.sales)" : "-"
    }

    static func salesStyle(_ a: AgentDay, _ model: TeamDay) -> Style {
        if let t = model.salesTarget(of: a), t > 0, a.sales >= t { return Style(.targetMet, [.bold]) }
        return a.sales > 0 ? .normal : Style(.dim)
    }
}
