import CallboardModel

/// sales.csv: one row per sale (a negative amount is a refund).
public enum SalesTable {
    public static let file = "sales.csv"
    public static let required = ["time", "agent", "amount"]
    /// Every column callboard reads (`[columns]` may rename any of them); `date` holds the
    /// day when `time` holds only a time of day.
    public static let columns = ["time", "date", "agent", "amount", "call_id", "product"]

    public static func decode(_ row: borrowing CSVRow, _ columns: ColumnMap, _ times: inout TimeParser,
                              _ settings: Settings = Settings()) throws(RowError) -> Sale {
        let time = try Field.time(row, columns, "time", &times)
        let agent = try Field.text(row, columns, "agent")
        let amount = try Field.amount(row, columns, "amount", settings)
        if amount < .zero, !settings.exports.refundsAllowed, let b = Field.optionalBytes(row, columns, "amount") {
            throw RowError("refund \(Field.quoted(b)) in column \(columns.label("amount")): "
                           + "refunds are off in callboard.toml ([sales] refunds = false)")
        }
        return Sale(time: time, agent: agent, amount: amount,
                    callID: Field.optionalText(row, columns, "call_id"),
                    product: Field.optionalText(row, columns, "product"))
    }
}
