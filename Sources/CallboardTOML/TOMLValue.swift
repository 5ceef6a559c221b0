/// A value in a TOML document.
///
/// Equality is Swift's: `.float(.nan)` is not equal to itself, and tables compare as mappings
/// (see `TOMLTable`).
public enum TOMLValue: Equatable, Sendable {
    case string(String)
    case integer(Int64)
    case float(Double)
    case boolean(Bool)
    case offsetDateTime(TOMLDateTime)
    case localDateTime(TOMLDateTime)
    case localDate(TOMLDate)
    case localTime(TOMLTime)
    case array([TOMLValue])
    case table(TOMLTable)

    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The integer as an `Int`; nil for any other kind (a float is not converted).
    public var int: Int? {
        if case .integer(let value) = self { return Int(exactly: value) }
        return nil
    }

    /// The float; nil for any other kind (an integer is not converted).
    public var double: Double? {
        if case .float(let value) = self { return value }
        return nil
    }

    public var bool: Bool? {
        if case .boolean(let value) = self { return value }
        return nil
    }

    public var array: [TOMLValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    public var table: TOMLTable? {
        if case .table(let value) = self { return value }
        return nil
    }

    /// A local time (`07:32:00`).
    public var time: TOMLTime? {
        if case .localTime(let value) = self { return value }
        return nil
    }

    /// A local date (`1979-05-27`).
    public var date: TOMLDate? {
        if case .localDate(let value) = self { return value }
        return nil
    }

    /// An offset or a local date-time; `offset` tells them apart.
    public var dateTime: TOMLDateTime? {
        switch self {
        case .offsetDateTime(let value), .localDateTime(let value): return value
        default: return nil
        }
    }

    /// The kind of value as the spec names it, for messages such as "expected a string, found an
    /// integer".
    public var kindName: String {
        switch self {
        case .string: return "string"
        case .integer: return "integer"
        case .float: return "float"
        case .boolean: return "boolean"
        case .offsetDateTime: return "offset date-time"
        case .localDateTime: return "local date-time"
        case .localDate: return "local date"
        case .localTime: return "local time"
        case .array: return "array"
        case .table: return "table"
        }
    }
}

extension TOMLValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .float(value) }
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
    public init(arrayLiteral elements: TOMLValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, TOMLValue)...) {
        var table = TOMLTable()
        for (key, value) in elements { table.set(key, value, line: nil) }
        self = .table(table)
    }
}
