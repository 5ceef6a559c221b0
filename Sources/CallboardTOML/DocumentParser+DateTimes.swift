extension DocumentParser {
    /// `1979-05-27`, then optionally `T`, `t` or a space and a time, then optionally `Z`, `z` or
    /// `±HH:MM`. A space is taken as the delimiter only when a time (`HH:`) follows it, so
    /// `d = 1979-05-27 # note` is a date and a comment.
    mutating func parseDateOrDateTime() throws(TOMLError) -> TOMLValue {
        let start = pos
        guard let year = digits(4), skip(UInt8(ascii: "-")), let month = digits(2), skip(UInt8(ascii: "-")),
              let day = digits(2)
        else { throw error("invalid date: expected YYYY-MM-DD", at: start) }
        guard (1...12).contains(month), day >= 1, day <= TOMLDate.days(inMonth: month, year: year) else {
            throw error("invalid date `\(String(decoding: bytes[start..<pos], as: UTF8.self))`", at: start)
        }
        let date = TOMLDate(year: year, month: month, day: day)
        switch peek() {
        case UInt8(ascii: "T"), UInt8(ascii: "t"):
            pos += 1
        case UInt8(ascii: " ") where peek(1)?.isDigit == true && peek(2)?.isDigit == true && peek(3) == UInt8(ascii: ":"):
            pos += 1
        default:
            return .localDate(date)
        }
        let time = try parseTime()
        let offsetStart = pos
        switch peek() {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            pos += 1
            return .offsetDateTime(TOMLDateTime(date: date, time: time, offset: 0))
        case let sign? where sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"):
            pos += 1
            guard let hours = digits(2), skip(UInt8(ascii: ":")), let minutes = digits(2) else {
                throw error("invalid offset: expected Z or ±HH:MM", at: offsetStart)
            }
            guard hours <= 23, minutes <= 59 else {
                throw error("invalid offset `\(String(decoding: bytes[offsetStart..<pos], as: UTF8.self))`", at: offsetStart)
            }
            let size = hours * 60 + minutes
            return .offsetDateTime(TOMLDateTime(date: date, time: time, offset: sign == UInt8(ascii: "-") ? -size : size))
        default:
            return .localDateTime(TOMLDateTime(date: date, time: time))
        }
    }

    /// `HH:MM:SS` with an optional fraction of at least one digit; hour 0–23, minute 0–59,
    /// second 0–60.
    mutating func parseTime() throws(TOMLError) -> TOMLTime {
        let start = pos
        guard let hour = digits(2), skip(UInt8(ascii: ":")), let minute = digits(2), skip(UInt8(ascii: ":")),
              let second = digits(2)
        else { throw error("invalid time: expected HH:MM:SS", at: start) }
        var nanosecond = 0
        if peek() == UInt8(ascii: "."), peek(1)?.isDigit == true {
            pos += 1
            var count = 0
            while let byte = peek(), byte.isDigit {
                if count < 9 {
                    nanosecond = nanosecond * 10 + Int(byte &- UInt8(ascii: "0"))
                    count += 1
                }
                pos += 1
            }
            while count < 9 {
                nanosecond *= 10
                count += 1
            }
        }
        guard hour <= 23, minute <= 59, second <= 60 else {
            throw error("invalid time `\(String(decoding: bytes[start..<pos], as: UTF8.self))`", at: start)
        }
        return TOMLTime(hour: hour, minute: minute, second: second, nanosecond: nanosecond)
    }

    /// Exactly `count` digits as a number, or nil (and nothing read) when they are not there.
    private mutating func digits(_ count: Int) -> Int? {
        var value = 0
        for index in 0..<count {
            guard let byte = peek(index), byte.isDigit else { return nil }
            value = value * 10 + Int(byte &- UInt8(ascii: "0"))
        }
        pos += count
        return value
    }

    private mutating func skip(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        pos += 1
        return true
    }
}
