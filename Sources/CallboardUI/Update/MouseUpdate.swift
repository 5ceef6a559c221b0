/// Clicks and the wheel (when the mouse is turned on): a click focuses the panel under it and
/// selects the row; the wheel moves the selection of the panel under it, or scrolls an overlay.
enum MouseUpdate {
    static let wheelStep = 3

    static func handle(_ event: MouseEvent, to state: inout UIState, rows: DashboardRows) -> [Effect] {
        if state.form != nil { return [] }
        if state.overlay != nil {
            switch event.kind {
            case .wheelUp: state.overlayScroll = max(0, state.overlayScroll - wheelStep)
            case .wheelDown: state.overlayScroll += wheelStep
            case .click: break
            }
            return []
        }
        guard let (panel, place) = state.layout.first(where: { $0.value.frame.contains(x: event.x, y: event.y) })
            .map({ ($0.key, $0.value) }) else { return [] }
        state.focus = panel
        let current = state.selectedIndex(panel, in: rows) ?? 0
        switch event.kind {
        case .click:
            let line = event.y - place.firstRow
            guard line >= 0, line < place.visibleRows else { return [] }
            let index = state.offset(panel) + line
            if index < rows.count(panel) { state.select(panel, index: index, in: rows) }
        case .wheelUp:
            state.select(panel, index: current - wheelStep, in: rows)
        case .wheelDown:
            state.select(panel, index: current + wheelStep, in: rows)
        }
        return []
    }
}
