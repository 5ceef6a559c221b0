import CallboardTOML
import Foundation

/// Compares our values with tomllib's tagged trees (see `ReferenceParser`).
enum ReferenceTree {
    /// Equal kinds and values: strings and keys by their Unicode scalars, floats by their bits
    /// (any NaN equals any NaN), dates and times field by field, fractions to the microsecond
    /// (tomllib keeps no more), tables with their keys in the same order.
    static func matches(_ value: TOMLValue, _ tagged: Any?) -> Bool {
        guard let node = tagged as? [String: Any], let kind = node["t"] as? String else { return false }
        let payload = node["v"]
        switch (value, kind) {
        case (.string(let string), "string"):
            return (payload as? String).map { $0.unicodeScalars.elementsEqual(string.unicodeScalars) } ?? false
        case (.integer(let integer), "int"):
            return payload as? String == String(integer)
        case (.float(let double), "float"):
            guard let hex = payload as? String, let bits = UInt64(hex, radix: 16) else { return false }
            let other = Double(bitPattern: bits)
            return (double.isNaN && other.isNaN) || double.bitPattern == bits
        case (.boolean(let bool), "bool"):
            return payload as? String == (bool ? "true" : "false")
        case (.offsetDateTime(let dateTime), "datetime"):
            return fields(payload) == fields(dateTime.date) + fields(dateTime.time) + [dateTime.offset ?? 0]
        case (.localDateTime(let dateTime), "datetime-local"):
            return fields(payload) == fields(dateTime.date) + fields(dateTime.time)
        case (.localDate(let date), "date-local"):
            return fields(payload) == fields(date)
        case (.localTime(let time), "time-local"):
            return fields(payload) == fields(time)
        case (.array(let values), "array"):
            guard let items = payload as? [Any], items.count == values.count else { return false }
            return zip(values, items).allSatisfy { matches($0, $1) }
        case (.table(let table), "table"):
            guard let pairs = payload as? [[Any]], pairs.count == table.count else { return false }
            for (key, pair) in zip(table.keys, pairs) {
                guard pair.count == 2, let name = pair[0] as? String, name.unicodeScalars.elementsEqual(key.unicodeScalars),
                      let value = table[key], matches(value, pair[1])
                else { return false }
            }
            return true
        default:
            return false
        }
    }

    private static func fields(_ payload: Any?) -> [Int] {
        (payload as? [Any])?.compactMap { ($0 as? NSNumber)?.intValue } ?? []
    }

    private static func fields(_ date: TOMLDate) -> [Int] { [date.year, date.month, date.day] }

    private static func fields(_ time: TOMLTime) -> [Int] { [time.hour, time.minute, time.second, time.nanosecond / 1000] }

    /// An integer tomllib accepted that does not fit in 64 bits (the spec asks for an error).
    static func hasIntegerBeyond64Bits(_ tagged: Any?) -> Bool {
        guard let node = tagged as? [String: Any], let kind = node["t"] as? String else { return false }
        switch kind {
        case "int": return (node["v"] as? String).map { Int64($0) == nil } ?? false
        case "array": return (node["v"] as? [Any])?.contains { hasIntegerBeyond64Bits($0) } ?? false
        case "table": return (node["v"] as? [[Any]])?.contains { $0.count == 2 && hasIntegerBeyond64Bits($0[1]) } ?? false
        default: return false
        }
    }

    /// A leap second or year 0000, valid in RFC 3339 and so in TOML, which tomllib rejects (Python's
    /// datetime has neither).
    static func hasLeapSecondOrYearZero(_ value: TOMLValue) -> Bool {
        switch value {
        case .offsetDateTime(let dateTime), .localDateTime(let dateTime):
            return dateTime.time.second == 60 || dateTime.date.year == 0
        case .localTime(let time): return time.second == 60
        case .localDate(let date): return date.year == 0
        case .array(let values): return values.contains(where: hasLeapSecondOrYearZero)
        case .table(let table): return table.keys.contains { table[$0].map(hasLeapSecondOrYearZero) ?? false }
        default: return false
        }
    }
}
