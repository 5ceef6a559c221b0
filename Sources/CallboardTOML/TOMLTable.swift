/// A table: keys in the order the document defined them, each with its value and the line that
/// defined it.
///
/// Two tables are equal when they hold the same keys with equal values; key order and line
/// numbers say where the values came from, not what they are, and are left out of `==`.
/// Keys are compared by their Unicode scalars (see `ExactKey`).
public struct TOMLTable: Equatable, Sendable {
    struct Entry: Sendable {
        var value: TOMLValue
        var line: Int?
    }

    private var order: [String] = []
    private var entries: [ExactKey: Entry] = [:]

    public init() {}

    /// A table from keys in order and their entries, one entry per key.
    init(order: [String], entries: [ExactKey: Entry]) {
        self.order = order
        self.entries = entries
    }

    /// The keys in document order.
    public var keys: [String] { order }

    public subscript(key: String) -> TOMLValue? { entries[ExactKey(key)]?.value }

    /// The keys in document order, each with its value: what a reader walks, so that it never
    /// looks up a key it was just given.
    public var pairs: [(key: String, value: TOMLValue)] {
        // Every key of `order` has its entry: `set` and the parser add both together.
        order.compactMap { key in entries[ExactKey(key)].map { (key, $0.value) } }
    }

    /// The line where the key was defined: for a table, its `[header]` (the first `[[header]]` of
    /// an array of tables) or the first dotted key that made it. Nil for an absent key and for
    /// tables built in code.
    public func line(of key: String) -> Int? { entries[ExactKey(key)]?.line ?? nil }

    public var isEmpty: Bool { order.isEmpty }

    public var count: Int { order.count }

    /// Adds a key at the end, or replaces the value of a key already here, keeping its place.
    mutating func set(_ key: String, _ value: TOMLValue, line: Int?) {
        if entries.updateValue(Entry(value: value, line: line), forKey: ExactKey(key)) == nil {
            order.append(key)
        }
    }

    public static func == (lhs: TOMLTable, rhs: TOMLTable) -> Bool {
        guard lhs.entries.count == rhs.entries.count else { return false }
        for (key, entry) in lhs.entries {
            guard let other = rhs.entries[key], other.value == entry.value else { return false }
        }
        return true
    }
}

extension TOMLTable: ExpressibleByDictionaryLiteral {
    /// A table built in code, in the literal's order; a repeated key keeps its first place and
    /// its last value.
    public init(dictionaryLiteral elements: (String, TOMLValue)...) {
        for (key, value) in elements { set(key, value, line: nil) }
    }
}
