import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

/// Evaluations, sessions and dismissals in reviews.jsonl: the exact line each is written as,
/// and what the reader accepts and refuses.
@Suite struct JournalCodecKindsTests {
    /// 2026-11-27 10:15:00 CET = 09:15 UTC.
    static let t = Warsaw.utcMidnight + 33_300
    static let time = "2026-11-27T10:15:00+01:00"

    static func encode(_ record: JournalRecord) -> String {
        JournalCodec.encode(record, calendar: Warsaw.calendar)
    }

    static func decode(_ line: String) throws(RowError) -> JournalRecord {
        var times = Warsaw.parser()
        return try JournalCodec.decode(Data(line.utf8), times: &times)
    }

    static func reason(_ line: String) -> String? {
        do {
            _ = try decode(line)
            return nil
        } catch {
            return error.reason
        }
    }

    // MARK: review

    @Test func evaluationWithScoreTagsAndNote() throws {
        // The note holds quotes, a backslash followed by "n" (not a line break), and a real line break.
        let note = "Zażółć \"gęślą\" jaźń, ścieżka C:\\nagrania\ndrugi wiersz"
        let record = JournalRecord.review(ReviewMark(
            id: "r2", time: Self.t, call: "C1002", agent: "a02", reviewer: "Łucja",
            score: 4, tags: ["greeting", "needs analysis"], note: note))
        let line = Self.encode(record)
        #expect(line == #"{"v":1,"kind":"review","id":"r2","time":"2026-11-27T10:15:00+01:00","call":"C1002","agent":"a02","reviewer":"Łucja","score":4,"tags":["greeting","needs analysis"],"note":"Zażółć \"gęślą\" jaźń, ścieżka C:\\nagrania\ndrugi wiersz"}"#)
        // Still one line.
        #expect(!line.contains("\n"))
        #expect(try Self.decode(line) == record)
        guard case .review(let back) = try Self.decode(line) else {
            Issue.record("not a review")
            return
        }
        #expect(back.note == note)
        #expect(back.note?.split(separator: "\n").count == 2)
    }

    @Test func plainReviewWritesNoScoreTagsOrNoteKeys() throws {
        let record = JournalRecord.review(ReviewMark(id: "r1", time: Self.t, call: "C1", agent: "a1", reviewer: "marta",
                                                     score: nil, tags: [], note: nil))
        let line = Self.encode(record)
        #expect(line == #"{"v":1,"kind":"review","id":"r1","time":"2026-11-27T10:15:00+01:00","call":"C1","agent":"a1","reviewer":"marta"}"#)
        #expect(!line.contains("score") && !line.contains("tags") && !line.contains("note"))
        #expect(try Self.decode(line) == record)
    }

    @Test func scoreAloneWritesOnlyTheScore() throws {
        let record = JournalRecord.review(ReviewMark(id: "r3", time: Self.t, call: "C3", agent: "a3", reviewer: "m",
                                                     score: 3))
        let line = Self.encode(record)
        #expect(line == #"{"v":1,"kind":"review","id":"r3","time":"2026-11-27T10:15:00+01:00","call":"C3","agent":"a3","reviewer":"m","score":3}"#)
        #expect(try Self.decode(line) == record)
    }

    @Test func anEmptyNoteIsWrittenAndReadBackAsEmpty() throws {
        let record = JournalRecord.review(ReviewMark(id: "r4", time: Self.t, call: "C4", agent: "a4", reviewer: "m",
                                                     score: 2, note: ""))
        let line = Self.encode(record)
        #expect(line == #"{"v":1,"kind":"review","id":"r4","time":"2026-11-27T10:15:00+01:00","call":"C4","agent":"a4","reviewer":"m","score":2,"note":""}"#)
        #expect(try Self.decode(line) == record)
    }

    @Test(arguments: [1, 2, 3, 4, 5])
    func everyScoreReadsBack(score: Int) throws {
        let line = #"{"v":1,"kind":"review","id":"r1","time":"2026-11-27T10:15:00+01:00","call":"C1","agent":"a1","reviewer":"m","score":\#(score)}"#
        #expect(try Self.decode(line) == .review(ReviewMark(id: "r1", time: Self.t, call: "C1", agent: "a1",
                                                              reviewer: "m", score: score)))
    }

    @Test func nullScoreTagsAndNoteAreAbsentAndAWholeFloatScoreCounts() throws {
        let nulls = #"{"v":1,"kind":"review","id":"r1","time":"2026-11-27T10:15:00+01:00","call":"C1","agent":"a1","reviewer":"m","score":null,"tags":null,"note":null}"#
        #expect(try Self.decode(nulls) == .review(ReviewMark(id: "r1", time: Self.t, call: "C1", agent: "a1", reviewer: "m")))
        let whole = #"{"v":1,"kind":"review","id":"r1","time":"2026-11-27T10:15:00+01:00","call":"C1","agent":"a1","reviewer":"m","score":5.0,"tags":[]}"#
        #expect(try Self.decode(whole) == .review(ReviewMark(id: "r1", time: Self.t, call: "C1", agent: "a1", reviewer: "m",
                                                               score: 5)))
    }

    static let reviewStart = #"{"v":1,"kind":"review","id":"r1","time":"2026-11-27T10:15:00+01:00","call":"C1","agent":"a1""#

    @Test(arguments: [
        (#","score":0"#, "review record with score '0', not a whole number from 1 to 5"),
        (#","score":6"#, "review record with score '6', not a whole number from 1 to 5"),
        (#","score":-1"#, "review record with score '-1', not a whole number from 1 to 5"),
        (#","score":4.5"#, "review record with score '4.5', not a whole number from 1 to 5"),
        (#","score":"4""#, "review record with score '4', not a whole number from 1 to 5"),
        (#","score":true"#, "review record with score 'true', not a whole number from 1 to 5"),
        (#","score":false"#, "review record with score 'false', not a whole number from 1 to 5"),
        (#","score":[4]"#, "review record with score '[4]', not a whole number from 1 to 5"),
        (#","score":4,"tags":"greeting""#, #"review record with "tags" that is not a list of text"#),
        (#","score":4,"tags":["greeting",3]"#, #"review record with "tags" that is not a list of text"#),
        (#","score":4,"tags":{"greeting":true}"#, #"review record with "tags" that is not a list of text"#),
        (#","score":4,"note":5"#, #"review record with "note" that is not text"#),
        (#","score":4,"note":["dobrze"]"#, #"review record with "note" that is not text"#),
    ] as [(String, String)])
    func rejectsBadEvaluations(extra: String, reason: String) {
        #expect(Self.reason(Self.reviewStart + extra + "}") == reason)
    }

    // MARK: session

    @Test func oneOnOneSessionWithAgentAndNote() throws {
        let record = JournalRecord.session(SessionMark(id: "s1", time: Self.t, item: "K1", agent: "a01", kind: .oneOnOne,
                                                       note: "Omówiliśmy \"obiekcje\"\\cenę", reviewer: "marta"))
        let line = Self.encode(record)
        #expect(line == #"{"v":1,"kind":"session","id":"s1","time":"2026-11-27T10:15:00+01:00","item":"K1","agent":"a01","session":"one-on-one","reviewer":"marta","note":"Omówiliśmy \"obiekcje\"\\cenę"}"#)
        #expect(try Self.decode(line) == record)
    }

    @Test func groupSessionWithoutAgentOrNote() throws {
        // 65 s later: 10:16:05.
        let record = JournalRecord.session(SessionMark(id: "s2", time: Self.t + 65, item: "K2", agent: nil, kind: .group,
                                                       reviewer: "marta"))
        let line = Self.encode(record)
        #expect(line == #"{"v":1,"kind":"session","id":"s2","time":"2026-11-27T10:16:05+01:00","item":"K2","session":"group","reviewer":"marta"}"#)
        #expect(try Self.decode(line) == record)
    }

    @Test func cadenceOneOnOneNamesItsItem() throws {
        let record = JournalRecord.session(SessionMark(id: "s3", time: Self.t, item: "one-on-one:a01", agent: "a01",
                                                       kind: .oneOnOne, reviewer: "marta"))
        let line = Self.encode(record)
        #expect(line == #"{"v":1,"kind":"session","id":"s3","time":"2026-11-27T10:15:00+01:00","item":"one-on-one:a01","agent":"a01","session":"one-on-one","reviewer":"marta"}"#)
        #expect(try Self.decode(line) == record)
    }

    @Test(arguments: [
        ("one-on-one", CoachingKind.oneOnOne),
        ("One on One", .oneOnOne),
        ("1:1", .oneOnOne),
        ("1on1", .oneOnOne),
        ("one_on_one", .oneOnOne),
        ("group", .group),
        ("Team", .group),
        ("group session", .group),
        ("TRAINING", .training),
        ("review", .review),
        ("call-review", .review),
        ("other", .other),
    ] as [(String, CoachingKind)])
    func sessionKindWords(word: String, kind: CoachingKind) throws {
        let line = #"{"v":1,"kind":"session","id":"s1","time":"2026-11-27T10:15:00+01:00","item":"K1","agent":"a1","session":"\#(word)","reviewer":"m"}"#
        #expect(try Self.decode(line) == .session(SessionMark(id: "s1", time: Self.t, item: "K1", agent: "a1", kind: kind,
                                                                reviewer: "m")))
    }

    @Test func emptyOrNullAgentIsTheWholeTeamAndAMissingReviewerIsEmpty() throws {
        let empty = #"{"v":1,"kind":"session","id":"s1","time":"2026-11-27T10:15:00+01:00","item":"K2","agent":"","session":"group"}"#
        let null = #"{"v":1,"kind":"session","id":"s1","time":"2026-11-27T10:15:00+01:00","item":"K2","agent":null,"session":"group","note":null}"#
        let expected = JournalRecord.session(SessionMark(id: "s1", time: Self.t, item: "K2", agent: nil, kind: .group, reviewer: ""))
        #expect(try Self.decode(empty) == expected)
        #expect(try Self.decode(null) == expected)
    }

    @Test(arguments: [
        (#"{"v":1,"kind":"session","id":"s1","time":"2026-11-27T10:15:00+01:00","agent":"a1","session":"1:1"}"#,
         #"session record without "item""#),
        (#"{"v":1,"kind":"session","id":"s1","time":"2026-11-27T10:15:00+01:00","item":"","agent":"a1","session":"1:1"}"#,
         #"session record without "item""#),
        (#"{"v":1,"kind":"session","id":"s1","time":"2026-11-27T10:15:00+01:00","item":"K1","agent":"a1","session":"coffee"}"#,
         "session record with unknown session kind 'coffee'"),
        (#"{"v":1,"kind":"session","id":"s1","time":"2026-11-27T10:15:00+01:00","item":"K1","agent":"a1"}"#,
         #"session record without "session""#),
        (#"{"v":1,"kind":"session","id":"s1","time":"2026-11-27T10:15:00+01:00","item":"K1","agent":7,"session":"1:1"}"#,
         #"session record with "agent" that is not text"#),
        (#"{"v":1,"kind":"session","id":"s1","time":"2026-11-27T10:15:00+01:00","item":"K1","session":"1:1","note":false}"#,
         #"session record with "note" that is not text"#),
        (#"{"v":1,"kind":"session","time":"2026-11-27T10:15:00+01:00","item":"K1","session":"1:1"}"#,
         #"session record without "id""#),
        (#"{"v":1,"kind":"session","id":"s1","time":"tomorrow","item":"K1","session":"1:1"}"#,
         "session record with unreadable time 'tomorrow'"),
    ] as [(String, String)])
    func rejectsBadSessions(line: String, reason: String) {
        #expect(Self.reason(line) == reason)
    }

    // MARK: dismiss, undo, other

    @Test func dismissal() throws {
        let record = JournalRecord.dismiss(DismissMark(id: "x1", time: Self.t, suggestion: "long-pause:a01", agent: "a01",
                                                       reviewer: "marta"))
        let line = Self.encode(record)
        #expect(line == #"{"v":1,"kind":"dismiss","id":"x1","time":"2026-11-27T10:15:00+01:00","suggestion":"long-pause:a01","agent":"a01","reviewer":"marta"}"#)
        #expect(try Self.decode(line) == record)
    }

    @Test func undoOfADismissal() throws {
        // 5 min later: 10:20:00.
        let record = JournalRecord.undo(UndoMark(id: "u1", time: Self.t + 300, target: "x1", reviewer: "marta"))
        let line = Self.encode(record)
        #expect(line == #"{"v":1,"kind":"undo","id":"u1","time":"2026-11-27T10:20:00+01:00","target":"x1","reviewer":"marta"}"#)
        #expect(try Self.decode(line) == record)
    }

    @Test(arguments: [
        (#"{"v":1,"kind":"dismiss","id":"x1","time":"2026-11-27T10:15:00+01:00","agent":"a1","reviewer":"m"}"#,
         #"dismiss record without "suggestion""#),
        (#"{"v":1,"kind":"dismiss","id":"x1","time":"2026-11-27T10:15:00+01:00","suggestion":"","agent":"a1"}"#,
         #"dismiss record without "suggestion""#),
        (#"{"v":1,"kind":"dismiss","id":"x1","time":"2026-11-27T10:15:00+01:00","suggestion":"long-pause:a1"}"#,
         #"dismiss record without "agent""#),
        (#"{"v":1,"kind":"dismiss","id":"x1","suggestion":"long-pause:a1","agent":"a1"}"#,
         #"dismiss record without "time""#),
    ] as [(String, String)])
    func rejectsBadDismissals(line: String, reason: String) {
        #expect(Self.reason(line) == reason)
    }

    @Test(arguments: ["reaction", "Review", "SESSION", "snooze"])
    func unknownKindsAreOther(kind: String) throws {
        // Kinds are matched exactly; whatever else the record holds is not looked at.
        #expect(try Self.decode(#"{"v":1,"kind":"\#(kind)","id":"z","score":99}"#) == .other(kind: kind))
        #expect(Self.encode(.other(kind: kind)) == #"{"v":1,"kind":"\#(kind)"}"#)
    }
}
