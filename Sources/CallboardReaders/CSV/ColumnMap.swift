import Foundation

/// Where each named column is in a CSV file, from its header row. Names are matched
/// case-insensitively, with spaces and dashes read as underscores; callboard.toml's
/// `[columns]` may name the header a file uses for one of callboard's columns.
public struct ColumnMap: Equatable, Sendable {
    public let delimiter: UInt8
    public let names: [String]
    /// callboard's column → its place, searched in order: a handful of short names compare
    /// faster than they hash, and every field of every row is looked up here.
    private let indexes: [(name: String, index: Int)]
    /// callboard's column → the header as the file writes it, for the columns `[columns]` renamed.
    private let headers: [String: String]
    /// Columns `[columns]` renamed to a header the file does not have: not read at all (the
    /// mapping is the file's word, not callboard's own name).
    public let unmatched: [String]

    /// `renamed`: callboard's column → the header as exported (`start` → `Data rozmowy`).
    public init(names: [String], delimiter: UInt8, renamed: [String: String] = [:]) {
        self.delimiter = delimiter
        self.names = names.map(ColumnMap.normalize)
        var idx: [String: Int] = [:]
        for (i, n) in self.names.enumerated() where idx[n] == nil && !n.isEmpty { idx[n] = i }
        var headers: [String: String] = [:]
        var unmatched: [String] = []
        for (column, header) in renamed.sorted(by: { $0.key < $1.key }) {
            headers[column] = header
            let key = ColumnMap.normalize(header)
            guard let i = self.names.firstIndex(of: key) else {
                idx[column] = nil
                unmatched.append(column)
                continue
            }
            idx[column] = i
        }
        indexes = idx.sorted { $0.value < $1.value }.map { ($0.key, $0.value) }
        self.headers = headers
        self.unmatched = unmatched
    }

    public subscript(_ name: String) -> Int? {
        let count = name.utf8.count
        for entry in indexes where entry.name.utf8.count == count && entry.name == name { return entry.index }
        return nil
    }

    public func missing(_ required: [String]) -> [String] { required.filter { self[$0] == nil } }

    /// The column as a message names it: the file's own header where `[columns]` renamed it.
    public func label(_ name: String) -> String { headers[name] ?? name }

    public static func == (a: ColumnMap, b: ColumnMap) -> Bool {
        a.delimiter == b.delimiter && a.names == b.names && a.headers == b.headers
            && a.indexes.elementsEqual(b.indexes) { $0.name == $1.name && $0.index == $1.index }
    }

    public static func normalize(_ name: String) -> String {
        var s = name
        if s.hasPrefix("\u{FEFF}") { s.removeFirst() }
        return s.trimmingSpaces().lowercased()
            .replacingOccurrences(of: " ", with: "_")
            .replacingOccurrences(of: "-", with: "_")
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\u{00A0}" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\u{00A0}" { s.removeLast() }
        return String(s)
    }
}
