import Foundation
import Testing
@testable import CallboardReaders

/// A rotated log is read to its end, then the new one from its start: nothing twice, nothing lost.
@Suite struct LogTailTests {
    static func text(_ r: LogTail.Read) -> String {
        switch r {
        case .unchanged: return "unchanged"
        case .missing: return "missing"
        case .failed(let why): return "failed(\(why))"
        case .bytes(let b): return String(decoding: b, as: UTF8.self)
        }
    }

    /// Reads and commits whole lines, as the queue log reader does.
    static func take(_ tail: LogTail) -> String {
        let r = tail.read()
        guard case .bytes(let b) = r else { return text(r) }
        let end = (b.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
        tail.commit(bytes: end, lines: b[..<end].filter { $0 == 0x0A }.count)
        return String(decoding: b[..<end], as: UTF8.self)
    }

    @Test func renameRotationFinishesTheOldFileFirst() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("queue_log", "1\n2\n")
        let tail = LogTail(path: dir.path("queue_log"))
        #expect(Self.take(tail) == "1\n2\n")
        // The PBX writes one more line, then logrotate renames the file and a new one starts.
        try dir.append("queue_log", "3\n")
        try FileManager.default.moveItem(atPath: dir.path("queue_log"), toPath: dir.path("queue_log.1"))
        try dir.write("queue_log", "4\n")
        #expect(Self.take(tail) == "3\n")
        #expect(Self.take(tail) == "4\n")
        #expect(Self.take(tail) == "unchanged")
        #expect(tail.line == 2)
    }

    @Test func aTornLineInTheRotatedFileDoesNotBlockTheNewOne() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("queue_log", "1\n")
        let tail = LogTail(path: dir.path("queue_log"))
        #expect(Self.take(tail) == "1\n")
        try dir.append("queue_log", "2|torn")
        try FileManager.default.moveItem(atPath: dir.path("queue_log"), toPath: dir.path("queue_log.1"))
        try dir.write("queue_log", "3\n")
        // The torn line is offered once, cannot be finished, and is left behind.
        #expect(Self.take(tail) == "")
        #expect(Self.take(tail) == "3\n")
    }

    @Test func copytruncateGoesOnFromTheNewStart() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("queue_log", "1\n2\n3\n")
        let tail = LogTail(path: dir.path("queue_log"))
        #expect(Self.take(tail) == "1\n2\n3\n")
        try dir.truncate("queue_log", to: "4\n")
        #expect(Self.take(tail) == "4\n")
        try dir.append("queue_log", "5\n")
        #expect(Self.take(tail) == "5\n")
    }

    @Test func copytruncateWrittenPastTheOldSizeIsReadFromTheStartOnce() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let old = "1290001234|1290001234.12|q1|SIP/2001|ADDMEMBER|\n"   // 48 bytes
        try dir.write("queue_log", old)
        let tail = LogTail(path: dir.path("queue_log"))
        #expect(Self.take(tail) == old)
        #expect(tail.offset == 48 && tail.line == 2)
        // copytruncate, then the busy PBX writes 2 × 48 = 96 bytes before the next read: the
        // file is the same inode and longer than the old offset, but starts differently.
        let first = "1290009000|1290009000.31|q1|SIP/2002|ADDMEMBER|\n"
        let second = "1290009005|1290009005.32|q1|SIP/2003|ADDMEMBER|\n"
        let before = inode(dir.path("queue_log"))
        try dir.truncate("queue_log", to: first + second)
        #expect(inode(dir.path("queue_log")) == before)
        #expect(Self.take(tail) == first + second)
        #expect(tail.offset == 96 && tail.line == 3)
        // Nothing is read twice: the next read finds nothing, then only what is appended.
        #expect(Self.take(tail) == "unchanged")
        try dir.append("queue_log", "3\n")
        #expect(Self.take(tail) == "3\n")
        #expect(tail.offset == 98 && tail.line == 4)
    }

    @Test func aShortLogIsFingerprintedOnTheBytesItHas() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        // 4 bytes: the fingerprint is those 4, not 32.
        try dir.write("queue_log", "1\n2\n")
        let tail = LogTail(path: dir.path("queue_log"))
        #expect(Self.take(tail) == "1\n2\n")
        // Appends keep the first 4 bytes: only the new bytes come, and the fingerprint grows.
        try dir.append("queue_log", "3\n")
        #expect(Self.take(tail) == "3\n")
        try dir.append("queue_log", "4\n")
        #expect(Self.take(tail) == "4\n")
        // Truncated and rewritten to 10 bytes, past the old offset of 8: its start differs.
        try dir.truncate("queue_log", to: "5\n6\n7\n8\n9\n")
        #expect(Self.take(tail) == "5\n6\n7\n8\n9\n")
        #expect(tail.offset == 10 && tail.line == 6)
        #expect(Self.take(tail) == "unchanged")
    }

    @Test func anAppendReadsOnlyTheAppendedBytes() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let line = "1290001234|1290001234.12|q1|SIP/2001|ADDMEMBER|\n"   // 48 bytes
        try dir.write("queue_log", line)
        let tail = LogTail(path: dir.path("queue_log"))
        #expect(Self.take(tail) == line)
        try dir.append("queue_log", line + line)
        #expect(Self.take(tail) == line + line)
        #expect(tail.offset == 144 && tail.line == 4)
        // An unfinished line is offered again until it is whole, never from the start.
        try dir.append("queue_log", "1290001300|")
        #expect(Self.take(tail) == "")
        try dir.append("queue_log", "x\n")
        #expect(Self.take(tail) == "1290001300|x\n")
        #expect(tail.offset == 157 && tail.line == 5)
    }

    @Test func renameRotationIsNotTakenForATruncation() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("queue_log", "1\n2\n")
        let tail = LogTail(path: dir.path("queue_log"))
        #expect(Self.take(tail) == "1\n2\n")
        // The new file is longer than the old offset and starts differently; the old one is
        // still finished first, through its own descriptor, and the new one read once.
        try dir.append("queue_log", "3\n")
        try FileManager.default.moveItem(atPath: dir.path("queue_log"), toPath: dir.path("queue_log.1"))
        try dir.write("queue_log", "40\n50\n60\n")
        #expect(Self.take(tail) == "3\n")
        #expect(Self.take(tail) == "40\n50\n60\n")
        #expect(Self.take(tail) == "unchanged")
        #expect(tail.offset == 9 && tail.line == 4)
    }

    @Test func readsInChunksWithLinesAcrossTheirEdges() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("queue_log", "first\nsecond line\nthird\n")
        let tail = LogTail(path: dir.path("queue_log"))
        var lines: [String] = []
        // 8 bytes at a time: "first\nse" → "first\n"; then "second l" has no line end yet…
        for _ in 0..<10 {
            guard case .bytes(let b) = tail.read(limit: 8) else { break }
            let end = (b.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
            if end == 0 {
                // A line longer than the chunk: read it with a bigger one, as the reader's next round would.
                guard case .bytes(let whole) = tail.read(limit: 64) else { break }
                let e = whole.lastIndex(of: 0x0A)! + 1
                lines += String(decoding: whole[..<e], as: UTF8.self).split(separator: "\n").map(String.init)
                tail.commit(bytes: e, lines: whole[..<e].filter { $0 == 0x0A }.count)
                continue
            }
            lines += String(decoding: b[..<end], as: UTF8.self).split(separator: "\n").map(String.init)
            tail.commit(bytes: end, lines: b[..<end].filter { $0 == 0x0A }.count)
        }
        #expect(lines == ["first", "second line", "third"])
        #expect(tail.offset == 24 && tail.line == 4)   // 6 + 12 + 6 bytes
    }

    @Test func aMissingLogAppearsLater() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let tail = LogTail(path: dir.path("queue_log"))
        #expect(Self.take(tail) == "missing")
        try dir.write("queue_log", "1\n")
        #expect(Self.take(tail) == "1\n")
    }
}
