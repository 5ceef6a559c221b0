import CallboardModel

/// Field access with the error messages every table uses. A message names a column as the
/// file's header does (`ColumnMap.label`).
enum Field {
    /// A required column's text; empty is an error.
    static func text(_ row: borrowing CSVRow, _ columns: ColumnMap, _ name: String) throws(RowError) -> String {
        guard let i = columns[name], i < row.count else { throw RowError("missing value in column \(columns.label(name))") }
        guard let s = row.nonEmptyString(i) else { throw RowError("empty \(columns.label(name))") }
        return s
    }

    static func optionalText(_ row: borrowing CSVRow, _ columns: ColumnMap, _ name: String) -> String? {
        guard let i = columns[name] else { return nil }
        return row.nonEmptyString(i)
    }

    static func bytes(_ row: borrowing CSVRow, _ columns: ColumnMap, _ name: String) throws(RowError) -> UnsafeBufferPointer<UInt8> {
        guard let i = columns[name], i < row.count, let b = row.bytes(i) else {
            throw RowError("missing value in column \(columns.label(name))")
        }
        guard !b.isEmpty else { throw RowError("empty \(columns.label(name))") }
        return b
    }

    static func optionalBytes(_ row: borrowing CSVRow, _ columns: ColumnMap, _ name: String) -> UnsafeBufferPointer<UInt8>? {
        guard let i = columns[name], i < row.count, let b = row.bytes(i), !b.isEmpty else { return nil }
        return b
    }

    /// The field's text, shortened and sanitized for an error message.
    static func quoted(_ b: UnsafeBufferPointer<UInt8>) -> String {
        "'" + Sanitizer.quoted(String(decoding: b, as: UTF8.self)) + "'"
    }

    /// A moment: a date and time in one column, or a time of day with the date in the table's
    /// `date` column.
    static func time(_ row: borrowing CSVRow, _ columns: ColumnMap, _ name: String, _ parser: inout TimeParser) throws(RowError) -> Int {
        let b = try bytes(row, columns, name)
        if let t = parser.instant(b) { return t }
        if columns["date"] != nil, let seconds = TimeParser.timeOfDay(b) {
            let day = try date(row, columns, "date", order: parser.dateOrder)
            return parser.instant(on: day, at: seconds)
        }
        throw RowError(parser.unreadable(b, column: columns.label(name)))
    }

    /// A required date.
    static func date(_ row: borrowing CSVRow, _ columns: ColumnMap, _ name: String,
                     order: ExportFormat.DateOrder) throws(RowError) -> Day {
        let b = try bytes(row, columns, name)
        guard let day = TimeParser.day(b, order: order) else {
            throw RowError("unreadable date \(quoted(b)) in column \(columns.label(name))")
        }
        return day
    }

    /// An optional date: nil when empty.
    static func optionalDate(_ row: borrowing CSVRow, _ columns: ColumnMap, _ name: String,
                             order: ExportFormat.DateOrder) throws(RowError) -> Day? {
        guard optionalBytes(row, columns, name) != nil else { return nil }
        return try date(row, columns, name, order: order)
    }

    /// An amount in the team's currency (`settings.currency`), read as the settings say.
    static func amount(_ row: borrowing CSVRow, _ columns: ColumnMap, _ name: String,
                       _ settings: Settings) throws(RowError) -> Money {
        let b = try bytes(row, columns, name)
        switch NumberParser.amount(b, decimal: settings.exports.decimalSeparator) {
        case .failure(.ambiguous):
            throw RowError("ambiguous amount \(quoted(b)) in column \(columns.label(name)): "
                           + "set decimal = \",\" or \".\" in [formats] of callboard.toml")
        case .failure(.unreadable):
            throw RowError("unreadable amount \(quoted(b)) in column \(columns.label(name))")
        case .success(let a):
            let team = NumberParser.currencyCode(settings.currency) ?? settings.currency.uppercased()
            if let currency = a.currency, currency != team {
                throw RowError("amount \(quoted(b)) in column \(columns.label(name)) is in \(currency), not in \(Sanitizer.quoted(team)) "
                               + "(currency in callboard.toml)")
            }
            return a.money
        }
    }

    static func truth(_ row: borrowing CSVRow, _ columns: ColumnMap, _ name: String) throws(RowError) -> Bool {
        guard let s = optionalText(row, columns, name) else { return false }
        guard let t = NumberParser.truth(s) else { throw RowError("'\(Sanitizer.quoted(s))' in column \(columns.label(name)) is not yes or no") }
        return t == .yes
    }
}
