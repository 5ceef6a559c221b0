import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

@Suite struct JournalCodecTests {
    /// 2026-11-27 10:15:00 CET = 09:15 UTC.
    static let t = Warsaw.utcMidnight + 33_300

    static let review = JournalRecord.review(ReviewMark(id: "r1", time: t, call: "C1001", agent: "a01", reviewer: "marta"))
    static let reviewLine = #"{"v":1,"kind":"review","id":"r1","time":"2026-11-27T10:15:00+01:00","call":"C1001","agent":"a01","reviewer":"marta"}"#

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

    @Test func fileName() {
        #expect(JournalCodec.file == "reviews.jsonl")
    }

    @Test func encodesAReviewWithKeysInOrder() throws {
        #expect(JournalCodec.encode(Self.review, calendar: Warsaw.calendar) == Self.reviewLine)
        #expect(try Self.decode(Self.reviewLine) == Self.review)
    }

    @Test func encodesAnUndo() throws {
        // 65 s later: 10:16:05.
        let undo = JournalRecord.undo(UndoMark(id: "u1", time: Self.t + 65, target: "r1", reviewer: "marta"))
        let line = #"{"v":1,"kind":"undo","id":"u1","time":"2026-11-27T10:16:05+01:00","target":"r1","reviewer":"marta"}"#
        #expect(JournalCodec.encode(undo, calendar: Warsaw.calendar) == line)
        #expect(try Self.decode(line) == undo)
    }

    @Test func encodesAnUnknownKindWithItsVersionOnly() {
        #expect(JournalCodec.encode(.other(kind: "note"), calendar: Warsaw.calendar) == #"{"v":1,"kind":"note"}"#)
    }

    @Test(arguments: [
        // Summer: 2026-07-01 10:00 UTC is 12:00 CEST.
        ("Europe/Warsaw", 1_782_900_000, "2026-07-01T12:00:00+02:00"),
        // 09:15 UTC is 04:15 in New York (EST, −5).
        ("America/New_York", Warsaw.utcMidnight + 33_300, "2026-11-27T04:15:00-05:00"),
        // ... and 14:45 in India (+5:30).
        ("Asia/Kolkata", Warsaw.utcMidnight + 33_300, "2026-11-27T14:45:00+05:30"),
        // 00:30 UTC on 2026-10-25 is 02:30 CEST, the first 02:30 of that night.
        ("Europe/Warsaw", 1_792_888_200, "2026-10-25T02:30:00+02:00"),
        // 01:30 UTC is the second 02:30, in CET.
        ("Europe/Warsaw", 1_792_891_800, "2026-10-25T02:30:00+01:00"),
    ] as [(String, Int, String)])
    func timeCarriesTheWritersOffset(zone: String, instant: Int, expected: String) throws {
        let calendar = LocalCalendar(timeZone: TimeZone(identifier: zone)!)
        let record = JournalRecord.review(ReviewMark(id: "r", time: instant, call: "c", agent: "a", reviewer: "m"))
        let line = JournalCodec.encode(record, calendar: calendar)
        #expect(line == #"{"v":1,"kind":"review","id":"r","time":"\#(expected)","call":"c","agent":"a","reviewer":"m"}"#)
        // Whatever zone wrote it, the reader gets the same instant back.
        #expect(try Self.decode(line) == record)
    }

    @Test func escapesQuotesBackslashesControlsAndKeepsPolishLetters() throws {
        let record = JournalRecord.review(ReviewMark(
            id: "a\"b\\c", time: Self.t, call: "l1\nl2\rl3\tl4", agent: "\u{01}\u{1F}\u{7F}\u{2028}\u{2029}",
            reviewer: "Żółć Łódź"))
        let line = JournalCodec.encode(record, calendar: Warsaw.calendar)
        #expect(line == #"{"v":1,"kind":"review","id":"a\"b\\c","time":"2026-11-27T10:15:00+01:00","call":"l1\nl2\rl3\tl4","agent":"\u0001\u001f\u007f\u2028\u2029","reviewer":"Żółć Łódź"}"#)
        // One line, whatever the values hold.
        #expect(!line.contains("\n"))
        #expect(try Self.decode(line) == record)
    }

    @Test func decodesTheDocumentedExamples() throws {
        let review = #"{"v":1,"kind":"review","id":"0c5e8a52","time":"2026-11-27T09:30:00+01:00","call":"C1001","agent":"a01","reviewer":"marta"}"#
        // 09:30 CET = 08:30 UTC = midnight + 30 600.
        #expect(try Self.decode(review) == .review(ReviewMark(id: "0c5e8a52", time: Warsaw.utcMidnight + 30_600,
                                                               call: "C1001", agent: "a01", reviewer: "marta")))
        let undo = #"{"v":1,"kind":"undo","id":"7d1c","time":"2026-11-27T09:31:10+01:00","target":"0c5e8a52","reviewer":"marta"}"#
        #expect(try Self.decode(undo) == .undo(UndoMark(id: "7d1c", time: Warsaw.utcMidnight + 30_670,
                                                         target: "0c5e8a52", reviewer: "marta")))
    }

    @Test func unknownKindsAndNewerVersionsAreKeptAsOther() throws {
        #expect(try Self.decode(#"{"v":2,"kind":"note","text":"hi"}"#) == .other(kind: "note"))
    }

    @Test func missingReviewerIsEmpty() throws {
        let line = #"{"v":1,"kind":"review","id":"r1","time":"2026-11-27T10:15:00+01:00","call":"C1","agent":"a1"}"#
        #expect(try Self.decode(line) == .review(ReviewMark(id: "r1", time: Self.t, call: "C1", agent: "a1", reviewer: "")))
    }

    @Test(arguments: [
        (#"[1,2]"#, "not a JSON object"),
        (#"{"v":1,"kind":"review"} {"v":1"#, "torn or invalid record (not JSON), ignored"),
        // A bare JSON value parses, but is not an object.
        (#""review""#, "not a JSON object"),
        ("[]", "not a JSON object"),
        (#"{"v":1,"kind":"rev"#, "torn or invalid record (not JSON), ignored"),
        ("", "torn or invalid record (not JSON), ignored"),
        (#"{"kind":"review"}"#, #"record without schema version "v""#),
        (#"{"v":0,"kind":"review"}"#, #"record without schema version "v""#),
        (#"{"v":"1","kind":"review"}"#, #"record without schema version "v""#),
        (#"{"v":1}"#, #"record without "kind""#),
        (#"{"v":1,"kind":"review","time":"2026-11-27T10:15:00+01:00","call":"C1","agent":"a1"}"#, #"review record without "id""#),
        (#"{"v":1,"kind":"review","id":"","time":"2026-11-27T10:15:00+01:00","call":"C1","agent":"a1"}"#, #"review record without "id""#),
        (#"{"v":1,"kind":"review","id":"r1","call":"C1","agent":"a1"}"#, #"review record without "time""#),
        (#"{"v":1,"kind":"review","id":"r1","time":"soon","call":"C1","agent":"a1"}"#, "review record with unreadable time 'soon'"),
        (#"{"v":1,"kind":"review","id":"r1","time":"2026-11-27T10:15:00+01:00","agent":"a1"}"#, #"review record without "call""#),
        (#"{"v":1,"kind":"review","id":"r1","time":"2026-11-27T10:15:00+01:00","call":"C1"}"#, #"review record without "agent""#),
        (#"{"v":1,"kind":"undo","id":"u1","time":"2026-11-27T10:15:00+01:00"}"#, #"undo record without "target""#),
    ] as [(String, String)])
    func rejectsBadRecords(line: String, reason: String) {
        #expect(Self.reason(line) == reason)
    }
}
