import CallboardModel

/// Durations, counts, amounts and yes/no values, read from bytes.
public enum NumberParser {
    /// Whole seconds, or `[h:]mm:ss`; a fraction of a second is dropped.
    public static func duration(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        var parts: [Int] = []
        var value = 0
        var digits = 0
        var i = 0
        while i < b.count {
            let c = b[i]
            if c >= 0x30 && c <= 0x39 {
                value = value * 10 + Int(c - 0x30)
                digits += 1
                if digits > 9 { return nil }
            } else if c == 0x3A {
                guard digits > 0 else { return nil }
                parts.append(value)
                value = 0
                digits = 0
            } else if c == 0x2E || c == 0x2C {
                guard digits > 0 else { return nil }
                var k = i + 1
                while k < b.count, b[k] >= 0x30, b[k] <= 0x39 { k += 1 }
                guard k == b.count, k > i + 1 else { return nil }
                break
            } else {
                return nil
            }
            i += 1
        }
        guard digits > 0 else { return nil }
        parts.append(value)
        switch parts.count {
        case 1: return parts[0]
        case 2: return parts[1] < 60 ? parts[0] * 60 + parts[1] : nil
        case 3: return parts[1] < 60 && parts[2] < 60 ? parts[0] * 3600 + parts[1] * 60 + parts[2] : nil
        default: return nil
        }
    }

    /// A non-negative whole number.
    public static func count(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !b.isEmpty, b.count <= 12 else { return nil }
        var v = 0
        for c in b {
            guard c >= 0x30, c <= 0x39 else { return nil }
            v = v * 10 + Int(c - 0x30)
        }
        return v
    }

    /// An amount read from a data file, with the currency it named, if any (`PLN`, `EUR`…).
    public struct Amount: Equatable, Sendable {
        public var money: Money
        public var currency: String?
    }

    public enum AmountFailure: Error, Equatable {
        case unreadable
        /// `1.249` or `1,249`: a thousand or a fraction? Only a setting can say.
        case ambiguous
    }

    /// An amount as exports write it: `.` or `,` as the decimal separator; thousands grouped
    /// by spaces (also no-break ones), `'`, or the separator that is not the decimal one; a
    /// currency sign or code before or after (`zł`, `PLN`, `€`, `EUR`, `$`, `£`, `CHF`…);
    /// negative with `-` (before or after the currency) or in parentheses.
    ///
    /// With `decimal` given, that separator is the decimal one. Without, the last separator is
    /// the decimal one when both appear or it appears once, and one that appears more than
    /// once groups thousands; but a lone separator before exactly three digits (`1.249`) is
    /// ambiguous. Groups of thousands have three digits. At most two decimals are kept
    /// (rounded half away from zero).
    public static func amount(_ b: UnsafeBufferPointer<UInt8>,
                              decimal: ExportFormat.DecimalSeparator?) -> Result<Amount, AmountFailure> {
        var lo = 0, hi = b.count
        func isSpace(_ i: Int) -> Int {
            if b[i] == 0x20 || b[i] == 0x09 { return 1 }
            if b[i] == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 { return 2 }
            if b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0xAF { return 3 }
            return 0
        }
        func isSpaceEnding(at end: Int) -> Int {
            if b[end - 1] == 0x20 || b[end - 1] == 0x09 { return 1 }
            if end >= 2, b[end - 2] == 0xC2, b[end - 1] == 0xA0 { return 2 }
            if end >= 3, b[end - 3] == 0xE2, b[end - 2] == 0x80, b[end - 1] == 0xAF { return 3 }
            return 0
        }
        func trim() {
            while lo < hi {
                let k = isSpace(lo)
                if k == 0 { break }
                lo += k
            }
            while hi > lo {
                let k = isSpaceEnding(at: hi)
                if k == 0 { break }
                hi -= k
            }
        }
        trim()
        var negative = false
        var signed = false
        if hi - lo >= 2, b[lo] == 0x28, b[hi - 1] == 0x29 {
            negative = true
            signed = true
            lo += 1
            hi -= 1
            trim()
        }
        var currency: String? = nil
        /// A sign at `lo`: `-`, `+` or the minus sign U+2212.
        func takeSign() -> Bool {
            guard lo < hi else { return true }
            var width = 0
            var minus = false
            if b[lo] == 0x2D { width = 1; minus = true } else if b[lo] == 0x2B { width = 1 } else if b[lo] == 0xE2, lo + 2 < hi,
                b[lo + 1] == 0x88, b[lo + 2] == 0x92 { width = 3; minus = true }
            guard width > 0 else { return true }
            if signed { return false }
            signed = true
            negative = minus
            lo += width
            trim()
            return true
        }
        /// A currency at the start (`atEnd` false) or the end: a run of bytes that are not
        /// digits, separators, signs or spaces.
        func takeCurrency(atEnd: Bool) -> Bool {
            func isPart(_ c: UInt8) -> Bool {
                !(c >= 0x30 && c <= 0x39) && c != 0x2E && c != 0x2C && c != 0x2D && c != 0x2B && c != 0x20
                    && c != 0x09 && c != 0x27 && c != 0x28 && c != 0x29
            }
            var start = lo, end = hi
            if atEnd {
                // A dot may end the code (`Fr.`).
                var z = hi
                if z - 1 > lo, b[z - 1] == 0x2E, isPart(b[z - 2]) { z -= 1 }
                while z > lo, isSpaceEnding(at: z) == 0, isPart(b[z - 1]) { z -= 1 }
                start = z
                if start == hi || (start == hi - 1 && b[start] == 0x2E) { return true }
            } else {
                var a = lo
                while a < hi, isSpace(a) == 0, isPart(b[a]) { a += 1 }
                if a == lo { return true }
                if a < hi, b[a] == 0x2E { a += 1 }
                end = a
            }
            if currency != nil { return false }
            guard let code = NumberParser.currencyCode(String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)) else {
                return false
            }
            currency = code
            if atEnd { hi = start } else { lo = end }
            trim()
            return true
        }
        guard takeSign(), takeCurrency(atEnd: false), takeSign(), takeCurrency(atEnd: true) else { return .failure(.unreadable) }
        guard lo < hi else { return .failure(.unreadable) }

        // The number: digits, separators (`.`, `,`), group marks (spaces, `'`, `’`).
        var digits: [UInt8] = []
        digits.reserveCapacity(hi - lo)
        /// Where each separator and group mark is: its kind and the digits before it.
        var marks: [(kind: UInt8, at: Int)] = []
        var i = lo
        while i < hi {
            let c = b[i]
            if c >= 0x30 && c <= 0x39 {
                digits.append(c - 0x30)
                i += 1
            } else if c == 0x2E || c == 0x2C {
                marks.append((c, digits.count))
                i += 1
            } else if c == 0x27 {
                marks.append((0x20, digits.count))
                i += 1
            } else if c == 0xE2, i + 2 < hi, b[i + 1] == 0x80, b[i + 2] == 0x99 {
                marks.append((0x20, digits.count))
                i += 3
            } else if case let k = isSpace(i), k > 0 {
                marks.append((0x20, digits.count))
                i += k
            } else {
                return .failure(.unreadable)
            }
        }
        guard !digits.isEmpty, digits.count <= 16 else { return .failure(.unreadable) }
        // Which separator is the decimal one.
        let dots = marks.filter { $0.kind == 0x2E }.count, commas = marks.filter { $0.kind == 0x2C }.count
        var decimalKind: UInt8? = nil
        switch decimal {
        case .comma?: decimalKind = commas > 0 ? 0x2C : nil
        case .point?: decimalKind = dots > 0 ? 0x2E : nil
        case nil:
            if let last = marks.last(where: { $0.kind != 0x20 }) {
                let same = last.kind == 0x2E ? dots : commas
                if same == 1 { decimalKind = last.kind } else if dots > 0 && commas > 0 { return .failure(.unreadable) }
            }
        }
        var decimalAt: Int? = nil
        if let kind = decimalKind {
            guard marks.filter({ $0.kind == kind }).count == 1, let mark = marks.last(where: { $0.kind != 0x20 }),
                  mark.kind == kind else { return .failure(.unreadable) }
            decimalAt = mark.at
        }
        // Every other mark groups thousands: three digits after it, to the next mark or the decimal one.
        let groupMarks = marks.filter { $0.kind != decimalKind }
        let intEnd = decimalAt ?? digits.count
        for (k, mark) in groupMarks.enumerated() {
            let next = k + 1 < groupMarks.count ? groupMarks[k + 1].at : intEnd
            guard mark.at > 0, next - mark.at == 3, mark.at <= intEnd else { return .failure(.unreadable) }
        }
        if let at = decimalAt, marks.contains(where: { $0.kind == 0x20 && $0.at > at }) { return .failure(.unreadable) }
        // `1.249` read by itself: a thousand and some, or one and a quarter?
        if decimal == nil, let at = decimalAt, groupMarks.isEmpty, digits.count - at == 3, at > 0, digits[0] != 0 {
            return .failure(.ambiguous)
        }
        var cents: Int64 = 0
        for d in digits[0..<intEnd] { cents = cents * 10 + Int64(d) }
        let frac = Array(digits[intEnd...])
        let d1 = frac.count > 0 ? Int64(frac[0]) : 0
        let d2 = frac.count > 1 ? Int64(frac[1]) : 0
        cents = cents * 100 + d1 * 10 + d2
        if frac.count > 2, frac[2] >= 5 { cents += 1 }
        return .success(Amount(money: Money(cents: negative ? -cents : cents), currency: currency))
    }

    /// An amount in any currency, its separators read from the value alone.
    public static func amount(_ b: UnsafeBufferPointer<UInt8>) -> Money? {
        guard case .success(let a) = amount(b, decimal: nil) else { return nil }
        return a.money
    }

    /// The ISO code of a currency as exports write it (`zł`, `PLN`, `€`, `EUR`, `$`, `£`,
    /// `CHF`, `Fr.`, `Kč`…), any case; nil for anything else.
    public static func currencyCode(_ text: String) -> String? {
        let t = text.lowercased()
        switch t {
        case "zł", "zl", "pln", "złotych", "zlotych": return "PLN"
        case "€", "eur", "euro": return "EUR"
        case "$", "usd", "us$": return "USD"
        case "£", "gbp": return "GBP"
        case "chf", "fr", "fr.", "sfr", "sfr.": return "CHF"
        case "kč", "czk": return "CZK"
        case "ft", "huf": return "HUF"
        case "sek", "nok", "dkk", "uah", "ron", "bgn", "cad", "aud", "jpy": return t.uppercased()
        default: return nil
        }
    }

    public enum Truth: Equatable {
        case yes, no
    }

    /// yes/no in English and Polish, 1/0, true/false, x; an empty field is no.
    public static func truth(_ s: String) -> Truth? {
        switch s.lowercased() {
        case "1", "y", "yes", "true", "t", "x", "tak", "flag", "flagged", "review": return .yes
        case "", "0", "n", "no", "false", "f", "nie", "-": return .no
        default: return nil
        }
    }
}

extension NumberParser {
    public static func duration(_ s: String) -> Int? { var s = s; return s.withUTF8 { duration($0) } }
    public static func amount(_ s: String) -> Money? { var s = s; return s.withUTF8 { amount($0) } }
    public static func amount(_ s: String, decimal: ExportFormat.DecimalSeparator?) -> Result<Amount, AmountFailure> {
        var s = s
        return s.withUTF8 { amount($0, decimal: decimal) }
    }
    public static func count(_ s: String) -> Int? { var s = s; return s.withUTF8 { count($0) } }
}
