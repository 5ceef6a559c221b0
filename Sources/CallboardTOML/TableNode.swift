/// A table while the document is read, with how it came to be, which decides what may still
/// add to it:
///
/// - `implicit`: made on the way to a deeper header (`[a.b]` makes `a`). A later `[a]` may
///   define it once; dotted keys may add to it (it then counts as made by dotted keys).
/// - `header`: defined by `[a]`, or an element of `[[a]]`. Never defined again, and dotted keys
///   from another table may not add to it.
/// - `dotted`: made by a dotted key (`a.b = 1` makes `a`). Dotted keys may add to it; a header
///   may pass through it (`[a.c]`) but not define it (`[a]`).
///
/// Inline tables and arrays written as values are finished `TOMLValue`s here: nothing may add to
/// them. Duplicate checks are dictionary lookups, so a document of n keys is read in O(n).
final class TableNode {
    enum Origin {
        case implicit, header, dotted
    }

    enum Slot {
        case value(TOMLValue, line: Int)
        case table(TableNode)
        case tables(TableArray)
    }

    var origin: Origin
    var line: Int
    private var order: [String] = []
    private var slots: [ExactKey: Slot] = [:]

    init(origin: Origin, line: Int) {
        self.origin = origin
        self.line = line
    }

    private func add(_ name: String, _ slot: Slot) {
        order.append(name)
        slots[ExactKey(name)] = slot
    }

    /// The table a `[header]` defines, made along with any missing tables on the way.
    func defineTable(_ key: Key, line: Int) throws(KeyConflict) -> TableNode {
        let (parent, name) = try parentForHeader(key, line: line)
        let last = key.parts.count - 1
        switch parent.slots[ExactKey(name)] {
        case nil:
            let table = TableNode(origin: .header, line: line)
            parent.add(name, .table(table))
            return table
        case .table(let table):
            switch table.origin {
            case .implicit:
                table.origin = .header
                table.line = line
                return table
            case .header:
                throw KeyConflict(message: "table [\(key.written)] is defined twice", part: last)
            case .dotted:
                throw KeyConflict(message: "table [\(key.written)] was already made by dotted keys", part: last)
            }
        case .tables:
            throw KeyConflict(message: "[\(key.written)] is already an array of tables", part: last)
        case .value(let value, _):
            throw Self.valueConflict(value, key: key, part: last)
        }
    }

    /// A new table at the end of the array of tables `[[header]]` names, the array made if missing.
    func appendArrayTable(_ key: Key, line: Int) throws(KeyConflict) -> TableNode {
        let (parent, name) = try parentForHeader(key, line: line)
        let last = key.parts.count - 1
        let table = TableNode(origin: .header, line: line)
        switch parent.slots[ExactKey(name)] {
        case nil:
            parent.add(name, .tables(TableArray(first: table, line: line)))
        case .tables(let array):
            array.append(table)
        case .table:
            throw KeyConflict(message: "[[\(key.written)]] names a table defined before, not an array of tables", part: last)
        case .value(.array, _):
            throw KeyConflict(message: "cannot add to `\(key.written)`, an array written as a value", part: last)
        case .value(let value, _):
            throw Self.valueConflict(value, key: key, part: last)
        }
        return table
    }

    /// Follows a header's key to the table that holds its last part, making implicit tables on the
    /// way and entering the last table of an array of tables.
    private func parentForHeader(_ key: Key, line: Int) throws(KeyConflict) -> (TableNode, String) {
        let node = try walk(key, line: line, making: .implicit) { (slot, index) throws(KeyConflict) -> TableNode in
            switch slot {
            case .table(let table):
                return table
            case .tables(let array):
                guard let table = array.elements.last else {
                    throw KeyConflict(message: "empty array of tables `\(key.written(index + 1))`", part: index)
                }
                return table
            case .value(let value, _):
                throw Self.valueConflict(value, key: key, part: index)
            }
        }
        return (node, key.parts.last ?? "")
    }

    /// Adds `key = value` to this table: the tables of a dotted key are made or entered, then the
    /// last part must be new.
    func insert(_ value: TOMLValue, at key: Key, line: Int) throws(KeyConflict) {
        let node = try walk(key, line: line, making: .dotted) { (slot, index) throws(KeyConflict) -> TableNode in
            switch slot {
            case .table(let table):
                switch table.origin {
                case .implicit:
                    table.origin = .dotted
                case .dotted:
                    break
                case .header:
                    throw KeyConflict(message: "table `\(key.written(index + 1))` is defined by a header; dotted keys cannot add to it",
                                      part: index)
                }
                return table
            case .tables:
                throw KeyConflict(message: "`\(key.written(index + 1))` is an array of tables; dotted keys cannot add to it", part: index)
            case .value(let value, _):
                throw Self.valueConflict(value, key: key, part: index)
            }
        }
        let name = key.parts.last ?? ""
        guard node.slots[ExactKey(name)] == nil else {
            throw KeyConflict(message: "key `\(key.written)` is defined twice", part: key.parts.count - 1)
        }
        node.add(name, .value(value, line: line))
    }

    /// Goes through every part of `key` but the last from this table: a part not there yet
    /// becomes a table of `origin`; what is there is handed to `enter` (with the part's index),
    /// which answers the table to go on from or why it cannot be entered.
    private func walk(_ key: Key, line: Int, making origin: Origin,
                      enter: (Slot, Int) throws(KeyConflict) -> TableNode) throws(KeyConflict) -> TableNode {
        var node = self
        for index in 0..<max(0, key.parts.count - 1) {
            let name = key.parts[index]
            if let slot = node.slots[ExactKey(name)] {
                node = try enter(slot, index)
            } else {
                let table = TableNode(origin: origin, line: line)
                node.add(name, .table(table))
                node = table
            }
        }
        return node
    }

    private static func valueConflict(_ value: TOMLValue, key: Key, part: Int) -> KeyConflict {
        let written = key.written(part + 1)
        switch value {
        case .table:
            return KeyConflict(message: "inline table `\(written)` cannot be extended", part: part)
        case .array:
            return KeyConflict(message: "`\(written)` is an array written as a value; it cannot be extended", part: part)
        default:
            return KeyConflict(message: "key `\(written)` is already defined as a \(value.kindName)", part: part)
        }
    }

    /// The finished table. Recursion follows table nesting, which keys of at most 64 parts in
    /// headers and dotted keys bound. `mapValues` keeps the dictionary's layout: no key is hashed
    /// again.
    func table() -> TOMLTable {
        let entries = slots.mapValues { slot -> TOMLTable.Entry in
            switch slot {
            case .value(let value, let line):
                return TOMLTable.Entry(value: value, line: line)
            case .table(let table):
                return TOMLTable.Entry(value: .table(table.table()), line: table.line)
            case .tables(let array):
                return TOMLTable.Entry(value: .array(array.elements.map { .table($0.table()) }), line: array.line)
            }
        }
        return TOMLTable(order: order, entries: entries)
    }
}
