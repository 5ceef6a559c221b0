import CallboardModel
import CallboardText

/// One agent's page (`a`, or Enter on an agent): today and this week side by side, reviews
/// with scores, tags and notes, the score trend, the next one-on-one and what needs attention.
/// What the lead reads before a one-on-one.
public enum AgentPage {
    static let labelWidth = 14
    static let columnWidth = 22

    /// This week's totals up to yesterday (from the per-day tallies) plus today.
    struct Week {
        var calls = 0, talk = 0, sales = 0
        var revenue = Money.zero
        var seconds: [AgentState: Int] = [:]
        var salesTarget = 0
        var workedDays = 0
    }

    static func week(_ a: AgentDay, _ ctx: RenderContext) -> Week {
        let m = ctx.model
        var w = Week()
        var d = m.weekStart
        while d < m.day {
            if let t = a.earlier[d] {
                w.calls += t.calls
                w.talk += t.talkSeconds
                w.sales += t.sales
                w.revenue += t.revenue
                for (s, sec) in t.secondsByState { w.seconds[s, default: 0] += sec }
                if t.isWorkingDay { w.workedDays += 1 }
            }
            d = d.adding(days: 1)
        }
        w.calls += a.calls
        w.talk += a.talkSeconds
        w.sales += a.sales
        w.revenue += a.revenue
        for s in [AgentState.available, .ringing, .call, .wrap, .pause] {
            w.seconds[s, default: 0] += a.seconds(in: s, dayStart: m.dayStart, at: ctx.now)
        }
        if a.calls > 0 || a.sales > 0 { w.workedDays += 1 }
        // Each day worked at that day's target; before any, today's.
        var worked = a.earlier.filter { $0.key >= m.weekStart && $0.value.isWorkingDay }.map(\.key)
        if a.calls > 0 || a.sales > 0 || worked.isEmpty { worked.append(m.day) }
        w.salesTarget = worked.reduce(0) { $0 + (m.salesTarget(of: a, on: $1) ?? 0) }
        return w
    }

    /// Labels are English (looked up in the language by the caller) or already translated.
    static func row(_ label: String, _ today: String, _ week: String, _ style: Style = .normal) -> [Span] {
        [Span(Format.pad(label, labelWidth), Style(.dim)), Span(Format.pad(today, columnWidth), style), Span(week, style)]
    }

    static func field(_ label: String, _ value: String, _ style: Style = .normal) -> [Span] {
        DetailsOverlay.field(label, value, style, width: labelWidth)
    }

    static func heading(_ text: String) -> [Span] { [Span(text, Style(.columnHeader, [.bold]))] }

    public static func content(_ id: String, _ ctx: RenderContext) -> (String, [[Span]]) {
        let l = ctx.language
        guard let a = ctx.model.agent(id) else { return (l.text("Agent"), [[Span(l.text("No agent {id}", ["id": id]))]]) }
        let m = ctx.model
        let cal = m.calendar
        let sep = ctx.glyphs.separator
        func label(_ text: String) -> String { l.text(text, context: "field") }
        func field(_ text: String, _ value: String, _ style: Style = .normal) -> [Span] { AgentPage.field(label(text), value, style) }
        func row(_ text: String, _ today: String, _ week: String) -> [Span] { AgentPage.row(label(text), today, week) }
        func of(_ value: String, _ target: String) -> String { l.text("{value} of {target}", ["value": value, "target": target]) }
        var lines: [[Span]] = []

        let stale = m.isStale(a, at: ctx.now)
        var stateText = l.state(a.state, gender: l.gender(of: a.agent)) + (stale ? "?" : "") + (a.state == .pause ? " (\(a.reason ?? l.text("no reason")))" : "")
        if stale, let since = a.since {
            // No running clock for a state no event has confirmed for hours.
            stateText += " " + l.text("since {time}, no event since", ["time": cal.wallClock(since).shortTime])
        } else if let since = a.since {
            stateText += " " + l.text("since {time} ({duration})", ["time": cal.wallClock(since).shortTime,
                                                                   "duration": Format.clock(a.secondsInState(at: ctx.now))])
        }
        lines.append(field("State", stateText, stale ? Style(.agentStale) : Style(ctx.stateRole(a.state), [.bold])))
        var who: [String] = []
        if let team = a.agent.team { who.append(team) }
        if let start = a.agent.startDate {
            who.append(l.text(m.isNewAgent(a.agent) ? "started {day}, new" : "started {day}", ["day": "\(start)"]))
        }
        if !who.isEmpty { lines.append(field("Team", who.joined(separator: " \(sep) "))) }
        lines.append([])

        let w = week(a, ctx)
        lines.append([Span(Format.pad("", labelWidth)), Span(Format.pad(l.text("Today"), columnWidth), Style(.columnHeader, [.bold])),
                      Span(l.plural(w.workedDays, one: "This week ({n} working day)", other: "This week ({n} working days)"),
                           Style(.columnHeader, [.bold]))])
        func calls(_ n: Int, _ talk: Int) -> String {
            l.text("{calls}, talk {talk}", ["calls": "\(n)", "talk": Format.span(talk)])
        }
        lines.append(row("Calls", calls(a.calls, a.talkSeconds), calls(w.calls, w.talk)))
        var salesToday = "\(a.sales)"
        if let t = m.salesTarget(of: a) { salesToday = of(salesToday, "\(t)") }
        if let p = m.salesPace(of: a, at: ctx.now), p.expected > 0 { salesToday += " (\(Format.signed(p.delta, language: l)))" }
        var salesWeek = "\(w.sales)"
        if w.salesTarget > 0 { salesWeek = of(salesWeek, "\(w.salesTarget)") }
        let paceStyle = m.salesPace(of: a, at: ctx.now).map(ctx.paceStyle) ?? .normal
        lines.append([Span(Format.pad(label("Sales"), labelWidth), Style(.dim)), Span(Format.pad(salesToday, columnWidth), paceStyle),
                      Span(salesWeek, w.salesTarget > 0 && w.sales < w.salesTarget ? Style(.behindPace) : .normal)])
        var revToday = Format.money(a.revenue, currency: ctx.settings.currency, language: l)
        if let t = m.revenueTarget(of: a) { revToday = of(revToday, Format.amount(t, language: l)) }
        lines.append(row("Revenue", revToday, Format.money(w.revenue, currency: ctx.settings.currency, language: l)))
        func conversion(_ sales: Int, _ calls: Int) -> String {
            calls > 0 ? Format.percent(Double(sales) / Double(calls), language: l) : "–"
        }
        lines.append(row("Conversion", conversion(a.sales, a.calls), conversion(w.sales, w.calls)))
        for s in [AgentState.available, .call, .wrap, .pause] {
            let today = a.seconds(in: s, dayStart: m.dayStart, at: ctx.now)
            let week = w.seconds[s] ?? 0
            guard today > 0 || week > 0 else { continue }
            lines.append(AgentPage.row(l.text(s.name, context: "state time"), Format.span(today), Format.span(week)))
        }
        let pauses = a.pausesToday(dayStart: m.dayStart, at: ctx.now)
        if !pauses.isEmpty {
            lines.append(field("Pauses today", pauses.map { "\($0.reason.isEmpty ? l.text("no reason") : $0.reason) \(Format.span($0.seconds))" }
                .joined(separator: ", ")))
        }
        if let rate = a.connectRate { lines.append(field("Connected", Format.percent(rate, language: l))) }
        if a.queueAnswers > 0 {
            lines.append(field("Queue calls", l.text("{answered} answered, callers waited {wait} on average",
                                                     ["answered": "\(a.queueAnswers)",
                                                      "wait": Format.clock(a.holdSeconds / a.queueAnswers)])))
        }
        if a.ringNoAnswers > 0 {
            lines.append(field("Rang out", l.plural(a.ringNoAnswers, one: "{n} queue call not answered",
                                                    other: "{n} queue calls not answered")))
        }
        lines.append([])

        let progress = ctx.rows.reviewProgress[id]
        var reviewsLine = l.text("{n} today", ["n": "\(a.reviewsToday)"])
        if let p = progress {
            reviewsLine += ", " + l.text("{done} of {target} this week, {waiting} waiting",
                                         ["done": "\(p.thisWeek)", "target": "\(p.weekTarget)", "waiting": "\(p.waiting)"])
        }
        lines.append(field("Reviews", reviewsLine))
        let scores = m.scoresByAgent()[id] ?? []
        if !scores.isEmpty {
            let recent = scores.suffix(20)
            let spark = recent.map { ctx.glyphs.scoreLevels[max(1, min(5, $0)) - 1] }.joined()
            let avg = Double(scores.reduce(0, +)) / Double(scores.count)
            lines.append([Span(Format.pad(label("Score trend"), labelWidth), Style(.dim)), Span(spark, Style(.targetMet)),
                          Span("  " + l.plural(scores.count, one: "average {average} over {n}, last {last}",
                                               other: "average {average} over {n}, last {last}",
                                               ["average": Format.format1(avg, language: l), "last": "\(scores.last!)"]))])
        }
        if let next = m.nextOneOnOne(id) {
            let urgency = m.urgency(of: next)
            let (text, style): (String, Style)
            let due = ["due": "\(next.due)"]
            func inDays(_ d: Int) -> String { l.plural(d, one: "{due}, in {n} day", other: "{due}, in {n} days", due) }
            switch urgency {
            case .overdue(let d):
                (text, style) = (l.plural(d, one: "{due}, {n} day overdue", other: "{due}, {n} days overdue", due),
                                 Style(.overdue, [.bold]))
            case .dueToday: (text, style) = (l.text("today", context: "due"), Style(.dueSoon, [.bold]))
            case .dueSoon(let d): (text, style) = (inDays(d), Style(.dueSoon))
            case .upcoming(let d): (text, style) = (inDays(d), .normal)
            }
            lines.append(field("Next 1:1", text, style))
        }
        lines.append(field("Last 1:1", m.lastOneOnOne(id).map { "\($0)" } ?? l.text("none on record")))

        let suggestions = ctx.rows.attention.filter { $0.agent == id }
        if !suggestions.isEmpty {
            lines.append([])
            lines.append(heading(l.text("Needs attention")))
            for s in suggestions {
                let dismissed = m.journal.isDismissed(s.key, in: m.dayStart..<m.dayEnd)
                lines.append([Span("  " + l.reason(s), dismissed ? Style(.dim) : Style(.warning)),
                              Span(dismissed ? "  " + l.text("(dismissed today)") : "", Style(.dim))])
            }
        }

        let reviews = m.journal.standingReviews.filter { $0.agent == id }.sorted { $0.time > $1.time }
        if !reviews.isEmpty {
            lines.append([])
            lines.append(heading(l.text("Reviews, newest first")))
            for r in reviews.prefix(50) {
                lines += reviewLines(r, ctx)
            }
        }
        let sessions = m.journal.standingSessions(ofAgent: id).sorted { $0.time > $1.time }
        if !sessions.isEmpty {
            lines.append([])
            lines.append(heading(l.text("Sessions held")))
            for s in sessions.prefix(20) {
                var line = [Span("  \(cal.day(of: s.time))  \(l.kindLabel(s.kind))  ", .normal)]
                if let note = s.note { line.append(Span("\u{201C}\(note)\u{201D}", Style(.dim))) }
                lines.append(line)
            }
        }

        let calls = m.callsToday.filter { $0.agent == id }
        if !calls.isEmpty {
            lines.append([])
            lines.append(heading(l.text("Calls today")))
            for c in calls.reversed() {
                let reviewed = m.journal.isReviewed(c.id)
                let mark = reviewed ? l.text("reviewed", context: "call") : (c.flagged ? l.text("flagged", context: "call") : "")
                lines.append([Span("\(cal.wallClock(c.start).shortTime) \(Format.pad(Format.clock(c.duration), 7, right: true)) "),
                              Span(Format.pad(c.outcome, 15)), Span(c.id + " ", Style(.dim)),
                              Span(mark, Style(!reviewed && c.flagged ? .warning : .dim))])
            }
        }
        return (a.agent.name, lines)
    }

    /// A review: when, which call, score, tags, who; the note on the next line.
    static func reviewLines(_ r: ReviewMark, _ ctx: RenderContext, undone: Bool = false) -> [[Span]] {
        let l = ctx.language
        let wall = ctx.model.calendar.wallClock(r.time)
        var line = [Span("  \(Format.two(wall.day.day)).\(Format.two(wall.day.month)) \(wall.shortTime)  ", Style(.dim)),
                    Span(r.call + "  ")]
        if let s = r.score {
            line.append(Span("\(s)/5", Style(s >= 4 ? .targetMet : (s <= 2 ? .behindPace : .normal), [.bold])))
        } else {
            line.append(Span(l.text("marked", context: "review"), Style(.dim)))
        }
        if !r.tags.isEmpty { line.append(Span("  " + r.tags.joined(separator: ", "))) }
        line.append(Span("  " + r.reviewer, Style(.dim)))
        if undone { line.append(Span("  " + l.text("(undone)"), Style(.dim))) }
        var out = [line]
        if let note = r.note {
            out += Format.wrap("\u{201C}\(note)\u{201D}", width: 72).map { [Span("      " + $0)] }
        }
        return out
    }
}
