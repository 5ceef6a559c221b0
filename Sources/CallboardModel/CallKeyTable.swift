/// A table keyed by Ints that are hashes already (a call id's 64-bit FNV-1a, mixed with a
/// queue's number): open addressing with linear probing, the key's own low bits as the slot.
/// The standard Dictionary hashes every key again with SipHash; on a million-line log that
/// was a fifth of the feed's time in profiles (`perf record` of `callboard report` over
/// Benchmarks/make_queue_log.py's queue_log), for a lookup, an insert and a removal per call.
/// The queue_log reader keeps its open visits in one, the queue board its waiting calls;
/// `@inlinable`, so that the reader's is specialized for its values like a table of its own.
public struct CallKeyTable<Value> {
    /// 0 marks an empty slot; a key of 0 is stored as `zeroKey`.
    @usableFromInline var keys: [Int]
    @usableFromInline var values: [Value?]
    @usableFromInline var occupied = 0
    /// How many keys the table holds.
    @inlinable public var count: Int { occupied }
    @usableFromInline static var zeroKey: Int { 0x5bd1_e995 }

    @inlinable
    public init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [Int](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
    }

    @inlinable public var isEmpty: Bool { occupied == 0 }

    @inlinable
    static func stored(_ key: Int) -> Int { key == 0 ? zeroKey : key }

    /// The slot holding `key`, or the empty slot where it would go.
    @inlinable
    func slot(_ key: Int) -> Int {
        let mask = keys.count - 1
        // Fold the high bits in: keys mixed with a queue's number differ there too.
        var i = (key ^ (key >> 29)) & mask
        while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
        return i
    }

    @inlinable
    public subscript(key: Int) -> Value? {
        get {
            let k = Self.stored(key)
            let i = slot(k)
            return keys[i] == k ? values[i] : nil
        }
        set {
            let k = Self.stored(key)
            let i = slot(k)
            guard let newValue else {
                if keys[i] == k { remove(at: i) }
                return
            }
            if keys[i] == k {
                values[i] = newValue
                return
            }
            keys[i] = k
            values[i] = newValue
            occupied += 1
            if occupied * 2 > keys.count { grow() }
        }
    }

    /// Every value, in no particular order.
    @inlinable public var allValues: [Value] { values.compactMap { $0 } }

    @inlinable
    public mutating func removeAll() {
        guard occupied > 0 else { return }
        self = CallKeyTable()
    }

    /// Empties slot `i` and moves back the entries after it that probed past it, so that
    /// lookups never meet a hole before their key (no tombstones).
    @inlinable
    mutating func remove(at slot: Int) {
        let mask = keys.count - 1
        var hole = slot
        var i = (slot + 1) & mask
        while keys[i] != 0 {
            let home = (keys[i] ^ (keys[i] >> 29)) & mask
            // Move it into the hole when the hole lies on its probe path (home … i, cyclically).
            let distanceToEntry = (i - home) & mask
            let distanceToHole = (hole - home) & mask
            if distanceToHole < distanceToEntry {
                keys[hole] = keys[i]
                values[hole] = values[i]
                hole = i
            }
            i = (i + 1) & mask
        }
        keys[hole] = 0
        values[hole] = nil
        occupied -= 1
    }

    @inlinable
    mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [Int](repeating: 0, count: oldKeys.count * 2)
        values = [Value?](repeating: nil, count: oldKeys.count * 2)
        occupied = 0
        for (k, v) in zip(oldKeys, oldValues) where k != 0 {
            let i = slot(k)
            keys[i] = k
            values[i] = v
            occupied += 1
        }
    }
}

extension CallKeyTable: Sendable where Value: Sendable {}

extension CallKeyTable: Equatable where Value: Equatable {
    /// The same keys with the same values, wherever they lie in the slots.
    public static func == (a: CallKeyTable, b: CallKeyTable) -> Bool {
        guard a.count == b.count else { return false }
        for (i, k) in a.keys.enumerated() where k != 0 {
            let j = b.slot(k)
            guard b.keys[j] == k, b.values[j] == a.values[i] else { return false }
        }
        return true
    }
}
