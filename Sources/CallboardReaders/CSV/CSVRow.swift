/// One CSV record: field byte ranges into the scanned buffer, valid only during the callback.
public struct CSVRow: ~Copyable {
    struct Span {
        var start: Int
        var end: Int
        var escaped: Bool
        var quoted: Bool
    }

    let base: UnsafeBufferPointer<UInt8>
    var spans: [Span] = []
    /// Line number where the record starts (1-based).
    public private(set) var line: Int

    init(base: UnsafeBufferPointer<UInt8>, line: Int) {
        self.base = base
        self.line = line
        spans.reserveCapacity(16)
    }

    mutating func reset(line: Int) {
        self.line = line
        spans.removeAll(keepingCapacity: true)
    }

    mutating func append(start: Int, end: Int, escaped: Bool, quoted: Bool) {
        spans.append(Span(start: start, end: end, escaped: escaped, quoted: quoted))
    }

    public var count: Int { spans.count }

    /// Nothing in any field: a blank line, or a row of bare delimiters as a spreadsheet leaves
    /// below its data (`;;;;`). A quoted empty field (`""`) is something: a record to check.
    var isBlank: Bool {
        spans.indices.allSatisfy { !spans[$0].quoted && trimmedRange($0).isEmpty }
    }

    /// The field's bytes with surrounding spaces removed (unquoted fields only).
    func trimmedRange(_ i: Int) -> Range<Int> {
        let s = spans[i]
        var a = s.start, b = s.end
        if !s.quoted {
            while a < b && (base[a] == 0x20 || base[a] == 0x09) { a += 1 }
            while b > a && (base[b - 1] == 0x20 || base[b - 1] == 0x09) { b -= 1 }
        }
        return a..<b
    }

    /// Raw bytes of field `i` (nil when the row has fewer fields). Quoted fields with
    /// doubled quotes are not unescaped here; use `string` for those.
    public func bytes(_ i: Int) -> UnsafeBufferPointer<UInt8>? {
        guard i >= 0, i < spans.count else { return nil }
        let r = trimmedRange(i)
        return UnsafeBufferPointer(rebasing: base[r])
    }

    public func isEmpty(_ i: Int) -> Bool {
        guard i >= 0, i < spans.count else { return true }
        return trimmedRange(i).isEmpty
    }

    /// Field `i` as text (RFC 4180 unescaped; invalid UTF-8 repaired), nil when absent.
    public func string(_ i: Int) -> String? {
        guard i >= 0, i < spans.count else { return nil }
        let r = trimmedRange(i)
        let slice = UnsafeBufferPointer(rebasing: base[r])
        if !spans[i].escaped { return String(decoding: slice, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var k = 0
        while k < slice.count {
            out.append(slice[k])
            if slice[k] == 0x22 && k + 1 < slice.count && slice[k + 1] == 0x22 { k += 2 } else { k += 1 }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Field `i` as text, nil when absent or empty.
    public func nonEmptyString(_ i: Int) -> String? {
        guard let s = string(i), !s.isEmpty else { return nil }
        return s
    }
}
