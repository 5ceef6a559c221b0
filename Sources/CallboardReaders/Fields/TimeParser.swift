import CallboardModel

/// Reads times from bytes, trying the forms in this order (docs/data-directory.md):
///
/// 1. `YYYY-MM-DD HH:MM[:SS[.fff]]`, ISO 8601 with `T` and an optional `Z` or `±HH[:MM]` offset;
/// 2. a date, then a time of day after a space, `T` or `, `: the date year first
///    (`YYYY-M-D`, `YYYY/MM/DD`, `YYYY.MM.DD`), dotted day first (`DD.MM.YYYY`, always), or
///    `NN-NN-YYYY` / `NN/NN/YYYY` in the settings' date order (day first unless
///    `date_order = "mdy"`: a month-first US date is never guessed from one value); one or two
///    digits for day, month and hour; the time `H:MM[:SS[.fff]]`, optionally `AM`/`PM`;
/// 3. a bare number: below 1 000 000 an Excel serial date (days since 1899-12-30, the
///    fraction the time of day), else epoch seconds (optionally with a fraction).
///
/// Times without an offset are local wall-clock times in the calendar's zone. Fractions of a
/// second are dropped. A two-digit year is not read.
public struct TimeParser {
    public let calendar: LocalCalendar
    public var dateOrder: ExportFormat.DateOrder
    /// Local midnight+hour → instant, cached: a day's rows share a handful of hours, and the
    /// zone lookup is the expensive part.
    private var hourCache: [Int: Instant] = [:]

    public init(calendar: LocalCalendar, dateOrder: ExportFormat.DateOrder = .dayMonthYear) {
        self.calendar = calendar
        self.dateOrder = dateOrder
    }

    public mutating func instant(_ b: UnsafeBufferPointer<UInt8>) -> Instant? {
        let n = b.count
        guard n > 0 else { return nil }
        if n >= 10, b[4] == 0x2D, b[7] == 0x2D, let t = dateTime(b) {
            return t
        }
        if b[0] >= 0x30, b[0] <= 0x39, b.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E }) {
            if let serial = ExcelSerial(b) { return localInstant(serial.day, serial.seconds / 3600, serial.seconds / 60 % 60, serial.seconds % 60) }
            if let t = epoch(b) { return t }
        }
        var i = 0
        guard let day = TimeParser.date(b, &i, order: dateOrder), i < n else { return nil }
        // The date and the time: a space, `T`, or a comma and a space between them.
        if b[i] == 0x54 || b[i] == 0x74 {
            i += 1
        } else {
            if b[i] == 0x2C { i += 1 }
            let before = i
            while i < n, b[i] == 0x20 { i += 1 }
            guard i > before else { return nil }
        }
        guard let seconds = TimeParser.clock(b, from: i) else { return nil }
        return localInstant(day, seconds / 3600, seconds / 60 % 60, seconds % 60)
    }

    /// The local instant of a time of day on a day (separate `date` and time columns).
    public mutating func instant(on day: Day, at seconds: Int) -> Instant {
        localInstant(day, seconds / 3600, seconds / 60 % 60, seconds % 60)
    }

    public mutating func instant(_ s: String) -> Instant? {
        var s = s
        return s.withUTF8 { instant($0) }
    }

    /// Epoch seconds: at least 1 000 000 (smaller numbers are Excel serial dates).
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
        guard digits > 0, value >= 1_000_000 else { return nil }
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
        guard let second = Digits.seconds(b, &i) else { return nil }
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

    /// A date: `YYYY-MM-DD` or any date form `instant` reads, `YYYYMMDD`, or an Excel serial
    /// number; a longer date-time is read for its date.
    public static func day(_ b: UnsafeBufferPointer<UInt8>, order: ExportFormat.DateOrder = .dayMonthYear) -> Day? {
        guard !b.isEmpty else { return nil }
        if b.count >= 10, b[4] == 0x2D, b[7] == 0x2D,
           let y = Digits.read(b, 0, 4), let m = Digits.read(b, 5, 2), let d = Digits.read(b, 8, 2) {
            if b.count > 10, b[10] != 0x20, b[10] != 0x54, b[10] != 0x74 { return nil }
            let day = Day(year: y, month: m, day: d)
            return day.isValid ? day : nil
        }
        if b.count == 8, let y = Digits.read(b, 0, 4), let m = Digits.read(b, 4, 2), let d = Digits.read(b, 6, 2),
           (1900...2199).contains(y) {
            // `YYYYMMDD`, as central banks and older systems write a date.
            let day = Day(year: y, month: m, day: d)
            return day.isValid ? day : nil
        }
        if let serial = ExcelSerial(b) { return serial.day }
        var i = 0
        guard let day = date(b, &i, order: order) else { return nil }
        if i < b.count, b[i] != 0x20, b[i] != 0x54, b[i] != 0x74, b[i] != 0x2C { return nil }
        return day
    }

    public static func day(_ s: String, order: ExportFormat.DateOrder = .dayMonthYear) -> Day? {
        var s = s
        return s.withUTF8 { day($0, order: order) }
    }

    /// A time of day alone, in seconds after midnight: `H:MM[:SS[.fff]]` (optionally `AM`/`PM`)
    /// or an Excel fraction of a day (`0.5` is noon).
    public static func timeOfDay(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !b.isEmpty else { return nil }
        if b[0] == 0x30, b.count > 2, b[1] == 0x2E, b.dropFirst(2).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            guard let serial = ExcelSerial(b, timeOnly: true) else { return nil }
            return serial.seconds
        }
        return clock(b, from: 0)
    }

    /// The date at `i`, leaving `i` after it: year first with `-`, `/` or `.`; else day first
    /// when dotted, and in `order` with `-` or `/`. The year has four digits.
    static func date(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, order: ExportFormat.DateOrder) -> Day? {
        func number(_ limit: Int) -> (value: Int, digits: Int)? {
            var v = 0, k = 0
            while i < b.count, k < limit, b[i] >= 0x30, b[i] <= 0x39 {
                v = v * 10 + Int(b[i] - 0x30)
                i += 1
                k += 1
            }
            return k > 0 ? (v, k) : nil
        }
        guard let first = number(4), i < b.count else { return nil }
        let separator = b[i]
        guard separator == 0x2D || separator == 0x2F || separator == 0x2E else { return nil }
        i += 1
        guard let second = number(2), second.digits <= 2, i < b.count, b[i] == separator else { return nil }
        i += 1
        guard let third = number(4) else { return nil }
        if i < b.count, b[i] >= 0x30, b[i] <= 0x39 { return nil }
        let day: Day
        if first.digits == 4 {
            guard third.digits <= 2 else { return nil }
            day = Day(year: first.value, month: second.value, day: third.value)
        } else {
            guard first.digits <= 2, third.digits == 4 else { return nil }
            if separator != 0x2E, order == .monthDayYear {
                day = Day(year: third.value, month: first.value, day: second.value)
            } else {
                day = Day(year: third.value, month: second.value, day: first.value)
            }
        }
        return day.isValid ? day : nil
    }

    /// `H:MM[:SS[.fff]]` from `i` to the end, optionally with ` AM`/` PM` (or `am`, `a.m.`).
    static func clock(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start
        let n = b.count
        var hour = 0, hourDigits = 0
        while i < n, hourDigits < 2, b[i] >= 0x30, b[i] <= 0x39 {
            hour = hour * 10 + Int(b[i] - 0x30)
            hourDigits += 1
            i += 1
        }
        guard hourDigits > 0, i < n, b[i] == 0x3A, let minute = Digits.read(b, i + 1, 2), minute <= 59 else { return nil }
        i += 3
        guard let second = Digits.seconds(b, &i) else { return nil }
        let spaces = i
        while i < n, b[i] == 0x20 { i += 1 }
        if i == n, i > spaces { return nil }
        if i < n {
            // AM or PM: 12 AM is midnight, 12 PM noon.
            let letters = Array(b[i...]).filter { $0 != 0x2E }.map { $0 | 0x20 }
            guard letters == [0x61, 0x6D] || letters == [0x70, 0x6D], (1...12).contains(hour) else { return nil }
            hour = hour % 12 + (letters[0] == 0x70 ? 12 : 0)
        }
        guard hour <= 23 else { return nil }
        return hour * 3600 + minute * 60 + second
    }

    /// Why a value is not a time, with a hint where one helps: a date alone, a date the other
    /// date order would read, a two-digit year.
    public func unreadable(_ b: UnsafeBufferPointer<UInt8>, column: String) -> String {
        let quoted = "'" + Sanitizer.quoted(String(decoding: b, as: UTF8.self)) + "'"
        let head = "unreadable time \(quoted) in column \(column)"
        var other = self
        other.dateOrder = dateOrder == .dayMonthYear ? .monthDayYear : .dayMonthYear
        if other.instant(b) != nil || TimeParser.day(b, order: other.dateOrder) != nil && TimeParser.day(b, order: dateOrder) == nil {
            return dateOrder == .dayMonthYear
                ? head + " (month first, as in the US? set date_order = \"mdy\" in [formats] of callboard.toml)"
                : head + " (day first? set date_order = \"dmy\" in [formats] of callboard.toml)"
        }
        var end = 0
        if TimeParser.date(b, &end, order: dateOrder) != nil, end == b.count { return head + " (a date without a time of day)" }
        if TimeParser.hasTwoDigitYear(b) { return head + " (a two-digit year: export the year in full)" }
        return head
    }

    /// `NN.NN.NN` or `NN/NN/NN` at the start.
    static func hasTwoDigitYear(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        var groups: [Int] = []
        var digits = 0
        while i < b.count, groups.count < 3 {
            let c = b[i]
            if c >= 0x30 && c <= 0x39 {
                digits += 1
            } else if c == 0x2E || c == 0x2F || c == 0x2D {
                groups.append(digits)
                digits = 0
            } else {
                break
            }
            i += 1
        }
        if groups.count < 3 { groups.append(digits) }
        return groups.count == 3 && groups[2] == 2 && groups[0] <= 2 && groups[1] <= 2 && groups[0] > 0 && groups[1] > 0
    }
}

/// An Excel serial date: days since 1899-12-30 (the 1900 date system as Excel counts it from
/// March 1900 on), its fraction the time of day. Only numbers below 1 000 000 (the year 4637)
/// are taken as such: larger ones are epoch seconds.
struct ExcelSerial {
    var day: Day
    var seconds: Int

    /// `timeOnly`: a fraction of a day alone (`0.5`), read for its time.
    init?(_ b: UnsafeBufferPointer<UInt8>, timeOnly: Bool = false) {
        var whole = 0, digits = 0, i = 0
        while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
            whole = whole * 10 + Int(b[i] - 0x30)
            digits += 1
            i += 1
            if digits > 6 { return nil }
        }
        guard digits > 0, whole < 1_000_000 else { return nil }
        var fraction = 0.0
        if i < b.count {
            guard b[i] == 0x2E, i + 1 < b.count else { return nil }
            var scale = 0.1
            i += 1
            while i < b.count {
                guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
                fraction += Double(b[i] - 0x30) * scale
                scale /= 10
                i += 1
            }
        }
        var seconds = Int((fraction * 86_400).rounded())
        var days = whole
        if seconds >= 86_400 {
            seconds -= 86_400
            days += 1
        }
        // Serial 60 is Excel's 29 February 1900, a day that never was; earlier serials are a day off.
        guard days > 60 || (timeOnly && whole == 0 && days == 0) else { return nil }
        day = Day(year: 1899, month: 12, day: 30).adding(days: days)
        self.seconds = seconds
    }
}

enum Digits {
    /// `:SS` with an optional fraction (`.fff` or `,fff`, dropped) at `i`, leaving `i` after
    /// it; 0 when there is no `:` at `i`; nil when what follows the `:` is not seconds. A
    /// leap second is read as :59.
    static func seconds(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Int? {
        let n = b.count
        guard i < n, b[i] == 0x3A else { return 0 }
        guard let s = read(b, i + 1, 2), s <= 60 else { return nil }
        i += 3
        if i < n, b[i] == 0x2E || b[i] == 0x2C {
            i += 1
            let f = i
            while i < n, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
            if i == f { return nil }
        }
        return min(s, 59)
    }

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
