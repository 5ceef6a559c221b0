/// Strings for fields with few distinct values (queue names, members): the bytes are
/// compared against the ones seen before instead of building a new String on every line.
struct FieldNames {
    private var entries: [(bytes: [UInt8], string: String)] = []
    private var byHash: [Int: [Int]] = [:]

    mutating func string(_ b: UnsafeBufferPointer<UInt8>?) -> String? { lookup(b)?.string }

    /// The name's number (in order of first sight) and its String.
    mutating func lookup(_ b: UnsafeBufferPointer<UInt8>?) -> (number: Int, string: String)? {
        guard let b, !b.isEmpty else { return nil }
        var h = 5381
        for c in b { h = (h &* 33) &+ Int(c) }
        if let candidates = byHash[h] {
            for i in candidates where entries[i].bytes.elementsEqual(b) { return (i, entries[i].string) }
        }
        let s = String(decoding: b, as: UTF8.self)
        byHash[h, default: []].append(entries.count)
        entries.append((Array(b), s))
        return (entries.count - 1, s)
    }
}
