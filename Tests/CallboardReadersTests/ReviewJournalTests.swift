import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

@Suite struct ReviewJournalTests {
    /// 2026-11-27 10:15:00 CET.
    static let t = Warsaw.utcMidnight + 33_300

    static func mark(_ id: String, _ call: String = "C1") -> JournalRecord {
        .review(ReviewMark(id: id, time: t, call: call, agent: "a1", reviewer: "marta"))
    }

    static func line(_ record: JournalRecord) -> String {
        JournalCodec.encode(record, calendar: Warsaw.calendar) + "\n"
    }

    @Test func appendCreatesTheFileAndAddsWholeLines() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let journal = ReviewJournal(path: dir.path("reviews.jsonl"), calendar: Warsaw.calendar)
        try journal.append(Self.mark("r1"))
        #expect(try dir.read("reviews.jsonl") == Self.line(Self.mark("r1")))
        let undo = JournalRecord.undo(UndoMark(id: "u1", time: Self.t + 5, target: "r1", reviewer: "marta"))
        try journal.append(undo)
        #expect(try dir.read("reviews.jsonl") == Self.line(Self.mark("r1")) + Self.line(undo))
    }

    @Test func appendToAnEmptyFileAddsNoBlankLine() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("reviews.jsonl", "")
        try ReviewJournal(path: dir.path("reviews.jsonl"), calendar: Warsaw.calendar).append(Self.mark("r1"))
        #expect(try dir.read("reviews.jsonl") == Self.line(Self.mark("r1")))
    }

    @Test func recordAfterATornLineStartsOnANewLine() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let torn = #"{"v":1,"kind":"rev"#
        try dir.write("reviews.jsonl", Self.line(Self.mark("r1")) + torn)
        try ReviewJournal(path: dir.path("reviews.jsonl"), calendar: Warsaw.calendar).append(Self.mark("r2"))
        #expect(try dir.read("reviews.jsonl") == Self.line(Self.mark("r1")) + torn + "\n" + Self.line(Self.mark("r2")))
    }

    /// Errors seen by the writer threads.
    final class Errors: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [String] = []
        func add(_ s: String) { lock.withLock { items.append(s) } }
        var all: [String] { lock.withLock { items } }
    }

    @Test func concurrentAppendsNeverTearOrLoseARecord() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let journal = ReviewJournal(path: dir.path("reviews.jsonl"), calendar: Warsaw.calendar)
        let errors = Errors()
        // 8 threads × 50 records = 400.
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            for i in 0..<50 {
                do {
                    try journal.append(Self.mark("t\(thread)-r\(i)", "C\(thread)-\(i)"))
                } catch {
                    errors.add("\(error)")
                }
            }
        }
        #expect(errors.all == [])
        let text = try dir.read("reviews.jsonl")
        #expect(text.hasSuffix("\n"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 400)
        var times = Warsaw.parser()
        var ids: Set<String> = []
        for line in lines {
            do {
                if case .review(let mark) = try JournalCodec.decode(Data(line.utf8), times: &times) {
                    ids.insert(mark.id)
                }
            } catch {
                Issue.record("unreadable line \(line): \(error.reason)")
            }
        }
        #expect(ids.count == 400)
        #expect(ids.contains("t0-r0") && ids.contains("t7-r49"))
    }

    @Test func parentThatIsARegularFileThrows() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("plain", "x")
        let journal = ReviewJournal(path: dir.path("plain") + "/reviews.jsonl", calendar: Warsaw.calendar)
        #expect(throws: ReviewJournal.WriteError(description: "cannot open reviews.jsonl: Not a directory")) {
            try journal.append(Self.mark("r1"))
        }
    }

    @Test func readOnlyDirectoryThrowsUnlessRoot() throws {
        let dir = try TemporaryDirectory()
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path)
            dir.remove()
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: dir.path)
        let journal = ReviewJournal(path: dir.path("reviews.jsonl"), calendar: Warsaw.calendar)
        if geteuid() == 0 {
            // Permissions do not stop root; `parentThatIsARegularFileThrows` covers the failure for root.
            try journal.append(Self.mark("r1"))
            #expect(try dir.read("reviews.jsonl") == Self.line(Self.mark("r1")))
        } else {
            #expect(throws: ReviewJournal.WriteError(description: "cannot open reviews.jsonl: Permission denied")) {
                try journal.append(Self.mark("r1"))
            }
            #expect(!FileManager.default.fileExists(atPath: dir.path("reviews.jsonl")))
        }
    }
}
