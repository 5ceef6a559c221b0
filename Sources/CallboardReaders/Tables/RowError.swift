/// Why a data row could not be used; becomes `file:line: reason`.
public struct RowError: Error, Equatable {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
}

/// Field access with the error messages every table uses.
enum Field {
    /// A required column's text; empty is an error.
    static func text(_ row: borrowing CSVRow, _ columns: ColumnMap, _ name: String) throws(RowError) -> String {
        guard let i = columns[name], i < row.count else { throw RowError("missing value in column \(name)") }
        guard let s = row.nonEmptyString(i) else { throw RowError("empty \(name)") }
        return s
    }

    static func optionalText(_ row: borrowing CSVRow, _ columns: ColumnMap, _ name: String) -> String? {
        guard let i = columns[name] else { return nil }
        return row.nonEmptyString(i)
    }

    static func bytes(_ row: borrowing CSVRow, _ columns: ColumnMap, _ name: String) throws(RowError) -> UnsafeBufferPointer<UInt8> {
        guard let i = columns[name], i < row.count, let b = row.bytes(i) else { throw RowError("missing value in column \(name)") }
        guard !b.isEmpty else { throw RowError("empty \(name)") }
        return b
    }

    static func optionalBytes(_ row: borrowing CSVRow, _ columns: ColumnMap, _ name: String) -> UnsafeBufferPointer<UInt8>? {
        guard let i = columns[name], i < row.count, let b = row.bytes(i), !b.isEmpty else { return nil }
        return b
    }

    /// The field's text, shortened and sanitized for an error message.
    static func quoted(_ b: UnsafeBufferPointer<UInt8>) -> String {
        "'" + Sanitized.short(String(decoding: b, as: UTF8.self)) + "'"
    }

    static func time(_ row: borrowing CSVRow, _ columns: ColumnMap, _ name: String, _ parser: inout TimeParser) throws(RowError) -> Int {
        let b = try bytes(row, columns, name)
        guard let t = parser.instant(b) else { throw RowError("unreadable time \(quoted(b)) in column \(name)") }
        return t
    }

    static func truth(_ row: borrowing CSVRow, _ columns: ColumnMap, _ name: String) throws(RowError) -> Bool {
        guard let s = optionalText(row, columns, name) else { return false }
        guard let t = NumberParser.truth(s) else { throw RowError("'\(s)' in column \(name) is not yes or no") }
        return t == .yes
    }
}
