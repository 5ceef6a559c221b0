/// A JSON value with ordered keys, written by hand so that records and reports come out
/// in a fixed, documented order, money with exactly two decimals, and nothing but UTF-8.
public indirect enum JSON: Equatable, Sendable {
    case object([(String, JSON)])
    case array([JSON])
    case string(String)
    case int(Int)
    /// A number written exactly as given (e.g. money as `1249.00`).
    case number(String)
    case bool(Bool)
    case null

    public static func == (a: JSON, b: JSON) -> Bool { a.compact == b.compact }

    public static func money(_ m: Money) -> JSON { .number(m.description) }
    public static func money(_ m: Money?) -> JSON { m.map(money) ?? .null }
    public static func int(_ v: Int?) -> JSON { v.map(JSON.int) ?? .null }
    public static func string(_ v: String?) -> JSON { v.map(JSON.string) ?? .null }

    /// A fraction rounded to `places` decimals, or null.
    public static func decimal(_ v: Double?, places: Int = 4) -> JSON {
        guard let v, v.isFinite else { return .null }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let r = (v * scale).rounded() / scale
        if r == r.rounded(), abs(r) < 1e15 { return .number(String(Int(r))) }
        return .number(String(r))
    }

    /// On one line, no spaces.
    public var compact: String {
        switch self {
        case .object(let fields):
            return "{" + fields.map { JSON.quote($0.0) + ":" + $0.1.compact }.joined(separator: ",") + "}"
        case .array(let items):
            return "[" + items.map(\.compact).joined(separator: ",") + "]"
        default:
            return scalar
        }
    }

    /// Indented by two spaces per level.
    public func pretty(indent: String = "") -> String {
        let inner = indent + "  "
        switch self {
        case .object(let fields):
            if fields.isEmpty { return "{}" }
            return "{\n" + fields.map { inner + JSON.quote($0.0) + ": " + $0.1.pretty(indent: inner) }
                .joined(separator: ",\n") + "\n" + indent + "}"
        case .array(let items):
            if items.isEmpty { return "[]" }
            if items.allSatisfy({ if case .object = $0 { return false } else { return true } }) {
                return "[" + items.map(\.compact).joined(separator: ", ") + "]"
            }
            return "[\n" + items.map { inner + $0.pretty(indent: inner) }.joined(separator: ",\n") + "\n" + indent + "]"
        default:
            return scalar
        }
    }

    private var scalar: String {
        switch self {
        case .string(let s): return JSON.quote(s)
        case .int(let i): return String(i)
        case .number(let n): return n
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .object, .array: return compact
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped — C1,
    /// bidi and zero-width ones too (`Sanitizer`): valid JSON either way, but a terminal
    /// showing the file must not act on them.
    public static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if Sanitizer.isUnsafe(u.value) || (0x2028...0x2029).contains(u.value) {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
