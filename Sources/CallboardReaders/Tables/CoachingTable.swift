import CallboardModel

/// coaching.csv: planned sessions, edited in place (a `done` date filled in).
public enum CoachingTable {
    public static let file = "coaching.csv"
    public static let required = ["id", "agent", "kind", "due", "title"]
    /// Every column callboard reads (`[columns]` may rename any of them).
    public static let columns = ["id", "agent", "kind", "due", "title", "call", "done"]

    public static func decode(_ row: borrowing CSVRow, _ columns: ColumnMap, _ settings: Settings = Settings()) throws(RowError) -> CoachingItem {
        let id = try Field.text(row, columns, "id")
        var agent = Field.optionalText(row, columns, "agent")
        if agent == "*" { agent = nil }
        let kindText = try Field.text(row, columns, "kind")
        guard let kind = CoachingKind(word: kindText) else {
            throw RowError("unknown kind '\(Sanitizer.quoted(kindText))' in column \(columns.label("kind")) (one-on-one, group, training, review, other)")
        }
        let order = settings.exports.dateOrder
        let due = try Field.date(row, columns, "due", order: order)
        let title = try Field.text(row, columns, "title")
        let done = try Field.optionalDate(row, columns, "done", order: order)
        return CoachingItem(id: id, agent: agent, kind: kind, due: due, title: title,
                            call: Field.optionalText(row, columns, "call"), done: done)
    }
}
