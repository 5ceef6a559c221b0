import CallboardModel
import CallboardText

/// Everything about the screen that is not data: focus, selections, overlay, message.
public struct UIState: Equatable, Sendable {
    public var focus = PanelID.agents
    public var selections: [PanelID: Selection] = [:]
    public var overlay: Overlay?
    public var overlayScroll = 0
    /// A form at the bottom of the screen, taking every key until Enter or Esc.
    public var form: Form?
    /// Forms put away with Esc while their record was being written, by record id: one the
    /// journal refuses comes back with everything typed.
    public var formsInFlight: [String: Form] = [:]
    /// Refused forms waiting for the open one to close, oldest first.
    public var formsRefused: [Form] = []
    /// How rows are filtered and ordered (`/`, `T`, `s`).
    public var view = RowsView()
    /// The filter being typed after `/`; nil when not typing.
    public var filterInput: TextField?
    /// The call whose recording is playing (set by the loop, which owns the player).
    public var playing: String?
    /// Where each panel was drawn in the last frame (written by the views), for the mouse.
    public var layout: [PanelID: PanelPlace] = [:]
    public var message: StatusMessage?
    public var quitting = false
    /// When the last key was pressed: for a few seconds after it, rows keep their order.
    public var lastKeyAt: Instant?
    /// Who marks reviews (the login name).
    public var reviewer: String
    /// The interface language: of the screen and of the messages.
    public var language = Language.english
    /// Now, a past day, or a replay (`[` `]`, `callboard replay`).
    public var timeline = Timeline.live
    /// What the sales panel adds up (`y`): today, this week or this month.
    public var salesPeriod = Period.day
    /// The sales panel's hourly chart in place of its table (`c`); nil: the table.
    public var salesChart: SalesChartKind?

    public init(reviewer: String) {
        self.reviewer = reviewer
    }

    /// The selected row of `panel` in `rows`, resolved by identity first.
    public func selectedIndex(_ panel: PanelID, in rows: DashboardRows) -> Int? {
        let count = rows.count(panel)
        guard count > 0 else { return nil }
        let sel = selections[panel] ?? Selection()
        if let key = sel.key, let i = rows.index(panel, key: key) { return i }
        return min(max(0, sel.index), count - 1)
    }

    public mutating func select(_ panel: PanelID, index: Int, in rows: DashboardRows) {
        let count = rows.count(panel)
        var sel = selections[panel] ?? Selection()
        guard count > 0 else {
            sel.key = nil
            sel.index = 0
            selections[panel] = sel
            return
        }
        let i = min(max(0, index), count - 1)
        sel.index = i
        sel.key = rows.key(panel, i)
        selections[panel] = sel
    }

    /// Whether this state differs from `other` only in the selections and the time of the
    /// last key: what moving the cursor changes (`DashboardView.renderSelectionMove`).
    public func differsOnlyInSelection(from other: UIState) -> Bool {
        var a = self, b = other
        a.selections = [:]
        b.selections = [:]
        a.lastKeyAt = nil
        b.lastKeyAt = nil
        return a == b
    }

    /// Whether this state differs from `other` at most in the time of the last key: a key
    /// that changed nothing shown (the loop draws nothing for it).
    public func differsOnlyInKeyTime(from other: UIState) -> Bool {
        var a = self
        a.lastKeyAt = other.lastKeyAt
        return a == other
    }

    public func offset(_ panel: PanelID) -> Int { selections[panel]?.offset ?? 0 }

    public mutating func setOffset(_ panel: PanelID, _ offset: Int) {
        var sel = selections[panel] ?? Selection()
        sel.offset = offset
        selections[panel] = sel
    }

    /// Closes the open form; a form whose record the journal refused takes its place.
    public mutating func closeForm() {
        form = formsRefused.isEmpty ? nil : formsRefused.removeFirst()
    }

    public mutating func say(_ text: String, error: Bool = false, seconds: Int? = nil, now: Instant) {
        message = StatusMessage(text: text, isError: error, until: now + (seconds ?? (error ? 15 : 5)))
    }
}
