import CallboardModel

/// Reads times from bytes: `YYYY-MM-DD HH:MM[:SS[.fff]]`, ISO 8601 with `T` and an optional
/// `Z` or `±HH[:MM]` offset, or epoch seconds (optionally with a fraction). Times without
/// an offset are local wall-clock times in the calendar's zone. Fractions are dropped.
public struct TimeParser {
    public let calendar: LocalCalendar
    /// Local midnight+hour → instant, cached: a day's rows share a handful of hours, and the
    /// zone lookup is the expensive part.
    private var hourCache: [Int: Instant] = [:]

    public init(calendar: LocalCalendar) {
        self.calendar = calendar
    }

    public mutating func instant(_ b: UnsafeBufferPointer<UInt8>) -> Instant? {
        let n = b.count
        guard n > 0 else { return nil }
        if n >= 10, b[4] == 0x2D, b[7] == 0x2D {
            return dateTime(b)
        }
        return epoch(b)
    }

    public mutating func instant(_ s: String) -> Instant? {
        var s = s
        return s.withUTF8 { instant($0) }
    }

    private func epoch(_ b: UnsafeBufferPointer<UInt8>) -> Instant? {
        var i = 0
        var value = 0
        var digits = 0
        while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
            value = value * 10 + Int(b[i] - 0x30)
            digits += 1
            i += 1
            if digits > 12 { return nil }
        }
        guard digits > 0 else { return nil }
        if i < b.count {
            guard b[i] == 0x2E, i + 1 < b.count else { return nil }
            i += 1
            while i < b.count {
                guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
                i += 1
            }
        }
        return value
    }

    private mutating func dateTime(_ b: UnsafeBufferPointer<UInt8>) -> Instant? {
        guard let year = Digits.read(b, 0, 4), let month = Digits.read(b, 5, 2), let day = Digits.read(b, 8, 2) else {
            return nil
        }
        let date = Day(year: year, month: month, day: day)
        guard date.isValid else { return nil }
        let n = b.count
        guard n > 10 else { return nil }
        guard b[10] == 0x20 || b[10] == 0x54 || b[10] == 0x74, n >= 16,
              let hour = Digits.read(b, 11, 2), b[13] == 0x3A, let minute = Digits.read(b, 14, 2),
              hour <= 23, minute <= 59 else { return nil }
        var i = 16
        var second = 0
        if i < n, b[i] == 0x3A {
            guard let s = Digits.read(b, i + 1, 2), s <= 60 else { return nil }
            second = min(s, 59)
            i += 3
            if i < n, b[i] == 0x2E || b[i] == 0x2C {
                i += 1
                let f = i
                while i < n, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
                if i == f { return nil }
            }
        }
        if i == n {
            return localInstant(date, hour, minute, second)
        }
        // Offset.
        let utcWall = date.ordinal * 86_400 + hour * 3600 + minute * 60 + second
        if b[i] == 0x5A || b[i] == 0x7A {
            return i + 1 == n ? utcWall : nil
        }
        guard b[i] == 0x2B || b[i] == 0x2D else { return nil }
        let sign = b[i] == 0x2B ? 1 : -1
        i += 1
        guard let oh = Digits.read(b, i, 2) else { return nil }
        i += 2
        var om = 0
        if i < n {
            if b[i] == 0x3A { i += 1 }
            guard let m = Digits.read(b, i, 2) else { return nil }
            om = m
            i += 2
        }
        guard i == n, oh <= 18, om <= 59 else { return nil }
        return utcWall - sign * (oh * 3600 + om * 60)
    }

    private mutating func localInstant(_ day: Day, _ hour: Int, _ minute: Int, _ second: Int) -> Instant {
        let key = day.ordinal * 24 + hour
        if let base = hourCache[key] {
            return base + minute * 60 + second
        }
        let exact = calendar.instant(day, hour: hour, minute: minute, second: second)
        // Cache the hour only when the whole hour shares one offset (not a DST switch hour).
        let base = calendar.instant(day, hour: hour)
        if base + minute * 60 + second == exact, calendar.offset(at: base) == calendar.offset(at: base + 3599) {
            if hourCache.count > 4096 { hourCache.removeAll(keepingCapacity: true) }
            hourCache[key] = base
        }
        return exact
    }

    /// `YYYY-MM-DD` (a longer date-time is read for its date).
    public static func day(_ b: UnsafeBufferPointer<UInt8>) -> Day? {
        guard b.count >= 10, b[4] == 0x2D, b[7] == 0x2D,
              let y = Digits.read(b, 0, 4), let m = Digits.read(b, 5, 2), let d = Digits.read(b, 8, 2) else { return nil }
        if b.count > 10, b[10] != 0x20, b[10] != 0x54, b[10] != 0x74 { return nil }
        let day = Day(year: y, month: m, day: d)
        return day.isValid ? day : nil
    }

    public static func day(_ s: String) -> Day? {
        var s = s
        return s.withUTF8 { day($0) }
    }
}

enum Digits {
    /// Exactly `count` ASCII digits at `offset`, or nil.
    static func read(_ b: UnsafeBufferPointer<UInt8>, _ offset: Int, _ count: Int) -> Int? {
        guard offset >= 0, offset + count <= b.count else { return nil }
        var v = 0
        for k in offset..<(offset + count) {
            let c = b[k]
            guard c >= 0x30, c <= 0x39 else { return nil }
            v = v * 10 + Int(c - 0x30)
        }
        return v
    }
}
