#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Strings for fields with few distinct values (queue names, members): the bytes are
/// compared against the ones seen before instead of building a new String on every line.
/// An open-addressing table of its own: the standard Dictionary would hash every lookup
/// with SipHash, which showed up in profiles of million-line logs.
struct FieldNames {
    private var entries: [(bytes: [UInt8], string: String)] = []
    /// Entry index + 1 per slot; 0 is empty. Its size is a power of two, at most half full.
    private var slots = [Int32](repeating: 0, count: 256)

    mutating func string(_ b: UnsafeBufferPointer<UInt8>?) -> String? { lookup(b)?.string }

    /// The String of the name numbered `number`.
    func name(number: Int) -> String? { number < entries.count ? entries[number].string : nil }

    /// The name's number (in order of first sight) and its String.
    mutating func lookup(_ b: UnsafeBufferPointer<UInt8>?) -> (number: Int, string: String)? {
        guard let b, !b.isEmpty else { return nil }
        var h: UInt = 5381
        for c in b { h = (h &* 33) &+ UInt(c) }
        let mask = slots.count - 1
        var i = Int(h & UInt(mask))
        while slots[i] != 0 {
            let e = Int(slots[i]) - 1
            if entries[e].bytes.count == b.count && entries[e].bytes.withUnsafeBufferPointer({ stored in
                memcmp(stored.baseAddress!, b.baseAddress!, b.count) == 0
            }) {
                return (e, entries[e].string)
            }
            i = (i + 1) & mask
        }
        let s = String(decoding: b, as: UTF8.self)
        entries.append((Array(b), s))
        slots[i] = Int32(entries.count)
        if entries.count * 2 > slots.count { grow() }
        return (entries.count - 1, s)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (n, e) in entries.enumerated() {
            var h: UInt = 5381
            for c in e.bytes { h = (h &* 33) &+ UInt(c) }
            var i = Int(h & UInt(mask))
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = Int32(n + 1)
        }
    }
}
