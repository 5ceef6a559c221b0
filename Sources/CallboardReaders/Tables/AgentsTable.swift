import CallboardModel

/// agents.csv: the roster.
public enum AgentsTable {
    public static let file = "agents.csv"
    public static let required = ["id", "name"]

    public static func decode(_ row: borrowing CSVRow, _ columns: ColumnMap) throws(RowError) -> Agent {
        let id = try Field.text(row, columns, "id")
        let name = try Field.text(row, columns, "name")
        var salesTarget: Int? = nil
        if let b = Field.optionalBytes(row, columns, "daily_sales_target") {
            guard let v = NumberParser.count(b) else {
                throw RowError("unreadable number \(Field.quoted(b)) in column daily_sales_target")
            }
            salesTarget = v
        }
        var revenueTarget: Money? = nil
        if let b = Field.optionalBytes(row, columns, "daily_revenue_target") {
            guard let v = NumberParser.amount(b), v >= .zero else {
                throw RowError("unreadable amount \(Field.quoted(b)) in column daily_revenue_target")
            }
            revenueTarget = v
        }
        var active = true
        if let s = Field.optionalText(row, columns, "active") {
            guard let t = NumberParser.truth(s) else { throw RowError("'\(s)' in column active is not yes or no") }
            active = t == .yes
        }
        var startDate: Day? = nil
        if let b = Field.optionalBytes(row, columns, "start_date") {
            guard let d = TimeParser.day(b) else { throw RowError("unreadable date \(Field.quoted(b)) in column start_date") }
            startDate = d
        }
        let members = (Field.optionalText(row, columns, "queue_member") ?? "")
            .split(separator: "|").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        return Agent(id: id, name: name, team: Field.optionalText(row, columns, "team"),
                     dailySalesTarget: salesTarget, dailyRevenueTarget: revenueTarget, active: active,
                     queueMembers: members, phoneExtension: Field.optionalText(row, columns, "extension"),
                     startDate: startDate, gender: Field.optionalText(row, columns, "gender").flatMap(Agent.Gender.init(word:)))
    }
}
