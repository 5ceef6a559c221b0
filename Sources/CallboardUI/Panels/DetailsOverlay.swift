import CallboardModel

/// Details of an agent, a call or a coaching item.
public enum DetailsOverlay {
    public static func content(_ subject: DetailsSubject, _ ctx: RenderContext) -> (String, [[Span]]) {
        switch subject {
        case .agent(let id): return AgentPage.content(id, ctx)
        case .call(let id): return call(id, ctx)
        case .coachingItem(let id): return item(id, ctx)
        }
    }

    static func field(_ label: String, _ value: String, _ style: Style = .normal) -> [Span] {
        [Span(Format.pad(label, 12), Style(.dim)), Span(value, style)]
    }

    static func call(_ id: String, _ ctx: RenderContext) -> (String, [[Span]]) {
        guard let c = ctx.model.call(id) else { return ("Call \(id)", [[Span("This call is no longer in today's data.")]]) }
        let cal = ctx.model.calendar
        var lines: [[Span]] = []
        lines.append(field("Agent", ctx.agentName(c.agent)))
        lines.append(field("Started", cal.wallClock(c.start).description))
        lines.append(field("Duration", Format.clock(c.duration)))
        lines.append(field("Outcome", c.outcome))
        if let d = c.direction { lines.append(field("Direction", d)) }
        if let cu = c.customer { lines.append(field("Customer", cu)) }
        if let sale = ctx.model.saleByCall[c.id] {
            lines.append(field("Sale", Format.money(sale, currency: ctx.settings.currency), Style(.targetMet)))
        }
        if let location = RecordingLocation(call: c, settings: ctx.settings) {
            if let path = location.path { lines.append(field("Recording", path)) }
            if let url = location.url { lines.append(field(location.path == nil ? "Recording" : "Open at", url)) }
            if ctx.playing == c.id {
                lines.append(field("", "\(ctx.glyphs.play) playing: l or Esc stops", Style(.hotkey, [.bold])))
            } else if ctx.settings.player != nil {
                lines.append(field("", "l plays it", Style(.dim)))
            } else {
                lines.append(field("", "no player set in callboard.toml", Style(.dim)))
            }
        } else {
            lines.append(field("Recording", "none"))
        }
        lines.append(field("Flagged", c.flagged ? "yes" : "no", c.flagged ? Style(.warning) : .normal))
        let reviews = ctx.model.journal.reviews(ofCall: c.id)
        if let r = ctx.model.journal.review(ofCall: c.id) {
            lines.append(field("Reviewed", "\(cal.wallClock(r.time).description) by \(r.reviewer)", Style(.targetMet)))
        } else {
            lines.append(field("Reviewed", "not yet: r marks it, e evaluates it", Style(.hotkey)))
        }
        if !reviews.isEmpty {
            lines.append([])
            lines.append([Span("Reviews", Style(.columnHeader, [.bold]))])
            for r in reviews.reversed() {
                lines += AgentPage.reviewLines(r, ctx, undone: ctx.model.journal.undone.contains(r.id))
            }
        }
        return ("Call \(c.id)", lines)
    }

    static func item(_ id: String, _ ctx: RenderContext) -> (String, [[Span]]) {
        guard let a = ctx.model.coachingAgenda().first(where: { $0.item.id == id }) ?? ctx.model.coaching
            .first(where: { $0.id == id }).map({ AgendaEntry(item: $0, urgency: .upcoming(days: 0)) }) else {
            return ("Coaching", [[Span("No item \(id)")]])
        }
        var lines: [[Span]] = []
        lines.append(field("Who", ctx.agentName(a.item.agent)))
        lines.append(field("Kind", a.item.kind.rawValue))
        let due = "\(a.item.due)" + (a.isOverdue ? " (overdue)" : "")
        lines.append(field("Due", due, a.isOverdue ? Style(.overdue, [.bold]) : .normal))
        if let call = a.item.call { lines.append(field("Call", call)) }
        if let done = ctx.model.doneDay(of: a.item) {
            lines.append(field("Done", "\(done)"))
            if let mark = ctx.model.journal.session(ofItem: a.item.id), let note = mark.note {
                lines.append(field("Note", note))
            }
        } else {
            if a.item.kind == .oneOnOne, let last = a.item.agent.flatMap({ ctx.model.lastOneOnOne($0) }) {
                lines.append(field("Last 1:1", "\(last)"))
            }
            lines.append(field("", "d marks it done (with a note)", Style(.dim)))
        }
        return (a.item.title, lines)
    }
}
