import CallboardModel
import Foundation

/// One JSON object per line of reviews.jsonl:
/// `{"v":1,"kind":"review","id":…,"time":…,"call":…,"agent":…,"reviewer":…}` and
/// `{"v":1,"kind":"undo","id":…,"time":…,"target":…,"reviewer":…}`.
/// Times are ISO 8601 with the writer's UTC offset.
public enum JournalCodec {
    public static let file = "reviews.jsonl"

    public static func encode(_ record: JournalRecord, calendar: LocalCalendar) -> String {
        var fields: [(String, JSONValue)] = [("v", .int(JournalRecord.schemaVersion))]
        switch record {
        case .review(let m):
            fields += [("kind", .string("review")), ("id", .string(m.id)), ("time", .string(iso(m.time, calendar))),
                       ("call", .string(m.call)), ("agent", .string(m.agent)), ("reviewer", .string(m.reviewer))]
        case .undo(let u):
            fields += [("kind", .string("undo")), ("id", .string(u.id)), ("time", .string(iso(u.time, calendar))),
                       ("target", .string(u.target)), ("reviewer", .string(u.reviewer))]
        case .other(let kind):
            fields += [("kind", .string(kind))]
        }
        return "{" + fields.map { "\(JSONValue.string($0.0).json):\($0.1.json)" }.joined(separator: ",") + "}"
    }

    /// Decodes one line; throws a reason when it is not a record.
    public static func decode(_ line: Data, times: inout TimeParser) throws(RowError) -> JournalRecord {
        let object: [String: Any]
        do {
            guard let o = try JSONSerialization.jsonObject(with: line, options: .fragmentsAllowed) as? [String: Any] else {
                throw RowError("not a JSON object")
            }
            object = o
        } catch let e as RowError {
            throw e
        } catch {
            throw RowError("torn or invalid record (not JSON), ignored")
        }
        guard let v = object["v"] as? Int, v >= 1 else { throw RowError("record without schema version \"v\"") }
        guard let kind = object["kind"] as? String else { throw RowError("record without \"kind\"") }
        func text(_ key: String) throws(RowError) -> String {
            guard let s = object[key] as? String, !s.isEmpty else { throw RowError("\(kind) record without \"\(key)\"") }
            return s
        }
        func time() throws(RowError) -> Instant {
            let s = try text("time")
            guard let t = times.instant(s) else { throw RowError("\(kind) record with unreadable time '\(s)'") }
            return t
        }
        switch kind {
        case "review":
            return .review(ReviewMark(id: try text("id"), time: try time(), call: try text("call"),
                                      agent: try text("agent"), reviewer: (object["reviewer"] as? String) ?? ""))
        case "undo":
            return .undo(UndoMark(id: try text("id"), time: try time(), target: try text("target"),
                                  reviewer: (object["reviewer"] as? String) ?? ""))
        default:
            return .other(kind: kind)
        }
    }

    static func iso(_ t: Instant, _ calendar: LocalCalendar) -> String {
        let w = calendar.wallClock(t)
        let off = calendar.offset(at: t)
        let sign = off < 0 ? "-" : "+"
        let a = abs(off)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(w.day)T\(w.time)\(sign)\(two(a / 3600)):\(two(a / 60 % 60))"
    }
}

enum JSONValue {
    case string(String)
    case int(Int)

    var json: String {
        switch self {
        case .int(let i): return String(i)
        case .string(let s):
            var out = "\""
            for u in s.unicodeScalars {
                switch u {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if u.value < 0x20 || u.value == 0x7F || (0x2028...0x2029).contains(u.value) {
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
}
