import Foundation

/// Where each named column is in a CSV file, from its header row. Names are matched
/// case-insensitively, with spaces and dashes read as underscores.
public struct ColumnMap: Equatable, Sendable {
    public let delimiter: UInt8
    public let names: [String]
    private let indexes: [String: Int]

    public init(names: [String], delimiter: UInt8) {
        self.delimiter = delimiter
        self.names = names.map(ColumnMap.normalize)
        var idx: [String: Int] = [:]
        for (i, n) in self.names.enumerated() where idx[n] == nil { idx[n] = i }
        indexes = idx
    }

    public subscript(_ name: String) -> Int? { indexes[name] }

    public func missing(_ required: [String]) -> [String] { required.filter { indexes[$0] == nil } }

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
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
