import CallboardModel
import Foundation

/// One JSON object per line of reviews.jsonl:
/// `{"v":1,"kind":"review","id":…,"time":…,"call":…,"agent":…,"reviewer":…}` and
/// `{"v":1,"kind":"undo","id":…,"time":…,"target":…,"reviewer":…}`.
/// Times are ISO 8601 with the writer's UTC offset.
public enum JournalCodec {
    public static let file = "reviews.jsonl"

    public static func encode(_ record: JournalRecord, calendar: LocalCalendar) -> String {
        var fields: [(String, JSON)] = [("v", .int(JournalRecord.schemaVersion))]
        switch record {
        case .review(let m):
            fields += [("kind", .string("review")), ("id", .string(m.id)), ("time", .string(calendar.iso8601(m.time))),
                       ("call", .string(m.call)), ("agent", .string(m.agent)), ("reviewer", .string(m.reviewer))]
        case .undo(let u):
            fields += [("kind", .string("undo")), ("id", .string(u.id)), ("time", .string(calendar.iso8601(u.time))),
                       ("target", .string(u.target)), ("reviewer", .string(u.reviewer))]
        case .other(let kind):
            fields += [("kind", .string(kind))]
        }
        return JSON.object(fields).compact
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
}
