import CallboardModel

/// Who is doing what, and for how long: one row per agent, who needs the lead first.
public enum AgentsPanel {
    static let columns: [Table.Column] = [
        Table.Column("Agent", width: 12, flexible: true, minWidth: 18),
        Table.Column("State", width: 9),
        Table.Column("Time", width: 9, alignRight: true),
        Table.Column("Reason", width: 9, grows: true, maxWidth: 30),
        Table.Column("Calls", width: 5, alignRight: true),
        Table.Column("Talk", width: 6, alignRight: true),
        Table.Column("Sales", width: 5, alignRight: true),
        Table.Column("Revenue", width: 9, alignRight: true),
        Table.Column("Paused", width: 6, alignRight: true),
        Table.Column("Conn", width: 4, alignRight: true),
        Table.Column("RNA", width: 3, alignRight: true),
    ]

    public static func draw(_ ctx: RenderContext, in rect: Rect, focused: Bool, ui: inout UIState, screen: inout Screen) {
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
        var rows = agents.map { row(for: $0, ctx) }
        var shown = columns.map { $0.translated(l) }
        // Connect rate and ring-no-answer come from a phone system's files: without them the
        // columns would hold a dash on every row.
        if !agents.contains(where: { $0.connectRate != nil || $0.ringNoAnswers > 0 }) {
            shown.removeLast(2)
            rows = rows.map { Array($0.dropLast(2)) }
        }
        PanelTable.draw(.agents, columns: shown, rows: rows, focused: focused, in: inner, frame: rect,
                        ctx: ctx, ui: &ui, screen: &screen)
    }

    static func row(for a: AgentDay, _ ctx: RenderContext) -> [Span] {
        let l = ctx.language
        let stale = ctx.model.isStale(a, at: ctx.now)
        let level = ctx.model.alertLevel(of: a, at: ctx.now)
        let stateStyle = stale ? Style(.agentStale)
            : ctx.alertStyle(level, base: Style(ctx.stateRole(a.state), a.state == .offline ? [] : [.bold]))
        let nameStyle = a.state == .offline ? Style(.dim) : Style.normal
        let seconds = a.secondsInState(at: ctx.now)
        // Ten hours and more (logged off since yesterday) would not fit h:mm:ss in the column;
        // a stale state has no believable clock at all.
        let time = a.since == nil || stale ? "" : (seconds >= 36_000 ? Format.span(seconds) : Format.clock(seconds)) + ctx.urgencyMark(level)
        let paused = a.seconds(in: .pause, dayStart: ctx.model.dayStart, at: ctx.now)
        return [
            Span(ctx.listedName(a.id, name: a.agent.name), nameStyle),
            Span(l.state(a.state, gender: a.agent.gender) + (stale ? "?" : ""), stateStyle),
            Span(time, ctx.alertStyle(level, base: a.state == .offline ? Style(.dim) : .normal)),
            Span(a.state == .pause ? (a.reason ?? "") : "", ctx.alertStyle(level, base: Style(.agentPaused))),
            Span(a.calls > 0 ? "\(a.calls)" : "-", a.calls > 0 ? .normal : Style(.dim)),
            Span(a.talkSeconds > 0 ? Format.span(a.talkSeconds) : "-", a.talkSeconds > 0 ? .normal : Style(.dim)),
            Span(salesText(a), salesStyle(a)),
            Span(a.revenue == .zero ? "-" : Format.amount(a.revenue, language: l), a.revenue == .zero ? Style(.dim) : .normal),
            Span(paused > 0 ? Format.span(paused) : "-", paused > 0 ? .normal : Style(.dim)),
            Span(a.connectRate.map { Format.percent($0, language: l) } ?? "-", a.connectRate == nil ? Style(.dim) : .normal),
            Span(a.ringNoAnswers > 0 ? "\(a.ringNoAnswers)" : "-", a.ringNoAnswers > 0 ? Style(.warning) : Style(.dim)),
        ]
    }

    static func salesText(_ a: AgentDay) -> String {
        if let t = a.agent.dailySalesTarget { return "\(a.sales)/\(t)" }
        return a.sales > 0 ? "\(a.sales)" : "-"
    }

    static func salesStyle(_ a: AgentDay) -> Style {
        if let t = a.agent.dailySalesTarget, t > 0, a.sales >= t { return Style(.targetMet, [.bold]) }
        return a.sales > 0 ? .normal : Style(.dim)
    }
}
