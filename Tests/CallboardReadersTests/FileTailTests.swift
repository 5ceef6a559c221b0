import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

@Suite struct FileTailTests {
    /// A `Read` as text, so it can be compared.
    static func show(_ read: FileTail.Read) -> String {
        switch read {
        case .unchanged: return "unchanged"
        case .missing: return "missing"
        case .failed(let why): return "failed(\(why))"
        case .bytes(let bytes, let restarted):
            return "bytes(\(String(decoding: bytes, as: UTF8.self).debugDescription), restarted: \(restarted))"
        }
    }

    static func bytes(_ text: String, restarted: Bool = false) -> String {
        "bytes(\(text.debugDescription), restarted: \(restarted))"
    }

    @Test func firstReadThenOnlyAppendedBytes() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("f.csv", "abc\nde\n")
        let tail = FileTail(path: dir.path("f.csv"))
        #expect(tail.offset == 0 && tail.line == 1)
        #expect(Self.show(tail.read()) == Self.bytes("abc\nde\n"))
        // Nothing is consumed until the caller commits.
        #expect(tail.offset == 0)
        tail.commit(bytes: 7, lines: 2)
        #expect(tail.offset == 7 && tail.line == 3)
        #expect(Self.show(tail.read()) == "unchanged")

        try dir.append("f.csv", "fg\n")
        #expect(Self.show(tail.read()) == Self.bytes("fg\n"))
        // Uncommitted bytes come again.
        #expect(Self.show(tail.read()) == Self.bytes("fg\n"))
        tail.commit(bytes: 3, lines: 1)
        #expect(tail.offset == 10 && tail.line == 4)
        #expect(Self.show(tail.read()) == "unchanged")
    }

    @Test func partialLastLineIsReadAgainUntilCommitted() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("f.csv", "ab\ncd")
        let tail = FileTail(path: dir.path("f.csv"))
        #expect(Self.show(tail.read()) == Self.bytes("ab\ncd"))
        tail.commit(bytes: 3, lines: 1)
        #expect(Self.show(tail.read()) == Self.bytes("cd"))
        try dir.append("f.csv", "e\n")
        #expect(Self.show(tail.read()) == Self.bytes("cde\n"))
        #expect(tail.offset == 3 && tail.line == 2)
    }

    @Test func truncatedFileRestartsFromTheBeginning() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("f.csv", "abcdef\n")
        let tail = FileTail(path: dir.path("f.csv"))
        _ = tail.read()
        tail.commit(bytes: 7, lines: 1)
        let before = inode(dir.path("f.csv"))
        try dir.truncate("f.csv", to: "x\n")
        #expect(inode(dir.path("f.csv")) == before)
        // 2 bytes < offset 7: the whole file again, flagged as a restart.
        #expect(Self.show(tail.read()) == Self.bytes("x\n", restarted: true))
        #expect(tail.offset == 0 && tail.line == 1)
        // The restart is reported once; the same bytes are plain bytes next time.
        #expect(Self.show(tail.read()) == Self.bytes("x\n"))
    }

    @Test func truncatedAndRewrittenPastTheOffsetRestarts() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("f.csv", "id,x\n1,aaaa\n")
        let tail = FileTail(path: dir.path("f.csv"))
        _ = tail.read()
        tail.commit(bytes: 12, lines: 2)
        let before = inode(dir.path("f.csv"))
        // copytruncate, then new rows longer than the old file before the next read:
        // same inode, size 21 >= offset 12, but the bytes before offset 12 changed.
        try dir.truncate("f.csv", to: "id,x\n2,bbbbbbbbbbbbb\n")
        #expect(inode(dir.path("f.csv")) == before)
        #expect(Self.show(tail.read()) == Self.bytes("id,x\n2,bbbbbbbbbbbbb\n", restarted: true))
        tail.commit(bytes: 21, lines: 2)
        // Plain appends after that are still only the appended bytes.
        try dir.append("f.csv", "3,c\n")
        #expect(Self.show(tail.read()) == Self.bytes("3,c\n"))
    }

    @Test func replacedFileRestartsEvenWhenLonger() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("f.csv", "one\n")
        let tail = FileTail(path: dir.path("f.csv"))
        _ = tail.read()
        tail.commit(bytes: 4, lines: 1)
        let before = inode(dir.path("f.csv"))
        try dir.replace("f.csv", with: "one\ntwo\n")
        #expect(inode(dir.path("f.csv")) != before)
        #expect(Self.show(tail.read()) == Self.bytes("one\ntwo\n", restarted: true))
        #expect(tail.offset == 0)
    }

    @Test func replacedByAnEmptyFileRestarts() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("f.csv", "one\n")
        let tail = FileTail(path: dir.path("f.csv"))
        _ = tail.read()
        tail.commit(bytes: 4, lines: 1)
        try dir.replace("f.csv", with: "")
        #expect(Self.show(tail.read()) == Self.bytes("", restarted: true))
        #expect(Self.show(tail.read()) == "unchanged")
    }

    @Test func missingFileThenCreatedThenRemoved() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let tail = FileTail(path: dir.path("f.csv"))
        #expect(Self.show(tail.read()) == "missing")
        #expect(Self.show(tail.read()) == "missing")
        try dir.write("f.csv", "a\n")
        // Not a restart: nothing was read before.
        #expect(Self.show(tail.read()) == Self.bytes("a\n"))
        tail.commit(bytes: 2, lines: 1)
        try FileManager.default.removeItem(atPath: dir.path("f.csv"))
        // A file that vanished is a restart (forget its rows), then simply missing.
        #expect(Self.show(tail.read()) == Self.bytes("", restarted: true))
        #expect(tail.offset == 0 && tail.line == 1)
        #expect(Self.show(tail.read()) == "missing")
    }

    @Test func emptyFileIsUnchanged() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("f.csv", "")
        let tail = FileTail(path: dir.path("f.csv"))
        #expect(Self.show(tail.read()) == "unchanged")
        try dir.append("f.csv", "a")
        #expect(Self.show(tail.read()) == Self.bytes("a"))
    }

    @Test func pathThroughARegularFileIsMissing() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("plain", "x")
        let tail = FileTail(path: dir.path("plain") + "/f.csv")
        #expect(Self.show(tail.read()) == "missing")
    }

    @Test func directoryFails() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let tail = FileTail(path: dir.path)
        #expect(Self.show(tail.read()) == "failed(is a directory)")
    }

    @Test func resetReadsFromTheStartWithoutARestart() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("f.csv", "a\nb\n")
        let tail = FileTail(path: dir.path("f.csv"))
        _ = tail.read()
        tail.commit(bytes: 4, lines: 2)
        tail.reset()
        #expect(tail.offset == 0 && tail.line == 1)
        #expect(Self.show(tail.read()) == Self.bytes("a\nb\n"))
    }
}
