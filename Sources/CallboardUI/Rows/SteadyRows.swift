import CallboardModel

/// Rows that do not move under the lead's hands. The priority order changes as states and
/// clocks change; applied at once, the row under the cursor would jump away while it is being
/// read, and rows would reshuffle between two key presses. So: for a few seconds after a key,
/// every panel keeps its earlier order (rows that are new come after); afterwards the new
/// order applies, except that the selected row keeps its place.
extension DashboardRows {
    /// How long after a key the order stands still.
    public static let steadySeconds = 5

    /// These rows, ordered as `previous` (built for the same view) where the rules above say so.
    public func steadied(from previous: DashboardRows, ui: UIState, now: Instant) -> DashboardRows {
        var rows = self
        let typing = ui.lastKeyAt.map { now - $0 < DashboardRows.steadySeconds } ?? false
        func steady<T>(_ new: [T], _ old: [T], _ panel: PanelID, key: (T) -> String) -> [T] {
            if typing { return DashboardRows.keepingOrder(new, of: old.map(key), key: key) }
            guard let selection = ui.selections[panel], let selected = selection.key else { return new }
            return DashboardRows.pinning(new, key: selected, at: selection.index, keyOf: key)
        }
        rows.agents = steady(agents, previous.agents, .agents, key: \.id)
        rows.sales = steady(sales, previous.sales, .sales, key: \.id)
        rows.coaching = steady(coaching, previous.coaching, .coaching, key: \.key)
        return rows
    }

    /// `items` in the order their keys have in `order`; items not in it after, as they come.
    static func keepingOrder<T>(_ items: [T], of order: [String], key: (T) -> String) -> [T] {
        var place: [String: Int] = [:]
        for (i, k) in order.enumerated() where place[k] == nil { place[k] = i }
        let indexed = items.enumerated().map { (offset: $0.offset, item: $0.element, place: place[key($0.element)]) }
        return indexed.sorted { a, b in
            switch (a.place, b.place) {
            case let (x?, y?): return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.offset < b.offset
            }
        }.map(\.item)
    }

    /// `items` with the one whose key is `key` moved to `index` (clamped), the rest in order.
    static func pinning<T>(_ items: [T], key: String, at index: Int, keyOf: (T) -> String) -> [T] {
        guard let from = items.firstIndex(where: { keyOf($0) == key }) else { return items }
        var rest = items
        let item = rest.remove(at: from)
        rest.insert(item, at: min(max(0, index), rest.count))
        return rest
    }
}
