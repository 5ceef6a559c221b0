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

    /// An amount with `.` or `,` as the decimal separator. Spaces (also no-break spaces)
    /// group thousands; when both `.` and `,` appear the last one is the decimal separator
    /// and the other groups thousands; a separator that appears more than once groups
    /// thousands. At most two decimals are kept (rounded half away from zero).
    public static func amount(_ b: UnsafeBufferPointer<UInt8>) -> Money? {
        var digits: [UInt8] = []
        digits.reserveCapacity(b.count)
        var negative = false
        var signed = false
        var seps: [(UInt8, Int)] = []
        var i = 0
        while i < b.count {
            let c = b[i]
            switch c {
            case 0x30...0x39:
                digits.append(c - 0x30)
            case 0x2E, 0x2C:
                seps.append((c, digits.count))
            case 0x20, 0x27:
                break
            case 0xC2 where i + 1 < b.count && b[i + 1] == 0xA0:
                i += 1
            case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0xAF:
                i += 2
            case 0x2D, 0x2B:
                guard digits.isEmpty, seps.isEmpty, !signed else { return nil }
                signed = true
                negative = c == 0x2D
            default:
                return nil
            }
            i += 1
        }
        guard !digits.isEmpty, digits.count <= 16 else { return nil }
        var decimalAt: Int? = nil
        if let last = seps.last {
            let sameKind = seps.filter { $0.0 == last.0 }.count
            let otherKind = seps.count - sameKind
            if sameKind == 1 {
                // The last separator is the decimal one; any others group thousands before it.
                decimalAt = last.1
            } else if otherKind > 0 {
                return nil
            }
        }
        let intCount = decimalAt ?? digits.count
        var cents: Int64 = 0
        for d in digits[0..<intCount] { cents = cents * 10 + Int64(d) }
        let frac = Array(digits[intCount...])
        let d1 = frac.count > 0 ? Int64(frac[0]) : 0
        let d2 = frac.count > 1 ? Int64(frac[1]) : 0
        cents = cents * 100 + d1 * 10 + d2
        if frac.count > 2, frac[2] >= 5 { cents += 1 }
        return Money(cents: negative ? -cents : cents)
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
    public static func count(_ s: String) -> Int? { var s = s; return s.withUTF8 { count($0) } }
}
