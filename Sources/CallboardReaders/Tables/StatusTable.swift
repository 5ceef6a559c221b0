import CallboardModel

/// status.csv: agent state changes, appended as they happen.
public enum StatusTable {
    public static let file = "status.csv"
    public static let required = ["time", "agent", "state"]
    /// Every column callboard reads (`[columns]` may rename any of them); `date` holds the
    /// day when `time` holds only a time of day.
    public static let columns = ["time", "date", "agent", "state", "reason"]

    public static func decode(_ row: borrowing CSVRow, _ columns: ColumnMap, _ times: inout TimeParser,
                              _ settings: Settings = Settings()) throws(RowError) -> StatusChange {
        let time = try Field.time(row, columns, "time", &times)
        let agent = try Field.text(row, columns, "agent")
        let stateText = try Field.text(row, columns, "state")
        guard let word = settings.exports.state(stateText) else {
            throw RowError("unknown state '\(Sanitizer.quoted(stateText))' in column \(columns.label("state"))")
        }
        return StatusChange(time: time, agent: agent, state: word.state,
                            reason: Field.optionalText(row, columns, "reason") ?? word.reason)
    }
}
