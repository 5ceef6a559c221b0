import CallboardModel

/// Keys → actions → new UI state and effects. The only place UI state changes; pure, so
/// every key's behaviour is tested without a terminal.
public enum Update {
    public static func apply(_ action: Action, to state: inout UIState, model: TeamDay, rows: DashboardRows,
                             now: Instant, page: Int = 10, newID: () -> String) -> [Effect] {
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
            state.focus = PanelID(rawValue: (panel.rawValue + 1) % PanelID.allCases.count)!
        case .focusPrevious:
            state.focus = PanelID(rawValue: (panel.rawValue + PanelID.allCases.count - 1) % PanelID.allCases.count)!
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
        case .close:
            state.message = nil
        case .markReviewed:
            return markReviewed(&state, model: model, call: selectedCall(panel, state: state, model: model, rows: rows),
                                now: now, newID: newID)
        case .quit, .help, .problems, .undo, .redraw, .writeReport, .none:
            break
        }
        return []
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
        case .markReviewed:
            if case .details(.call(let id)) = state.overlay {
                return markReviewed(&state, model: model, call: model.call(id), now: now, newID: newID)
            }
        case .focus, .focusNext, .focusPrevious, .open, .quit, .help, .problems, .undo, .redraw, .writeReport, .none:
            break
        }
        return []
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
            case .review(let r): return .call(r.call.id)
            case .agenda(let a): return .coachingItem(a.item.id)
            }
        }
    }

    /// The call `r` acts on: the selected review row, or the call of a selected review item.
    static func selectedCall(_ panel: PanelID, state: UIState, model: TeamDay, rows: DashboardRows) -> CallRecord? {
        guard panel == .coaching, let i = state.selectedIndex(panel, in: rows) else { return nil }
        switch rows.coaching[i] {
        case .review(let r): return r.call
        case .agenda(let a): return a.item.call.flatMap { model.call($0) }
        }
    }

    static func markReviewed(_ state: inout UIState, model: TeamDay, call: CallRecord?, now: Instant,
                             newID: () -> String) -> [Effect] {
        guard let call else {
            state.say("Select a call to review in Coaching (press 3)", now: now)
            return []
        }
        if model.journal.isReviewed(call.id) {
            state.say("Call \(call.id) is already reviewed", now: now)
            return []
        }
        let mark = ReviewMark(id: newID(), time: now, call: call.id, agent: call.agent, reviewer: state.reviewer)
        let name = model.agent(call.agent)?.agent.name ?? call.agent
        return [.appendJournal(.review(mark), confirmation: "Reviewed call \(call.id) (\(name)); u undoes it")]
    }

    static func undo(_ state: inout UIState, model: TeamDay, now: Instant, newID: () -> String) -> [Effect] {
        guard let last = model.journal.lastStanding(by: state.reviewer) else {
            state.say("Nothing to undo", now: now)
            return []
        }
        let undo = UndoMark(id: newID(), time: now, target: last.id, reviewer: state.reviewer)
        return [.appendJournal(.undo(undo), confirmation: "Undone: review of call \(last.call)")]
    }
}
