import CallboardModel

/// Details of an agent, a call or a coaching item.
public enum DetailsOverlay {
    public static func content(_ subject: DetailsSubject, _ ctx: RenderContext) -> (String, [[Span]]) {
        switch subject {
        case .agent(let id): return agent(id, ctx)
        case .call(let id): return call(id, ctx)
        case .coachingItem(let id): return item(id, ctx)
        }
    }

    static func field(_ label: String, _ value: String, _ style: Style = .normal) -> [Span] {
        [Span(Format.pad(label, 12), Style(.dim)), Span(value, style)]
    }

    static func agent(_ id: String, _ ctx: RenderContext) -> (String, [[Span]]) {
        guard let a = ctx.model.agent(id) else { return ("Agent", [[Span("No agent \(id)")]]) }
        let cal = ctx.model.calendar
        var lines: [[Span]] = []
        let stateText = a.state.name + (a.state == .pause ? " (\(a.reason ?? "no reason"))" : "")
        lines.append(field("State", stateText, Style(ctx.stateRole(a.state), [.bold])))
        if let since = a.since {
            lines.append(field("Since", "\(cal.wallClock(since).description) (\(Format.clock(a.secondsInState(at: ctx.now))))"))
        }
        if let team = a.agent.team { lines.append(field("Team", team)) }
        lines.append(field("Calls", "\(a.calls), talk \(Format.span(a.talkSeconds))"))
        var sales = "\(a.sales)"
        if let t = a.agent.dailySalesTarget { sales += " of \(t)" }
        if let p = ctx.model.salesPace(of: a, at: ctx.now), p.expected > 0 { sales += ", \(Format.signed(p.delta)) vs pace" }
        lines.append(field("Sales", sales))
        var rev = Format.money(a.revenue, currency: ctx.settings.currency)
        if let t = a.agent.dailyRevenueTarget { rev += " of \(Format.amount(t))" }
        lines.append(field("Revenue", rev))
        var perState: [String] = []
        for s in [AgentState.available, .call, .wrap, .pause] {
            let sec = a.seconds(in: s, dayStart: ctx.model.dayStart, at: ctx.now)
            if sec > 0 { perState.append("\(s.name) \(Format.span(sec))") }
        }
        if !perState.isEmpty { lines.append(field("Time today", perState.joined(separator: ", "))) }
        lines.append(field("Reviews", "\(a.reviewsToday) today (quota \(ctx.settings.reviewQuota))"))
        if let rate = a.connectRate {
            let parts = a.dispositions.sorted { $0.key < $1.key }.map { "\($0.key.lowercased()) \($0.value)" }
            lines.append(field("Connected", "\(Format.percent(rate)) (\(parts.joined(separator: ", ")))"))
        }
        if a.queueAnswers > 0 {
            lines.append(field("Queue calls", "\(a.queueAnswers) answered; callers waited \(Format.clock(a.holdSeconds)) in all, "
                               + "\(Format.clock(a.holdSeconds / a.queueAnswers)) on average"))
        }
        if a.ringNoAnswers > 0 { lines.append(field("Rang out", "\(a.ringNoAnswers) queue calls not answered")) }
        let calls = ctx.model.callsToday.filter { $0.agent == id }
        if !calls.isEmpty {
            lines.append([])
            lines.append([Span("Calls today", Style(.columnHeader, [.bold]))])
            for c in calls.reversed() {
                let reviewed = ctx.model.journal.isReviewed(c.id) ? "reviewed" : (c.flagged ? "flagged" : "")
                lines.append([Span("\(cal.wallClock(c.start).shortTime) \(Format.pad(Format.clock(c.duration), 7, right: true)) "),
                              Span(Format.pad(c.outcome, 15)), Span(c.id + " ", Style(.dim)),
                              Span(reviewed, Style(reviewed == "flagged" ? .warning : .dim))])
            }
        }
        return (a.agent.name, lines)
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
        lines.append(field("Recording", c.recording ?? "none"))
        lines.append(field("Flagged", c.flagged ? "yes" : "no", c.flagged ? Style(.warning) : .normal))
        if let r = ctx.model.journal.review(ofCall: c.id) {
            lines.append(field("Reviewed", "\(cal.wallClock(r.time).description) by \(r.reviewer)", Style(.targetMet)))
        } else {
            lines.append(field("Reviewed", "not yet: press r", Style(.hotkey)))
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
        if let done = a.item.done { lines.append(field("Done", "\(done)")) }
        return (a.item.title, lines)
    }
}
