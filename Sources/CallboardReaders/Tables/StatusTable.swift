import CallboardModel

/// status.csv: agent state changes, appended as they happen.
public enum StatusTable {
    public static let file = "status.csv"
    public static let required = ["time", "agent", "state"]

    public static func decode(_ row: borrowing CSVRow, _ columns: ColumnMap, _ times: inout TimeParser) throws(RowError) -> StatusChange {
        let time = try Field.time(row, columns, "time", &times)
        let agent = try Field.text(row, columns, "agent")
        let stateText = try Field.text(row, columns, "state")
        guard let state = AgentState(word: stateText) else {
            throw RowError("unknown state '\(Sanitized.short(stateText))' in column state")
        }
        return StatusChange(time: time, agent: agent, state: state, reason: Field.optionalText(row, columns, "reason"))
    }
}

enum Sanitized {
    /// A value quoted in an error message: short, and with no control characters.
    static func short(_ s: String) -> String { UnsafeText.quoted(s) }

    /// A value to be copied from a message as it is: whole, with no control characters.
    static func whole(_ s: String) -> String {
        UnsafeText.cleaned(s, replacement: "?")
    }
}
