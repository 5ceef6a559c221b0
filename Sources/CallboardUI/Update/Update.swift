import CallboardModel
import CallboardText

/// Keys → actions → new UI state and effects. The only place UI state changes; pure, so
/// every key's behaviour is tested without a terminal.
public enum Update {
    /// A key as the loop hands it over: an open form takes it first, else it becomes an action.
    public static func handle(_ key: Key, to state: inout UIState, model: TeamDay, rows: DashboardRows,
                              now: Instant, page: Int = 10, newID: () -> String) -> [Effect] {
        if key != .resize { state.lastKeyAt = now }
        if case .mouse(let event) = key {
            return MouseUpdate.handle(event, to: &state, rows: rows)
        }
        if state.form != nil {
            if key == .resize { return [.redrawAll] }
            return FormUpdate.handle(key, to: &state, model: model, now: now, newID: newID)
        }
        if state.filterInput != nil {
            return filterKey(key, to: &state, now: now)
        }
        let action = Action.from(key, overlayOpen: state.overlay != nil)
        return apply(action, to: &state, model: model, rows: rows, now: now, page: page, newID: newID)
    }

    /// What happened outside: an effect's result or a change the loop saw (`Message`).
    public static func receive(_ message: Message, to state: inout UIState, now: Instant) {
        MessageUpdate.receive(message, to: &state, now: now)
    }

    /// The journal's answer to an `appendJournal` effect: record `id` saved, or refused with
    /// `error` (nil when saved). A form that wrote it closes on saved and stays on NOT SAVED.
    public static func journalWritten(_ id: String?, error: String?, confirmation: String, to state: inout UIState,
                                      now: Instant) {
        receive(.journalWritten(id: id, error: error, confirmation: confirmation), to: &state, now: now)
    }

    public static func apply(_ action: Action, to state: inout UIState, model: TeamDay, rows: DashboardRows,
                             now: Instant, page: Int = 10, newID: () -> String) -> [Effect] {
        if action.writesJournal, let day = state.timeline.day {
            // Marks are made on today's board: one made while a past day is shown would not
            // show on it (the day is read as of its end) and would count today.
            let l = state.language
            if case .replay = state.timeline {
                state.say(l.text("A replay marks nothing: reviews and sessions are marked on today's live board"), error: true, now: now)
            } else {
                state.say(l.text("{date} is shown, not today: reviews and sessions are marked on today's board (] back to today)",
                                 ["date": Format.date(day, language: l)]), error: true, now: now)
            }
            return []
        }
        // Actions that mean the same with or without an overlay.
        switch action {
        case .quit:
            state.quitting = true
            return []
        case .help, .problems:
            open(action == .help ? .help : .problems, &state)
            return []
        case .undo:
            return undo(&state, model: model, now: now, newID: newID)
        case .redraw:
            return [.redrawAll]
        case .writeReport:
            return [.writeReport]
        case .nextTheme:
            return [.nextTheme]
        case .nextPeriod:
            let next: Period = state.salesPeriod == .day ? .week : state.salesPeriod == .week ? .month : .day
            state.salesPeriod = next
            let l = state.language
            switch next {
            case .day: state.say(l.text("Sales: today"), now: now)
            case .week: state.say(l.text("Sales: this week so far"), now: now)
            case .month: state.say(l.text("Sales: this month so far"), now: now)
            }
            return []
        case .chart:
            state.salesChart = SalesChartKind.next(after: state.salesChart)
            let l = state.language
            switch (state.salesChart, rows.serviceMode) {
            case (.sales?, false): state.say(l.text("Sales today by the hour; c again: calls"), now: now)
            case (.calls?, false): state.say(l.text("Calls today by the hour; c again: the table"), now: now)
            case (nil, false): state.say(l.text("Sales: the table"), now: now)
            case (.sales?, true): state.say(l.text("Service level by the hour; c again: calls offered"), now: now)
            case (.calls?, true): state.say(l.text("Calls offered by the hour; c again: the queues"), now: now)
            case (nil, true): state.say(l.text("Queues: the table"), now: now)
            }
            return []
        case .previousDay:
            return [.stepDay(-1)]
        case .nextDay:
            return [.stepDay(1)]
        case .replayPause, .replayJump, .replaySpeed:
            replay(action, &state, now: now)
            return []
        case .close where state.playing == nil && state.overlay == nil && state.view.isNarrowed:
            state.view.filter = ""
            state.view.team = nil
            state.say(state.language.text("Showing every agent"), now: now)
            return []
        case .close where state.playing != nil, .listen where state.playing != nil:
            // Esc stops the recording first; a second Esc closes what is open. l stops it anywhere.
            return [.stopPlayback]
        default:
            break
        }
        if state.overlay != nil {
            return applyInOverlay(action, to: &state, model: model, now: now, page: page, newID: newID)
        }
        let panel = state.focus
        let current = state.selectedIndex(panel, in: rows) ?? 0
        switch action {
        case .focus(let p):
            state.focus = p
        case .focusNext:
            state.focus = panel.next
        case .focusPrevious:
            state.focus = panel.previous
        case .up: state.select(panel, index: current - 1, in: rows)
        case .down: state.select(panel, index: current + 1, in: rows)
        case .pageUp: state.select(panel, index: current - page, in: rows)
        case .pageDown: state.select(panel, index: current + page, in: rows)
        case .top: state.select(panel, index: 0, in: rows)
        case .bottom: state.select(panel, index: rows.count(panel) - 1, in: rows)
        case .open:
            if let subject = subject(of: panel, at: state.selectedIndex(panel, in: rows), rows: rows) {
                open(.details(subject), &state)
            }
        case .agentPage:
            if let agent = selectedAgent(panel, state: state, rows: rows) {
                open(.details(.agent(agent)), &state)
            } else {
                state.say(state.language.text("Select a row about an agent"), now: now)
            }
        case .close:
            state.message = nil
        case .filter:
            state.filterInput = TextField(state.view.filter, maxLength: 40)
        case .sort:
            let language = state.language
            if state.view.nextOrder(panel, serviceMode: rows.serviceMode),
               let order = state.view.orderName(panel, serviceMode: rows.serviceMode) {
                state.say(language.text("{panel} by {order}", ["panel": language.text(panel.title),
                                                               "order": language.text(order, context: "order")]), now: now)
            } else {
                state.say(language.text("Queues keep their order"), now: now)
            }
        case .nextTeam:
            nextTeam(&state, model: model, now: now)
        case .markReviewed:
            return markReviewed(&state, model: model, call: selectedCall(panel, state: state, model: model, rows: rows),
                                now: now, newID: newID)
        case .evaluate:
            evaluate(&state, model: model, call: selectedCall(panel, state: state, model: model, rows: rows), now: now)
        case .listen:
            return listen(&state, call: selectedCall(panel, state: state, model: model, rows: rows), now: now)
        case .sessionDone:
            sessionDone(&state, model: model, row: selectedCoachingRow(panel, state: state, rows: rows), now: now)
        case .dismiss:
            return dismiss(&state, model: model, row: selectedCoachingRow(panel, state: state, rows: rows), now: now,
                           newID: newID)
        case .quit, .help, .problems, .undo, .redraw, .writeReport, .nextTheme, .previousDay, .nextDay, .nextPeriod, .chart, .replayPause,
             .replayJump, .replaySpeed, .none:
            break
        }
        return []
    }

    /// The replay keys: pause, step and jump, speed; said where no replay is running.
    static func replay(_ action: Action, _ state: inout UIState, now: Instant) {
        let l = state.language
        guard case .replay(var clock) = state.timeline else {
            state.say(l.text("Not a replay: callboard replay --date YYYY-MM-DD plays a past day"), now: now)
            return
        }
        switch action {
        case .replayPause: clock.togglePause(wall: now)
        case .replayJump(let seconds): clock.jump(by: seconds, wall: now)
        case .replaySpeed(let faster): clock.changeSpeed(faster: faster, wall: now)
        default: return
        }
        state.timeline = .replay(clock)
        let speed = Format.speed(clock.speed, language: l)
        if case .replaySpeed = action, clock.paused {
            state.say(l.text("Replay paused; {speed}× when it plays on", ["speed": speed]), now: now)
        } else {
            state.say(clock.paused ? l.text("Replay paused") : l.text("Replay at {speed}×", ["speed": speed]), now: now)
        }
    }


    private static func applyInOverlay(_ action: Action, to state: inout UIState, model: TeamDay,
                                       now: Instant, page: Int, newID: () -> String) -> [Effect] {
        switch action {
        case .close: state.overlay = nil
        case .up: state.overlayScroll = max(0, state.overlayScroll - 1)
        case .down: state.overlayScroll += 1
        case .pageUp: state.overlayScroll = max(0, state.overlayScroll - page)
        case .pageDown: state.overlayScroll += page
        case .top: state.overlayScroll = 0
        case .bottom: state.overlayScroll = Int.max / 2
        case .markReviewed, .evaluate, .listen:
            guard case .details(.call(let id)) = state.overlay else { break }
            switch action {
            case .markReviewed: return markReviewed(&state, model: model, call: model.call(id), now: now, newID: newID)
            case .evaluate: evaluate(&state, model: model, call: model.call(id), now: now)
            default: return listen(&state, call: model.call(id), now: now)
            }
        case .sessionDone:
            guard case .details(.coachingItem(let id)) = state.overlay,
                  let entry = model.coachingAgenda().first(where: { $0.item.id == id }) else { break }
            sessionDone(&state, model: model, row: .agenda(entry), now: now)
        case .agentPage:
            switch state.overlay {
            case .details(.call(let id))?:
                if let call = model.call(id) { open(.details(.agent(call.agent)), &state) }
            case .details(.coachingItem(let id))?:
                if let agent = model.coachingAgenda().first(where: { $0.item.id == id })?.item.agent {
                    open(.details(.agent(agent)), &state)
                }
            default: break
            }
        case .focus, .focusNext, .focusPrevious, .open, .quit, .help, .problems, .undo, .redraw, .writeReport,
             .dismiss, .nextTheme, .filter, .sort, .nextTeam, .previousDay, .nextDay, .nextPeriod, .chart, .replayPause, .replayJump,
             .replaySpeed, .none:
            break
        }
        return []
    }

    /// Keys while typing a filter after `/`: every change applies at once; Enter keeps the
    /// filter, Esc drops it.
    static func filterKey(_ key: Key, to state: inout UIState, now: Instant) -> [Effect] {
        guard var field = state.filterInput else { return [] }
        switch key {
        case .enter:
            state.filterInput = nil
        case .escape:
            state.filterInput = nil
            state.view.filter = ""
        case .resize:
            return [.redrawAll]
        default:
            _ = field.handle(key)
            state.filterInput = field
            state.view.filter = field.text
        }
        return []
    }

    /// `T`: each team of the roster in turn, then every team again.
    static func nextTeam(_ state: inout UIState, model: TeamDay, now: Instant) {
        let language = state.language
        let teams = Set(model.agents.compactMap(\.agent.team)).sorted { NameCollation.less($0, $1) }
        guard teams.count > 1 else {
            state.say(language.text("The roster has one team"), now: now)
            return
        }
        if let current = state.view.team, let i = teams.firstIndex(of: current) {
            state.view.team = i + 1 < teams.count ? teams[i + 1] : nil
        } else {
            state.view.team = teams[0]
        }
        state.say(state.view.team.map { language.text("Team {team}", ["team": $0]) } ?? language.text("Every team"), now: now)
    }

    private static func open(_ overlay: Overlay, _ state: inout UIState) {
        state.overlay = overlay
        state.overlayScroll = 0
    }

    static func subject(of panel: PanelID, at index: Int?, rows: DashboardRows) -> DetailsSubject? {
        guard let i = index else { return nil }
        switch panel {
        case .agents: return .agent(rows.agents[i].id)
        case .sales: return rows.serviceMode ? nil : .agent(rows.sales[i].id)
        case .coaching:
            switch rows.coaching[i] {
            case .progress(let p): return .agent(p.agent)
            case .review(let r): return .call(r.call.id)
            case .agenda(let a): return .coachingItem(a.item.id)
            case .suggestion(let s): return .agent(s.agent)
            }
        }
    }

    static func selectedCoachingRow(_ panel: PanelID, state: UIState, rows: DashboardRows) -> CoachingRow? {
        guard panel == .coaching, let i = state.selectedIndex(panel, in: rows) else { return nil }
        return rows.coaching[i]
    }

    static func selectedAgent(_ panel: PanelID, state: UIState, rows: DashboardRows) -> String? {
        guard let i = state.selectedIndex(panel, in: rows) else { return nil }
        switch panel {
        case .agents: return rows.agents[i].id
        case .sales: return rows.serviceMode ? nil : rows.sales[i].id
        case .coaching: return rows.coaching[i].agent
        }
    }

    /// The call `r`, `e` and `l` act on: the selected review row, the first call under a
    /// selected agent's line, or the call of a selected review item.
    static func selectedCall(_ panel: PanelID, state: UIState, model: TeamDay, rows: DashboardRows) -> CallRecord? {
        switch selectedCoachingRow(panel, state: state, rows: rows) {
        case .review(let r)?: return r.call
        case .progress(let p)?:
            for row in rows.coaching {
                if case .review(let r) = row, r.call.agent == p.agent { return r.call }
            }
            return nil
        case .agenda(let a)?: return a.item.call.flatMap { model.call($0) }
        default: return nil
        }
    }

    static func markReviewed(_ state: inout UIState, model: TeamDay, call: CallRecord?, now: Instant,
                             newID: () -> String) -> [Effect] {
        guard let call else {
            state.say(state.language.text("Select a call to review in Coaching (press 3)"), now: now)
            return []
        }
        if model.journal.isReviewed(call.id) {
            state.say(state.language.text("Call {id} is already reviewed; e adds an evaluation", ["id": call.id]), now: now)
            return []
        }
        let mark = ReviewMark(id: newID(), time: now, call: call.id, agent: call.agent, reviewer: state.reviewer)
        let name = model.agent(call.agent)?.agent.name ?? call.agent
        let confirmation = state.language.text("Reviewed call {id} ({name}); u undoes it", ["id": call.id, "name": name])
        return [.appendJournal(.review(mark), confirmation: confirmation)]
    }

    /// Opens the evaluation form; a call already reviewed can be evaluated again (the
    /// latest review is the one that stands).
    static func evaluate(_ state: inout UIState, model: TeamDay, call: CallRecord?, now: Instant) {
        guard let call else {
            state.say(state.language.text("Select a call to evaluate in Coaching (press 3)"), now: now)
            return
        }
        state.form = .evaluate(EvaluationForm(call: call.id, agent: call.agent, tags: model.settings.reviewTags))
    }

    static func listen(_ state: inout UIState, call: CallRecord?, now: Instant) -> [Effect] {
        if state.playing != nil { return [.stopPlayback] }
        guard let call else {
            state.say(state.language.text("Select a call to listen to in Coaching (press 3)"), now: now)
            return []
        }
        return [.play(call)]
    }

    static func sessionDone(_ state: inout UIState, model: TeamDay, row: CoachingRow?, now: Instant) {
        guard case .agenda(let entry)? = row else {
            state.say(state.language.text("Select a coaching session in Coaching (press 3)"), now: now)
            return
        }
        let item = entry.item
        state.form = .session(SessionForm(item: item.id, agent: item.agent, kind: item.kind,
                                          title: state.language.title(of: item, in: model)))
    }

    static func dismiss(_ state: inout UIState, model: TeamDay, row: CoachingRow?, now: Instant,
                        newID: () -> String) -> [Effect] {
        if case .review(let pick)? = row {
            guard pick.reason == .quota else {
                state.say(state.language.text("A flagged call stays until it is reviewed"), now: now)
                return []
            }
            let call = pick.call
            let mark = DismissMark(id: newID(), time: now, suggestion: PendingReview.dismissKey(call.id), agent: call.agent,
                                   reviewer: state.reviewer)
            let name = model.agent(call.agent)?.agent.name ?? call.agent
            let why = pick.pick.map { state.language.pick($0) } ?? state.language.text("review", context: "when")
            let confirmation = state.language.text("Skipped today: call {id} ({name}, {reason}); another is picked; u undoes it",
                                                   ["id": call.id, "name": name, "reason": why])
            return [.appendJournal(.dismiss(mark), confirmation: confirmation)]
        }
        guard case .suggestion(let s)? = row else {
            state.say(state.language.text("Select a suggestion or a review pick in Coaching to dismiss it"), now: now)
            return []
        }
        let mark = DismissMark(id: newID(), time: now, suggestion: s.key, agent: s.agent, reviewer: state.reviewer)
        let name = model.agent(s.agent)?.agent.name ?? s.agent
        let confirmation = state.language.text("Dismissed until tomorrow: {name}, {reason}; u undoes it",
                                               ["name": name, "reason": state.language.reason(s)])
        return [.appendJournal(.dismiss(mark), confirmation: confirmation)]
    }

    static func undo(_ state: inout UIState, model: TeamDay, now: Instant, newID: () -> String) -> [Effect] {
        guard let last = model.journal.lastStanding(by: state.reviewer), let target = last.id else {
            state.say(state.language.text("Nothing to undo"), now: now)
            return []
        }
        let l = state.language
        let what: String
        switch last {
        case .review(let m):
            what = l.text(m.score == nil ? "review of call {id}" : "evaluation of call {id}", ["id": m.call])
        case .session(let m):
            what = l.text("{kind} marked done ({who})", ["kind": l.kindLabel(m.kind), "who": l.who(m.agent, in: model)])
        case .dismiss(let m): what = l.text("dismissal of {suggestion}", ["suggestion": m.suggestion])
        case .undo, .other: what = l.text("record {id}", ["id": target])
        }
        let undo = UndoMark(id: newID(), time: now, target: target, reviewer: state.reviewer)
        return [.appendJournal(.undo(undo), confirmation: l.text("Undone: {what}", ["what": what]))]
    }
}
