import CallboardModel

/// sales.csv: one row per sale (a negative amount is a refund).
public enum SalesTable {
    public static let file = "sales.csv"
    public static let required = ["time", "agent", "amount"]

    public static func decode(_ row: borrowing CSVRow, _ columns: ColumnMap, _ times: inout TimeParser) throws(RowError) -> Sale {
        let time = try Field.time(row, columns, "time", &times)
        let agent = try Field.text(row, columns, "agent")
        let a = try Field.bytes(row, columns, "amount")
        guard let amount = NumberParser.amount(a) else {
            throw RowError("unreadable amount \(Field.quoted(a)) in column amount")
        }
        return Sale(time: time, agent: agent, amount: amount,
                    callID: Field.optionalText(row, columns, "call_id"),
                    product: Field.optionalText(row, columns, "product"))
    }
}
