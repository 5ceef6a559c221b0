import CallboardModel
import CallboardText

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
        let badge = notLive(ctx)
        if let badge { left += [Span("  "), badge] }
        if ctx.settings.mode == .service {
            left.append(Span("  \(g.separator)  \(l.text("service", context: "mode"))", Style(.title)))
        }
        if left.reduce(0, { $0 + TextWidth.of($1.text) }) > rect.width {
            if let badge {
                // Not live: that it is another day, and which, matter more than the rest.
                left = [Span(" "), badge, Span(" \(Format.date(ctx.model.day, language: l)) ", Style(.title)),
                        Span(wall.time, Style(.title, [.bold]))]
            } else {
                // Narrow: the clock matters more than the date, the date more than the team's name.
                left = [Span(" " + wall.time, Style(.title, [.bold])),
                        Span("  \(g.separator)  " + ctx.settings.teamName, Style(.title, [.bold]))]
            }
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
        /// A state's count, and how many of them are over its limit, in the over-limit look.
        func count(_ label: String, _ n: Int, _ state: AgentState?, compact: Bool = false) -> [Span] {
            var spans = [Span("  \(l.text(label, context: "count")) "),
                         Span("\(n)", Style(state.map(ctx.stateRole) ?? .normal, [.bold]))]
            if let state, let over = counts.overLimit[state], over > 0 {
                let text = compact ? "(\(over)!)" : l.text("({n} over)", ["n": "\(over)"])
                spans.append(Span(" " + text, Style(.overLimit, [.bold, .reverse])))
            }
            return spans
        }
        let all: [(String, Int, AgentState?)] = [("In", counts.loggedIn, nil), ("Avail", counts.available, .available),
                                                 ("Ring", counts.ringing, .ringing), ("Call", counts.onCall, .call),
                                                 ("Wrap", counts.wrap, .wrap), ("Pause", counts.paused, .pause)]
        /// The counts of `entries` as one line: one space before the first instead of two.
        func line(_ entries: [(String, Int, AgentState?)], compact: Bool = false) -> [Span] {
            var spans = entries.flatMap { count($0.0, $0.1, $0.2, compact: compact) }
            if !spans.isEmpty { spans[0].text = " " + spans[0].text.dropFirst(2) }
            return spans
        }
        let spans = line(all)
        // Narrow: counts of nobody go first (never In and Pause; an over-limit count has agents).
        let someone = all.filter { $0.1 > 0 || $0.0 == "In" || $0.0 == "Pause" }
        let short = line(someone)
        let compact = line(someone, compact: true)
        // Narrowest: who is in, the states with agents over a limit, and the pauses.
        let urgent = line(all.filter { $0.0 == "In" || $0.0 == "Pause" || ($0.2.flatMap { counts.overLimit[$0] } ?? 0) > 0 },
                          compact: true)
        var sales: [Span] = [Span(l.text("Sales", context: "header") + " ")]
        let targets = ctx.rows.teamTargets
        if let pace = ctx.model.salesPace(target: targets, at: ctx.now) {
            sales.append(Span("\(ctx.model.teamSales)/\(Int(pace.target))", ctx.paceStyle(pace).with(.bold)))
            if pace.expected > 0 || pace.targetMet {
                let arrow = pace.delta >= 0 ? g.up : g.down
                sales.append(Span(" \(arrow)\(Format.signed(pace.delta, language: l))", ctx.paceStyle(pace)))
            }
        } else {
            sales.append(Span("\(ctx.model.teamSales)", Style(.normal, [.bold])))
        }
        var revenue: [Span] = [Span("  \(l.text("Rev", context: "header")) ")]
        // Where the whole figure does not fit: how far revenue is ahead of or behind pace.
        var revenuePace: [Span] = []
        if let rev = ctx.model.revenuePace(target: targets, at: ctx.now), let target = targets.revenue {
            let targetText = Format.money(target, currency: ctx.settings.currency, language: l)
            revenue.append(Span("\(Format.amount(ctx.model.teamRevenue, language: l))/\(targetText)", ctx.paceStyle(rev)))
            if rev.expected > 0 || rev.targetMet {
                let arrow = rev.delta >= 0 ? g.up : g.down
                let delta = l.text("{number}k", ["number": Format.signed(rev.delta / 1000, language: l)])
                revenuePace = [Span("  \(l.text("Rev", context: "header")) "), Span("\(arrow)\(delta)", ctx.paceStyle(rev))]
            }
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
            revenuePace = revenue
        }
        func width(_ s: [Span]) -> Int { s.reduce(0) { $0 + TextWidth.of($1.text) } }
        // The fullest line that fits: all counts with sales and revenue, then revenue as its
        // pace only, then without the counts of nobody, then sales alone.
        var chosen = (urgent, [Span]())
        for candidate in [(spans, sales + revenue), (spans, sales + revenuePace), (short, sales + revenue),
                          (short, sales + revenuePace), (compact, sales + revenuePace), (spans, sales), (short, sales),
                          (compact, sales), (urgent, sales), (compact, []), (urgent, [])]
        where width(candidate.0) + 2 + width(candidate.1) + 1 <= rect.width {
            chosen = candidate
            break
        }
        screen.put(chosen.0, x: rect.x, y: y, width: rect.width)
        let x = max(rect.x + width(chosen.0) + 2, rect.maxX - width(chosen.1) - 1)
        screen.put(chosen.1, x: x, y: y, width: rect.maxX - x)
    }

    /// A past day or a replay, said where it cannot be missed: reversed, in words.
    static func notLive(_ ctx: RenderContext) -> Span? {
        let l = ctx.language
        let style = Style(.warning, [.bold, .reverse])
        switch ctx.timeline {
        case .live:
            return nil
        case .pastDay:
            return Span(" " + l.text("PAST DAY") + " ", style)
        case .replay(let clock):
            let state = clock.paused ? l.text("paused", context: "replay")
                : (clock.isAtEnd(wall: ctx.wall ?? ctx.now) ? l.text("ended", context: "replay")
                    : "\(Format.speed(clock.speed, language: l))\(ctx.glyphs == .ascii ? "x" : "×")")
            return Span(" " + l.text("REPLAY") + " " + state + " ", style)
        }
    }
}
