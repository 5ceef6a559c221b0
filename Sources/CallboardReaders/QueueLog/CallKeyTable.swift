/// A table keyed by Ints that are hashes already (a call id's 64-bit FNV-1a, mixed with a
/// queue's number): open addressing with linear probing, the key's own low bits as the slot.
/// The standard Dictionary hashes every key again with SipHash; on a million-line log that
/// was a fifth of the feed's time in profiles (`perf record` of `callboard report` over
/// Benchmarks/make_queue_log.py's queue_log), for a lookup, an insert and a removal per call.
struct CallKeyTable<Value> {
    /// 0 marks an empty slot; a key of 0 is stored as `zeroKey`.
    private var keys: [Int]
    private var values: [Value?]
    private(set) var count = 0
    private static var zeroKey: Int { 0x5bd1_e995 }

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [Int](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
    }

    var isEmpty: Bool { count == 0 }

    private static func stored(_ key: Int) -> Int { key == 0 ? zeroKey : key }

    /// The slot holding `key`, or the empty slot where it would go.
    private func slot(_ key: Int) -> Int {
        let mask = keys.count - 1
        // Fold the high bits in: keys mixed with a queue's number differ there too.
        var i = (key ^ (key >> 29)) & mask
        while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
        return i
    }

    subscript(key: Int) -> Value? {
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
            count += 1
            if count * 2 > keys.count { grow() }
        }
    }

    /// Every value, in no particular order.
    var allValues: [Value] { values.compactMap { $0 } }

    mutating func removeAll() {
        guard count > 0 else { return }
        self = CallKeyTable()
    }

    /// Empties slot `i` and moves back the entries after it that probed past it, so that
    /// lookups never meet a hole before their key (no tombstones).
    private mutating func remove(at slot: Int) {
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
        count -= 1
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [Int](repeating: 0, count: oldKeys.count * 2)
        values = [Value?](repeating: nil, count: oldKeys.count * 2)
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where k != 0 {
            let i = slot(k)
            keys[i] = k
            values[i] = v
            count += 1
        }
    }
}
