import CallboardModel

/// targets.csv: targets beyond one day, holidays, absences and part-time shifts; edited in
/// place (docs/data-directory.md).
public enum TargetsTable {
    public static let file = "targets.csv"
    public static let required = ["agent"]
    /// Every column callboard reads.
    public static let columns = ["date", "from", "to", "weekday", "agent", "per", "sales", "revenue", "calls",
                                 "shift_start", "shift_end", "absent"]

    /// The row, with an agent's value as the file writes it in `.agent`: the caller resolves it
    /// against the roster. `team` and `*` are the team and every agent.
    public static func decode(_ row: borrowing CSVRow, _ columns: ColumnMap, _ settings: Settings = Settings()) throws(RowError) -> TargetRow {
        let who = try Field.text(row, columns, "agent")
        let subject: TargetRow.Subject = switch who.lowercased() {
        case "*": .everyAgent
        case "team": .team
        default: .agent(who)
        }
        let per = try period(row, columns)
        let dates = try dates(row, columns, settings, per: per)
        let targets = TargetValues(sales: try count(row, columns, "sales"), revenue: try amount(row, columns, settings),
                                   calls: try count(row, columns, "calls"))
        let shift = try shift(row, columns)
        var absent: Bool? = nil
        var note: String? = nil
        if let text = Field.optionalText(row, columns, "absent") {
            switch NumberParser.truth(text) {
            case .yes: absent = true
            case .no: absent = false
            case nil:
                absent = true
                note = text
            }
        }
        if per != .day, shift != nil || absent != nil {
            throw RowError("\(columns.label("shift_start")), \(columns.label("shift_end")) and \(columns.label("absent")) are for days, "
                           + "not for \(periodTarget(per))")
        }
        return TargetRow(line: row.line, dates: dates, subject: subject, per: per, targets: targets, shiftMinutes: shift,
                         absent: absent, absenceNote: note)
    }

    /// `per`: day (also empty), week or month, in English or Polish.
    private static func period(_ row: borrowing CSVRow, _ columns: ColumnMap) throws(RowError) -> Period {
        guard let text = Field.optionalText(row, columns, "per") else { return .day }
        switch AgentDirectory.folded(text) {
        case "day", "dzien": return .day
        case "week", "tydzien": return .week
        case "month", "miesiac": return .month
        default:
            throw RowError("unknown period '\(Sanitizer.quoted(text))' in column \(columns.label("per")) (day, week or month)")
        }
    }

    /// `date`, or `from` and `to` (either may be left open), or `weekday`, or none: every day.
    private static func dates(_ row: borrowing CSVRow, _ columns: ColumnMap, _ settings: Settings,
                              per: Period) throws(RowError) -> TargetRow.Dates {
        let order = settings.exports.dateOrder
        let date = try Field.optionalDate(row, columns, "date", order: order)
        let from = try Field.optionalDate(row, columns, "from", order: order)
        let to = try Field.optionalDate(row, columns, "to", order: order)
        let weekday = Field.optionalText(row, columns, "weekday")
        if date != nil, from != nil || to != nil {
            throw RowError("both \(columns.label("date")) and \(columns.label("from"))/\(columns.label("to")) given: "
                           + "one day or a range, not both")
        }
        if let weekday {
            if date != nil || from != nil || to != nil {
                throw RowError("\(columns.label("weekday")) with a date or a range: give one of them")
            }
            guard let w = Weekdays.weekday(named: weekday) else {
                throw RowError("unknown weekday '\(Sanitizer.quoted(weekday))' in column \(columns.label("weekday")) "
                               + "(mon, tue, wed, thu, fri, sat, sun or pon, wt, śr, czw, pt, sob, niedz)")
            }
            guard per == .day else {
                throw RowError("\(periodTarget(per)) cannot be given by \(columns.label("weekday"))")
            }
            return .weekday(w)
        }
        if let from, let to, to < from {
            throw RowError("\(columns.label("to")) \(to) is before \(columns.label("from")) \(from)")
        }
        if let date { return .day(date) }
        if from != nil || to != nil { return .range(from: from, to: to) }
        return .always
    }

    /// How a problem names a row's target of a week or a month.
    private static func periodTarget(_ per: Period) -> String {
        per == .week ? "a week's target" : "a month's target"
    }

    /// A whole number of sales or calls; empty: no target.
    private static func count(_ row: borrowing CSVRow, _ columns: ColumnMap, _ name: String) throws(RowError) -> Int? {
        guard let b = Field.optionalBytes(row, columns, name) else { return nil }
        if let v = NumberParser.count(b) { return v }
        if isNegative(b) { throw RowError("negative target \(Field.quoted(b)) in column \(columns.label(name))") }
        throw RowError("unreadable number \(Field.quoted(b)) in column \(columns.label(name))")
    }

    private static func amount(_ row: borrowing CSVRow, _ columns: ColumnMap, _ settings: Settings) throws(RowError) -> Money? {
        guard let b = Field.optionalBytes(row, columns, "revenue") else { return nil }
        let v = try Field.amount(row, columns, "revenue", settings)
        guard v >= .zero else { throw RowError("negative target \(Field.quoted(b)) in column \(columns.label("revenue"))") }
        return v
    }

    /// `-3` or `−3` (a minus sign).
    private static func isNegative(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        b.first == 0x2D || (b.count >= 3 && b[0] == 0xE2 && b[1] == 0x88 && b[2] == 0x92)
    }

    /// `shift_start`–`shift_end` in minutes after midnight: both or neither, the end after the start.
    private static func shift(_ row: borrowing CSVRow, _ columns: ColumnMap) throws(RowError) -> Range<Int>? {
        let start = try clock(row, columns, "shift_start")
        let end = try clock(row, columns, "shift_end")
        switch (start, end) {
        case (nil, nil): return nil
        case (let start?, let end?):
            guard end > start else {
                throw RowError("\(columns.label("shift_end")) \(text(end)) is not after \(columns.label("shift_start")) \(text(start))")
            }
            return start..<end
        case (nil, _?): throw RowError("\(columns.label("shift_end")) without \(columns.label("shift_start")): give both")
        case (_?, nil): throw RowError("\(columns.label("shift_start")) without \(columns.label("shift_end")): give both")
        }
    }

    /// A time of day (`HH:MM`, also `24:00` for midnight at the end of the day) in minutes.
    private static func clock(_ row: borrowing CSVRow, _ columns: ColumnMap, _ name: String) throws(RowError) -> Int? {
        guard let b = Field.optionalBytes(row, columns, name) else { return nil }
        if String(decoding: b, as: UTF8.self) == "24:00" { return 24 * 60 }
        guard let seconds = TimeParser.timeOfDay(b) else {
            throw RowError("unreadable time \(Field.quoted(b)) in column \(columns.label(name))")
        }
        return seconds / 60
    }

    /// `HH:MM`.
    private static func text(_ minutes: Int) -> String {
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(two(minutes / 60)):\(two(minutes % 60))"
    }
}
