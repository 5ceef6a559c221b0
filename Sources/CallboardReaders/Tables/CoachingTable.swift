import CallboardModel

/// coaching.csv: planned sessions, edited in place (a `done` date filled in).
public enum CoachingTable {
    public static let file = "coaching.csv"
    public static let required = ["id", "agent", "kind", "due", "title"]

    public static func decode(_ row: borrowing CSVRow, _ columns: ColumnMap) throws(RowError) -> CoachingItem {
        let id = try Field.text(row, columns, "id")
        var agent = Field.optionalText(row, columns, "agent")
        if agent == "*" { agent = nil }
        let kindText = try Field.text(row, columns, "kind")
        guard let kind = CoachingKind(word: kindText) else {
            throw RowError("unknown kind '\(Sanitized.short(kindText))' in column kind (one-on-one, group, training, review, other)")
        }
        let d = try Field.bytes(row, columns, "due")
        guard let due = TimeParser.day(d) else { throw RowError("unreadable date \(Field.quoted(d)) in column due") }
        let title = try Field.text(row, columns, "title")
        var done: Day? = nil
        if let b = Field.optionalBytes(row, columns, "done") {
            guard let day = TimeParser.day(b) else { throw RowError("unreadable date \(Field.quoted(b)) in column done") }
            done = day
        }
        return CoachingItem(id: id, agent: agent, kind: kind, due: due, title: title,
                            call: Field.optionalText(row, columns, "call"), done: done)
    }
}
