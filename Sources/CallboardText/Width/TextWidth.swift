/// Display width of characters, without asking the C library (whose answer depends on the
/// process locale, which tests and `LC_ALL=C` change).
public enum TextWidth {
    /// Columns a grapheme cluster occupies: those of its first scalar by `WidthTables` (0 for
    /// a lone combining mark, 2 for wide East Asian characters and emoji), but 1 when a
    /// zero-width scalar leads others, and 2 for an emoji made so by U+FE0F.
    public static func of(_ character: Character) -> Int {
        // Below the first combining mark, one scalar is one column: ASCII, Latin letters with
        // their accents (Polish among them), box drawing is further up.
        if character.asciiValue != nil { return 1 }
        guard let first = character.unicodeScalars.first else { return 0 }
        if first.value < 0x300, character.unicodeScalars.count == 1 { return 1 }
        if isZeroWidth(first.value) { return character.unicodeScalars.count == 1 ? 0 : 1 }
        if isWide(first.value) { return 2 }
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji { return 2 }
        return 1
    }

    public static func of(_ string: String) -> Int {
        // Most text is ASCII, Latin letters and the dashboard's own marks (`◆`, `▼`, `…`, box
        // lines, gauge blocks): one column a scalar, counted without breaking graphemes.
        if string.utf8.allSatisfy({ $0 < 0x80 }) { return string.utf8.count }
        var scalars = 0
        for s in string.unicodeScalars {
            guard isNarrowAlone(s.value) else {
                var total = 0
                for c in string { total += of(c) }
                return total
            }
            scalars += 1
        }
        return scalars
    }

    /// A scalar that is one column and its own grapheme whatever comes before or after it,
    /// provided no scalar of the text joins or combines (those are not narrow alone): Latin
    /// letters below the combining marks, and punctuation, arrows, box drawing, blocks and
    /// geometric shapes outside the wide ones and the invisible ones. No scalar of U+2010...U+2BFF
    /// extends or joins a grapheme without being zero-width or wide, so the tables alone tell.
    @inline(__always)
    static func isNarrowAlone(_ v: UInt32) -> Bool {
        if v < 0x300 { return true }
        guard v >= 0x2010, v <= 0x2BFF else { return false }
        return !isZeroWidth(v) && !isWide(v)
    }

    /// Zero columns by `WidthTables.zeroWidth`. Below U+0300 nothing is: C0 and C1 controls are
    /// one column here, as the Sanitizer replaces them before any width is asked.
    @inline(__always)
    static func isZeroWidth(_ v: UInt32) -> Bool {
        v >= 0x300 && contains(WidthTables.zeroWidth, zeroWidthBlocks, v)
    }

    /// Two columns by `WidthTables.wide` (nothing below U+1100 is).
    @inline(__always)
    static func isWide(_ v: UInt32) -> Bool {
        v >= 0x1100 && contains(WidthTables.wide, wideBlocks, v)
    }

    static let zeroWidthBlocks = firstRanges(WidthTables.zeroWidth)
    static let wideBlocks = firstRanges(WidthTables.wide)

    /// For each block of 256 code points, and one past the last: the index of the first range
    /// of `table` that ends in or after the block. A search then looks only at the ranges that
    /// reach into the block of its code point, a few at most: measuring the dashboard's marks
    /// costs a comparison or two, not a search of the whole table.
    static func firstRanges(_ table: [UInt32]) -> [UInt16] {
        let blocks = 0x110000 >> 8
        var first = [UInt16](repeating: 0, count: blocks + 1)
        var range = 0
        for block in 0...blocks {
            while range < table.count / 2 && table[2 * range + 1] < UInt32(block << 8) { range += 1 }
            first[block] = UInt16(range)
        }
        return first
    }

    /// Whether `v` lies in one of the sorted, disjoint ranges of `table`, stored as (first, last)
    /// pairs: a binary search for the first range that ends at or after `v`.
    @inline(__always)
    static func contains(_ table: [UInt32], _ blocks: [UInt16], _ v: UInt32) -> Bool {
        let block = Int(v >> 8)
        var low = Int(blocks[block]), high = Int(blocks[block + 1])
        return table.withUnsafeBufferPointer { t in
            while low < high {
                let mid = (low + high) / 2
                if t[2 * mid + 1] < v { low = mid + 1 } else { high = mid }
            }
            return low < t.count / 2 && t[2 * low] <= v
        }
    }
}
