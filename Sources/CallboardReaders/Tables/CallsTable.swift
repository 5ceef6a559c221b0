import CallboardModel

/// calls.csv: finished calls.
public enum CallsTable {
    public static let file = "calls.csv"
    public static let required = ["id", "agent", "start", "duration", "outcome"]
    /// Every column callboard reads (`[columns]` may rename any of them); `date` holds the
    /// day when `start` holds only a time of day.
    public static let columns = ["id", "agent", "start", "date", "duration", "outcome", "direction", "customer",
                                 "recording", "review"]

    public static func decode(_ row: borrowing CSVRow, _ columns: ColumnMap, _ times: inout TimeParser,
                              _ settings: Settings = Settings()) throws(RowError) -> CallRecord {
        let id = try Field.text(row, columns, "id")
        let agent = try Field.text(row, columns, "agent")
        let start = try Field.time(row, columns, "start", &times)
        let d = try Field.bytes(row, columns, "duration")
        guard let duration = NumberParser.duration(d) else {
            throw RowError("unreadable duration \(Field.quoted(d)) in column \(columns.label("duration"))")
        }
        let outcome = settings.exports.outcome(try Field.text(row, columns, "outcome"))
        let flagged = try Field.truth(row, columns, "review")
        return CallRecord(id: id, agent: agent, start: start, duration: duration, outcome: outcome,
                          direction: Field.optionalText(row, columns, "direction"),
                          customer: Field.optionalText(row, columns, "customer"),
                          recording: Field.optionalText(row, columns, "recording"),
                          flagged: flagged)
    }
}
