import CallboardModel
import CallboardText

/// Details of an agent, a call or a coaching item.
public enum DetailsOverlay {
    public static func content(_ subject: DetailsSubject, _ ctx: RenderContext) -> (String, [[Span]]) {
        switch subject {
        case .agent(let id): return AgentPage.content(id, ctx)
        case .call(let id): return call(id, ctx)
        case .coachingItem(let id): return item(id, ctx)
        }
    }

    static func field(_ label: String, _ value: String, _ style: Style = .normal, width: Int = 12) -> [Span] {
        [Span(Format.pad(label, width), Style(.dim)), Span(value, style)]
    }

    /// 12 columns, or one more than the widest of `labels` in the language.
    static func labelWidth(_ labels: [String], _ language: Language) -> Int {
        max(12, labels.map { TextWidth.of(language.text($0, context: "field")) + 1 }.max() ?? 0)
    }

    static func call(_ id: String, _ ctx: RenderContext) -> (String, [[Span]]) {
        let l = ctx.language
        let width = labelWidth(["Agent", "Started", "Duration", "Outcome", "Direction", "Customer", "Sale", "Recording", "Open at",
                                "Flagged", "Reviewed"], l)
        func field(_ label: String, _ value: String, _ style: Style = .normal) -> [Span] {
            DetailsOverlay.field(label.isEmpty ? "" : l.text(label, context: "field"), value, style, width: width)
        }
        guard let c = ctx.model.call(id) else {
            return (l.text("Call {id}", ["id": id]), [[Span(l.text("This call is no longer in today's data."))]])
        }
        let cal = ctx.model.calendar
        var lines: [[Span]] = []
        lines.append(field("Agent", ctx.agentName(c.agent)))
        lines.append(field("Started", cal.wallClock(c.start).description))
        lines.append(field("Duration", Format.clock(c.duration)))
        lines.append(field("Outcome", c.outcome))
        if let d = c.direction { lines.append(field("Direction", l.direction(d))) }
        if let cu = c.customer { lines.append(field("Customer", cu)) }
        if let sale = ctx.model.saleByCall[c.id] {
            lines.append(field("Sale", Format.money(sale, currency: ctx.settings.currency, language: l), Style(.targetMet)))
        }
        if let location = RecordingLocation(call: c, settings: ctx.settings) {
            if let path = location.path { lines.append(field("Recording", path)) }
            if let url = location.url { lines.append(field(location.path == nil ? "Recording" : "Open at", url)) }
            if ctx.playing == c.id {
                lines.append(field("", "\(ctx.glyphs.play) " + l.text("playing: l or Esc stops"), Style(.hotkey, [.bold])))
            } else if ctx.settings.player != nil {
                lines.append(field("", l.text("l plays it"), Style(.dim)))
            } else {
                lines.append(field("", l.text("no player set in callboard.toml"), Style(.dim)))
            }
        } else {
            lines.append(field("Recording", l.text("none", context: "recording")))
        }
        lines.append(field("Flagged", l.text(c.flagged ? "yes" : "no"), c.flagged ? Style(.warning) : .normal))
        let reviews = ctx.model.journal.reviews(ofCall: c.id)
        if let r = ctx.model.journal.review(ofCall: c.id) {
            let by = l.text("{time} by {reviewer}", ["time": cal.wallClock(r.time).description, "reviewer": r.reviewer])
            lines.append(field("Reviewed", by, Style(.targetMet)))
        } else {
            lines.append(field("Reviewed", l.text("not yet: r marks it, e evaluates it"), Style(.hotkey)))
        }
        if !reviews.isEmpty {
            lines.append([])
            lines.append([Span(l.text("Reviews", context: "heading"), Style(.columnHeader, [.bold]))])
            for r in reviews.reversed() {
                lines += AgentPage.reviewLines(r, ctx, undone: ctx.model.journal.undone.contains(r.id))
            }
        }
        return (l.text("Call {id}", ["id": c.id]), lines)
    }

    static func item(_ id: String, _ ctx: RenderContext) -> (String, [[Span]]) {
        let l = ctx.language
        let width = labelWidth(["Who", "Kind", "Due", "Call", "Done", "Note", "Last 1:1"], l)
        func field(_ label: String, _ value: String, _ style: Style = .normal) -> [Span] {
            DetailsOverlay.field(label.isEmpty ? "" : l.text(label, context: "field"), value, style, width: width)
        }
        guard let a = ctx.model.coachingAgenda().first(where: { $0.item.id == id }) ?? ctx.model.coaching
            .first(where: { $0.id == id }).map({ AgendaEntry(item: $0, urgency: .upcoming(days: 0)) }) else {
            return (l.text("Coaching"), [[Span(l.text("No item {id}", ["id": id]))]])
        }
        var lines: [[Span]] = []
        lines.append(field("Who", ctx.agentName(a.item.agent)))
        lines.append(field("Kind", l.kindName(a.item.kind)))
        let due = "\(a.item.due)" + (a.isOverdue ? " " + l.text("(overdue)") : "")
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
            lines.append(field("", l.text("d marks it done (with a note)"), Style(.dim)))
        }
        return (l.title(of: a.item, in: ctx.model), lines)
    }
}
