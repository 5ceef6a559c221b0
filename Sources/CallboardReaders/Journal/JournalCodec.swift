import CallboardModel
import Foundation

/// One JSON object per line of reviews.jsonl, keys in a fixed order:
///
/// - `{"v":1,"kind":"review","id":…,"time":…,"call":…,"agent":…,"reviewer":…}`, with
///   `"score":1…5`, `"tags":[…]` and `"note":…` when the call was evaluated;
/// - `{"v":1,"kind":"session","id":…,"time":…,"item":…,"agent":…,"session":"one-on-one","reviewer":…}`,
///   `"agent"` absent for a group session, `"note"` optional;
/// - `{"v":1,"kind":"dismiss","id":…,"time":…,"suggestion":…,"agent":…,"reviewer":…}`;
/// - `{"v":1,"kind":"undo","id":…,"time":…,"target":…,"reviewer":…}`.
///
/// Times are ISO 8601 with the writer's UTC offset. docs/data-directory.md documents them.
public enum JournalCodec {
    public static let file = "reviews.jsonl"

    /// The class JSONSerialization gives `true` and `false`.
    private static let booleanClass = type(of: NSNumber(value: true))

    public static func encode(_ record: JournalRecord, calendar: LocalCalendar) -> String {
        var fields: [(String, JSON)] = [("v", .int(JournalRecord.schemaVersion))]
        switch record {
        case .review(let m):
            fields += [("kind", .string("review")), ("id", .string(m.id)), ("time", .string(calendar.iso8601(m.time))),
                       ("call", .string(m.call)), ("agent", .string(m.agent)), ("reviewer", .string(m.reviewer))]
            if let score = m.score { fields.append(("score", .int(score))) }
            if !m.tags.isEmpty { fields.append(("tags", .array(m.tags.map(JSON.string)))) }
            if let note = m.note { fields.append(("note", .string(note))) }
        case .session(let m):
            fields += [("kind", .string("session")), ("id", .string(m.id)), ("time", .string(calendar.iso8601(m.time))),
                       ("item", .string(m.item))]
            if let agent = m.agent { fields.append(("agent", .string(agent))) }
            fields += [("session", .string(m.kind.rawValue)), ("reviewer", .string(m.reviewer))]
            if let note = m.note { fields.append(("note", .string(note))) }
        case .dismiss(let m):
            fields += [("kind", .string("dismiss")), ("id", .string(m.id)), ("time", .string(calendar.iso8601(m.time))),
                       ("suggestion", .string(m.suggestion)), ("agent", .string(m.agent)), ("reviewer", .string(m.reviewer))]
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
        func optionalText(_ key: String) throws(RowError) -> String? {
            guard let value = object[key], !(value is NSNull) else { return nil }
            guard let s = value as? String else { throw RowError("\(kind) record with \"\(key)\" that is not text") }
            return s
        }
        func time() throws(RowError) -> Instant {
            let s = try text("time")
            guard let t = times.instant(s) else { throw RowError("\(kind) record with unreadable time '\(s)'") }
            return t
        }
        switch kind {
        case "review":
            var score: Int?
            if let value = object["score"], !(value is NSNull) {
                // JSONSerialization reads 4.5 as a number that `as? Int` may truncate: insist on a whole one.
                // `true` is a number too, and on Linux `1 is Bool` holds: booleans are told by their class.
                let number = value as? NSNumber
                let boolean = number.flatMap { type(of: $0) == booleanClass ? $0.boolValue : nil }
                guard let n = number, boolean == nil, let s = Int(exactly: n.doubleValue), ReviewMark.scores.contains(s) else {
                    throw RowError("review record with score '\(boolean.map(String.init) ?? "\(value)")', not a whole number from 1 to 5")
                }
                score = s
            }
            var tags: [String] = []
            if let value = object["tags"], !(value is NSNull) {
                guard let list = value as? [Any], let strings = list as? [String] else {
                    throw RowError("review record with \"tags\" that is not a list of text")
                }
                tags = strings
            }
            return .review(ReviewMark(id: try text("id"), time: try time(), call: try text("call"),
                                      agent: try text("agent"), reviewer: (object["reviewer"] as? String) ?? "",
                                      score: score, tags: tags, note: try optionalText("note")))
        case "session":
            let word = try text("session")
            guard let sessionKind = CoachingKind(word: word) else {
                throw RowError("session record with unknown session kind '\(word)'")
            }
            let agent = try optionalText("agent")
            return .session(SessionMark(id: try text("id"), time: try time(), item: try text("item"),
                                        agent: agent?.isEmpty == true ? nil : agent, kind: sessionKind,
                                        note: try optionalText("note"), reviewer: (object["reviewer"] as? String) ?? ""))
        case "dismiss":
            return .dismiss(DismissMark(id: try text("id"), time: try time(), suggestion: try text("suggestion"),
                                        agent: try text("agent"), reviewer: (object["reviewer"] as? String) ?? ""))
        case "undo":
            return .undo(UndoMark(id: try text("id"), time: try time(), target: try text("target"),
                                  reviewer: (object["reviewer"] as? String) ?? ""))
        default:
            return .other(kind: kind)
        }
    }
}
