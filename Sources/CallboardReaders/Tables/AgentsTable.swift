import CallboardModel

/// agents.csv: the roster.
public enum AgentsTable {
    public static let file = "agents.csv"
    public static let required = ["id", "name"]
    /// Every column callboard reads (`[columns]` may rename any of them).
    public static let columns = ["id", "name", "team", "daily_sales_target", "daily_revenue_target", "active",
                                 "start_date", "queue_member", "extension", "gender", "aliases"]

    public static func decode(_ row: borrowing CSVRow, _ columns: ColumnMap, _ settings: Settings = Settings()) throws(RowError) -> Agent {
        let id = try Field.text(row, columns, "id")
        let name = try Field.text(row, columns, "name")
        var salesTarget: Int? = nil
        if let b = Field.optionalBytes(row, columns, "daily_sales_target") {
            guard let v = NumberParser.count(b) else {
                throw RowError("unreadable number \(Field.quoted(b)) in column \(columns.label("daily_sales_target"))")
            }
            salesTarget = v
        }
        var revenueTarget: Money? = nil
        if let b = Field.optionalBytes(row, columns, "daily_revenue_target") {
            let v = try Field.amount(row, columns, "daily_revenue_target", settings)
            guard v >= .zero else {
                throw RowError("negative amount \(Field.quoted(b)) in column \(columns.label("daily_revenue_target"))")
            }
            revenueTarget = v
        }
        var active = true
        if let s = Field.optionalText(row, columns, "active") {
            guard let t = NumberParser.truth(s) else {
                throw RowError("'\(Sanitizer.quoted(s))' in column \(columns.label("active")) is not yes or no")
            }
            active = t == .yes
        }
        let startDate = try Field.optionalDate(row, columns, "start_date", order: settings.exports.dateOrder)
        return Agent(id: id, name: name, team: Field.optionalText(row, columns, "team"),
                     dailySalesTarget: salesTarget, dailyRevenueTarget: revenueTarget, active: active,
                     queueMembers: list(row, columns, "queue_member"), phoneExtension: Field.optionalText(row, columns, "extension"),
                     startDate: startDate, gender: Field.optionalText(row, columns, "gender").flatMap(Agent.Gender.init(word:)),
                     aliases: list(row, columns, "aliases"))
    }

    /// A column of several values separated by `|`.
    private static func list(_ row: borrowing CSVRow, _ columns: ColumnMap, _ name: String) -> [String] {
        (Field.optionalText(row, columns, name) ?? "")
            .split(separator: "|").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    }
}
