import CallboardModel

/// Reads the text encodings spreadsheets and older systems save CSV files in, as UTF-8.
///
/// The two single-byte tables are the Unicode Consortium's mappings (CP1250.TXT, 8859-2.TXT);
/// bytes they leave undefined, and ISO-8859-2's C1 control range, become U+FFFD and their line
/// is reported. Written here rather than with Foundation's `String(data:encoding:)`, which
/// answers nil for a whole buffer with one undefined byte and says nothing of where it is,
/// while the readers need every line's offset in both encodings to follow a growing file.
enum TextDecoding {
    /// A file's encoding and the length of its byte order mark.
    struct Detected: Equatable {
        var encoding: TextEncoding
        var bigEndian = false
        var bom = 0
    }

    /// By the byte order mark; else UTF-8 when the bytes are valid UTF-8; else the Polish
    /// code page that fits the bytes best (Windows-1250 unless ISO-8859-2's letters are more
    /// frequent, and always when a byte of 0x80–0x9F, C1 controls in ISO-8859-2, appears).
    static func detect(_ b: UnsafeBufferPointer<UInt8>) -> Detected {
        if let marked = byteOrderMark(b) { return marked }
        if invalidUTF8Lines(b).isEmpty { return Detected(encoding: .utf8) }
        return Detected(encoding: legacy(b))
    }

    /// The encoding a byte order mark at the start says, if there is one.
    static func byteOrderMark(_ b: UnsafeBufferPointer<UInt8>) -> Detected? {
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { return Detected(encoding: .utf8, bom: 3) }
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE { return Detected(encoding: .utf16, bom: 2) }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF { return Detected(encoding: .utf16, bigEndian: true, bom: 2) }
        return nil
    }

    /// The byte order mark's length when the configured encoding has one at the start.
    static func detect(_ b: UnsafeBufferPointer<UInt8>, configured: TextEncoding) -> Detected {
        let found = byteOrderMark(b) ?? Detected(encoding: .utf8)
        switch configured {
        case .utf8: return Detected(encoding: .utf8, bom: found.encoding == .utf8 ? found.bom : 0)
        case .utf16: return found.encoding == .utf16 ? found : Detected(encoding: .utf16)
        case .windows1250, .iso88592: return Detected(encoding: configured)
        }
    }

    /// Windows-1250 or ISO-8859-2, by the bytes of Polish letters that differ between them.
    static func legacy(_ b: UnsafeBufferPointer<UInt8>) -> TextEncoding {
        var windows = 0, iso = 0
        for c in b {
            switch c {
            case 0x80...0x9F: return .windows1250
            case 0xB9, 0xA5: windows += 1                              // ą Ą
            case 0xB1, 0xB6, 0xBC, 0xA1, 0xA6, 0xAC: iso += 1          // ą ś ź Ą Ś Ź
            default: break
            }
        }
        return iso > windows ? .iso88592 : .windows1250
    }

    /// Lines (counted from 0) that hold bytes which are not UTF-8; a sequence cut off by the
    /// end of the buffer is not counted (the rest may still be written).
    static func invalidUTF8Lines(_ b: UnsafeBufferPointer<UInt8>) -> [Int] {
        var bad: [Int] = []
        var line = 0
        var i = 0
        let n = b.count
        guard let base = b.baseAddress else { return [] }
        while i < n {
            // Eight ASCII bytes at a time, their line breaks counted in the word: most of a
            // file is ASCII.
            if i + 8 <= n {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if w & 0x8080_8080_8080_8080 == 0 {
                    let x = w ^ 0x0A0A_0A0A_0A0A_0A0A
                    let t = ((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x
                    line += (~t & 0x8080_8080_8080_8080).nonzeroBitCount
                    i += 8
                    continue
                }
            }
            let c = b[i]
            if c < 0x80 {
                if c == 0x0A { line += 1 }
                i += 1
                continue
            }
            var need = 0
            var min: UInt32 = 0
            var value: UInt32 = 0
            switch c {
            case 0xC2...0xDF: need = 1; min = 0x80; value = UInt32(c & 0x1F)
            case 0xE0...0xEF: need = 2; min = 0x800; value = UInt32(c & 0x0F)
            case 0xF0...0xF4: need = 3; min = 0x10000; value = UInt32(c & 0x07)
            default: need = -1
            }
            var ok = need > 0
            var k = 1
            while ok && k <= need {
                if i + k >= n { return bad }
                let d = b[i + k]
                if d & 0xC0 != 0x80 { ok = false; break }
                value = value << 6 | UInt32(d & 0x3F)
                k += 1
            }
            if ok && (value < min || value > 0x10FFFF || (0xD800...0xDFFF).contains(value)) { ok = false }
            if ok {
                i += need + 1
            } else {
                if bad.last != line { bad.append(line) }
                i += 1
            }
        }
        return bad
    }

    /// Text in a single-byte encoding or UTF-16, as UTF-8 up to its last line break.
    struct Transcoded {
        var utf8: [UInt8] = []
        /// After each line break: its offset in `utf8` and in the source bytes.
        var breaks: [(utf8: Int, source: Int)] = []
        /// Lines (counted from 0) with bytes the encoding does not define.
        var badLines: [Int] = []

        /// The source offset of a place in `utf8` right after a line break (or 0).
        func sourceOffset(_ utf8Offset: Int) -> Int {
            guard utf8Offset > 0 else { return 0 }
            var lo = 0, hi = breaks.count - 1
            while lo <= hi {
                let mid = (lo + hi) / 2
                if breaks[mid].utf8 == utf8Offset { return breaks[mid].source }
                if breaks[mid].utf8 < utf8Offset { lo = mid + 1 } else { hi = mid - 1 }
            }
            return breaks.last?.source ?? 0
        }
    }

    static func transcode(_ b: UnsafeBufferPointer<UInt8>, _ detected: Detected) -> Transcoded {
        var out = Transcoded()
        out.utf8.reserveCapacity(b.count + b.count / 4)
        var line = 0
        func append(_ scalar: UInt32) {
            switch scalar {
            case 0..<0x80: out.utf8.append(UInt8(scalar))
            case 0x80..<0x800:
                out.utf8.append(UInt8(0xC0 | scalar >> 6))
                out.utf8.append(UInt8(0x80 | scalar & 0x3F))
            case 0x800..<0x10000:
                out.utf8.append(UInt8(0xE0 | scalar >> 12))
                out.utf8.append(UInt8(0x80 | scalar >> 6 & 0x3F))
                out.utf8.append(UInt8(0x80 | scalar & 0x3F))
            default:
                out.utf8.append(UInt8(0xF0 | scalar >> 18))
                out.utf8.append(UInt8(0x80 | scalar >> 12 & 0x3F))
                out.utf8.append(UInt8(0x80 | scalar >> 6 & 0x3F))
                out.utf8.append(UInt8(0x80 | scalar & 0x3F))
            }
        }
        func bad() { if out.badLines.last != line { out.badLines.append(line) } }
        switch detected.encoding {
        case .utf8:
            preconditionFailure("UTF-8 is read as it is")
        case .windows1250, .iso88592:
            let table = detected.encoding == .windows1250 ? windows1250 : iso88592
            // Up to the last line break only.
            var end = b.count
            while end > 0 && b[end - 1] != 0x0A { end -= 1 }
            for i in 0..<end {
                let c = b[i]
                if c < 0x80 {
                    out.utf8.append(c)
                    if c == 0x0A {
                        line += 1
                        out.breaks.append((out.utf8.count, i + 1))
                    }
                } else {
                    let scalar = UInt32(table[Int(c) - 0x80])
                    if scalar == 0xFFFD { bad() }
                    append(scalar)
                }
            }
        case .utf16:
            var i = 0
            let big = detected.bigEndian
            func unit(_ at: Int) -> UInt32 {
                big ? UInt32(b[at]) << 8 | UInt32(b[at + 1]) : UInt32(b[at + 1]) << 8 | UInt32(b[at])
            }
            // Whole lines only: find the last line break's code unit.
            var end = 0
            var k = 0
            while k + 1 < b.count {
                if unit(k) == 0x0A { end = k + 2 }
                k += 2
            }
            while i < end {
                let u = unit(i)
                if u >= 0xD800 && u < 0xDC00, i + 3 < end, case let low = unit(i + 2), low >= 0xDC00 && low < 0xE000 {
                    append(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00))
                    i += 4
                    continue
                }
                if u >= 0xD800 && u < 0xE000 {
                    bad()
                    append(0xFFFD)
                } else {
                    append(u)
                }
                i += 2
                if u == 0x0A {
                    line += 1
                    out.breaks.append((out.utf8.count, i))
                }
            }
        }
        return out
    }

    /// Windows-1250, 0x80–0xFF.
    static let windows1250: [UInt16] = [
        0x20AC, 0xFFFD, 0x201A, 0xFFFD, 0x201E, 0x2026, 0x2020, 0x2021,
        0xFFFD, 0x2030, 0x0160, 0x2039, 0x015A, 0x0164, 0x017D, 0x0179,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0xFFFD, 0x2122, 0x0161, 0x203A, 0x015B, 0x0165, 0x017E, 0x017A,
        0x00A0, 0x02C7, 0x02D8, 0x0141, 0x00A4, 0x0104, 0x00A6, 0x00A7,
        0x00A8, 0x00A9, 0x015E, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x017B,
        0x00B0, 0x00B1, 0x02DB, 0x0142, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
        0x00B8, 0x0105, 0x015F, 0x00BB, 0x013D, 0x02DD, 0x013E, 0x017C,
    ] + latin2Letters

    /// ISO-8859-2, 0x80–0xFF, its C1 control range (0x80–0x9F) taken as undefined: no text has it.
    static let iso88592: [UInt16] = [
        0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD,
        0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD,
        0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD,
        0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD,
        0x00A0, 0x0104, 0x02D8, 0x0141, 0x00A4, 0x013D, 0x015A, 0x00A7,
        0x00A8, 0x0160, 0x015E, 0x0164, 0x0179, 0x00AD, 0x017D, 0x017B,
        0x00B0, 0x0105, 0x02DB, 0x0142, 0x00B4, 0x013E, 0x015B, 0x02C7,
        0x00B8, 0x0161, 0x015F, 0x0165, 0x017A, 0x02DD, 0x017E, 0x017C,
    ] + latin2Letters

    /// 0xC0–0xFF: the same letters in both code pages.
    static let latin2Letters: [UInt16] = [
        0x0154, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0139, 0x0106, 0x00C7,
        0x010C, 0x00C9, 0x0118, 0x00CB, 0x011A, 0x00CD, 0x00CE, 0x010E,
        0x0110, 0x0143, 0x0147, 0x00D3, 0x00D4, 0x0150, 0x00D6, 0x00D7,
        0x0158, 0x016E, 0x00DA, 0x0170, 0x00DC, 0x00DD, 0x0162, 0x00DF,
        0x0155, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x013A, 0x0107, 0x00E7,
        0x010D, 0x00E9, 0x0119, 0x00EB, 0x011B, 0x00ED, 0x00EE, 0x010F,
        0x0111, 0x0144, 0x0148, 0x00F3, 0x00F4, 0x0151, 0x00F6, 0x00F7,
        0x0159, 0x016F, 0x00FA, 0x0171, 0x00FC, 0x00FD, 0x0163, 0x02D9,
    ]
}
