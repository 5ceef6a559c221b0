import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

/// A file is read in pieces (4 MB; here a few bytes): whatever the piece size, the same rows
/// arrive once each, with the same line numbers and problems — across a quoted field with
/// line breaks, a record longer than a piece, UTF-16 and a code page.
@Suite struct CSVTableTailChunkTests {
    struct Read: Equatable {
        var rows: [ScannedRecord] = []
        var problems: [String] = []
        var encoding: TextEncoding?
        var pending = 0
    }

    static func read(_ bytes: [UInt8], chunk: Int) throws -> Read {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("t.csv", bytes: bytes)
        let table = CSVTableTail(path: dir.path("t.csv"), name: "t.csv", required: ["id"])
        table.chunk = chunk
        var problems = ProblemLog()
        var out = Read()
        _ = table.read(problems: &problems) { row, _ in
            out.rows.append(ScannedRecord(row.line, (0..<row.count).map { row.string($0) ?? "" }))
        }
        out.problems = problems.items.map(\.description)
        out.encoding = table.encoding
        out.pending = table.pendingBytes
        return out
    }

    static let text = "id;name;note\n1;Anna;\"two\nlines\"\n2;Łukasz;" + String(repeating: "x", count: 40) + "\n3;\"Żaneta \"\"Ż\"\"\";ok\n4;last;unfinished"

    @Test(arguments: [
        ("UTF-8", Array(text.utf8)),
        ("UTF-8 with BOM and sep=", [0xEF, 0xBB, 0xBF] + Array(("sep=;\n" + text).utf8)),
        ("Windows-1250", windows1250(text)),
        ("UTF-16 LE", [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
    ] as [(String, [UInt8])])
    func everyPieceSizeReadsTheSame(name: String, bytes: [UInt8]) throws {
        let whole = try Self.read(bytes, chunk: 1 << 20)
        #expect(whole.rows.count == 3, "\(name)")  // the fourth has no line break yet
        #expect(whole.rows.last?.fields == ["3", "Żaneta \"Ż\"", "ok"])
        #expect(whole.pending > 0)
        for chunk in [1, 2, 3, 5, 7, 16, 33] {
            #expect(try Self.read(bytes, chunk: chunk) == whole, "\(name), pieces of \(chunk)")
        }
    }

    /// The text in Windows-1250, from the code page's table.
    static func windows1250(_ s: String) -> [UInt8] {
        s.unicodeScalars.map { u in
            if u.value < 0x80 { return UInt8(u.value) }
            let i = TextDecoding.windows1250.firstIndex(of: UInt16(u.value))!
            return UInt8(0x80 + i)
        }
    }
}
