/// Strings for fields with few distinct values (queue names, members): the bytes are
/// compared against the ones seen before instead of building a new String on every line.
/// An open-addressing table of its own: the standard Dictionary would hash every lookup
/// with SipHash, which showed up in profiles of million-line logs.
struct FieldNames {
    /// Every name's bytes, one after another; an entry is its place here and its String.
    private var pool: [UInt8] = []
    private var entries: [(offset: Int, count: Int, string: String)] = []
    /// Entry index + 1 per slot; 0 is empty. Its size is a power of two, at most half full.
    private var slots = [Int32](repeating: 0, count: 256)

    mutating func string(_ b: UnsafeBufferPointer<UInt8>?) -> String? { lookup(b)?.string }

    /// The String of the name numbered `number`.
    func name(number: Int) -> String? { number < entries.count ? entries[number].string : nil }

    /// The name's number (in order of first sight) and its String.
    mutating func lookup(_ b: UnsafeBufferPointer<UInt8>?) -> (number: Int, string: String)? {
        guard let b, let base = b.baseAddress, !b.isEmpty else { return nil }
        let h = FieldNames.hash(b)
        let mask = slots.count - 1
        var i = Int(h & UInt(mask))
        let found: Int? = pool.withUnsafeBufferPointer { pool in
            while slots[i] != 0 {
                let e = Int(slots[i]) - 1
                if entries[e].count == b.count, FieldNames.same(pool.baseAddress! + entries[e].offset, base, b.count) { return e }
                i = (i + 1) & mask
            }
            return nil
        }
        if let found { return (found, entries[found].string) }
        let s = String(decoding: b, as: UTF8.self)
        entries.append((pool.count, b.count, s))
        pool.append(contentsOf: b)
        slots[i] = Int32(entries.count)
        if entries.count * 2 > slots.count { grow() }
        return (entries.count - 1, s)
    }

    /// Eight bytes at a time, each word multiplied in and its high bits folded down (a
    /// byte at a time was a third of the look-up in callgrind counts).
    @inline(__always)
    private static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt {
        let raw = UnsafeRawPointer(b.baseAddress!)
        let n = b.count
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
        var k = 0
        while k &+ 8 <= n {
            h = (h ^ raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            k &+= 8
        }
        if k < n {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while k < n {
                tail |= UInt64(b[k]) << shift
                shift &+= 8
                k &+= 1
            }
            h = (h ^ tail) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
        }
        return UInt(truncatingIfNeeded: h)
    }

    /// Eight bytes at a time: names are a few words long, shorter than a call to `memcmp` is
    /// worth (it was a third of the look-ups' cost in callgrind counts).
    @inline(__always)
    private static func same(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
        var k = 0
        while k &+ 8 <= n {
            if ra.loadUnaligned(fromByteOffset: k, as: UInt64.self) != rb.loadUnaligned(fromByteOffset: k, as: UInt64.self) { return false }
            k &+= 8
        }
        while k < n {
            if a[k] != b[k] { return false }
            k &+= 1
        }
        return true
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        pool.withUnsafeBufferPointer { pool in
            for (n, e) in entries.enumerated() {
                var i = Int(FieldNames.hash(UnsafeBufferPointer(rebasing: pool[e.offset..<(e.offset + e.count)])) & UInt(mask))
                while slots[i] != 0 { i = (i + 1) & mask }
                slots[i] = Int32(n + 1)
            }
        }
    }
}
