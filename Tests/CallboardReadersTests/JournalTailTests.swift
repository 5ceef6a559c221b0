import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

@Suite struct JournalTailTests {
    /// 2026-11-27 10:15:00 CET.
    static let t = Warsaw.utcMidnight + 33_300

    static func mark(_ id: String) -> JournalRecord {
        .review(ReviewMark(id: id, time: t, call: "C-\(id)", agent: "a1", reviewer: "marta"))
    }

    static func line(_ record: JournalRecord) -> String {
        JournalCodec.encode(record, calendar: Warsaw.calendar) + "\n"
    }

    static let torn = #"{"v":1,"kind":"rev"#

    final class Reader {
        let tail: JournalTail
        var times = Warsaw.parser()
        var problems = ProblemLog()

        init(_ path: String) { tail = JournalTail(path: path) }

        func read() -> (JournalTail.Status, [JournalRecord]) {
            var records: [JournalRecord] = []
            let status = tail.read(times: &times, problems: &problems) { records.append($0) }
            return (status, records)
        }

        var reported: [String] { problems.items.map(\.description) }
    }

    @Test func tornLineBetweenRecordsIsReportedWithItsLineAndSkipped() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("reviews.jsonl", Self.line(Self.mark("r1")) + Self.torn + "\n" + Self.line(Self.mark("r2")))
        let reader = Reader(dir.path("reviews.jsonl"))
        #expect(reader.read() == (.read, [Self.mark("r1"), Self.mark("r2")]))
        #expect(reader.reported == ["reviews.jsonl:2: torn or invalid record (not JSON), ignored"])
    }

    @Test func tornLastLineWaitsThenIsReportedWhenTheNextRecordArrives() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("reviews.jsonl")
        try dir.write("reviews.jsonl", Self.line(Self.mark("r1")) + Self.torn)
        let reader = Reader(path)
        #expect(reader.read() == (.read, [Self.mark("r1")]))
        #expect(reader.reported.isEmpty)
        #expect(reader.read().0 == .read)

        // The writer puts the next record on a line of its own.
        try ReviewJournal(path: path, calendar: Warsaw.calendar).append(Self.mark("r2"))
        #expect(reader.read() == (.read, [Self.mark("r2")]))
        #expect(reader.reported == ["reviews.jsonl:2: torn or invalid record (not JSON), ignored"])

        try ReviewJournal(path: path, calendar: Warsaw.calendar).append(Self.mark("r3"))
        #expect(reader.read() == (.read, [Self.mark("r3")]))
        #expect(reader.read() == (.unchanged, []))
        // Still the one problem; line numbers went on counting (r3 is line 4).
        #expect(reader.problems.count == 1)
        try dir.append("reviews.jsonl", "{}\n")
        _ = reader.read()
        #expect(reader.reported.last == #"reviews.jsonl:5: record without schema version "v""#)
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let bad = #"{"v":1,"kind":"review","id":"x","time":"later","call":"C","agent":"a1"}"#
        try dir.write("reviews.jsonl", "\n  \r\n" + Self.line(Self.mark("r1")) + bad + "\n")
        let reader = Reader(dir.path("reviews.jsonl"))
        #expect(reader.read() == (.read, [Self.mark("r1")]))
        #expect(reader.reported == ["reviews.jsonl:4: review record with unreadable time 'later'"])
    }

    @Test func missingTruncatedAndReset() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let reader = Reader(dir.path("reviews.jsonl"))
        #expect(reader.read() == (.missing, []))
        try dir.write("reviews.jsonl", Self.line(Self.mark("r1")) + Self.line(Self.mark("r2")))
        #expect(reader.read() == (.read, [Self.mark("r1"), Self.mark("r2")]))
        try dir.truncate("reviews.jsonl", to: Self.line(Self.mark("r3")))
        #expect(reader.read() == (.restarted, []))
        reader.tail.reset()
        #expect(reader.read() == (.read, [Self.mark("r3")]))
    }
}
