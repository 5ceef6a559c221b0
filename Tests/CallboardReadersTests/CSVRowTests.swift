import CallboardModel
import Testing
@testable import CallboardReaders

@Suite struct CSVRowTests {
    /// Facts about the single record of `text`, gathered while the row is alive.
    struct Facts: Equatable {
        var count = 0
        var empty: [Bool] = []
        var nonEmpty: [String?] = []
        var byteCounts: [Int?] = []
        var line = 0
    }

    func facts(_ text: String, probe: Int) -> Facts {
        let bytes = Array(text.utf8)
        var facts = Facts()
        _ = bytes.withUnsafeBufferPointer { buffer in
            CSVScanner(delimiter: 0x2C).scan(buffer, firstLine: 7, onRecord: { row in
                facts.count = row.count
                facts.line = row.line
                for i in 0..<probe {
                    facts.empty.append(row.isEmpty(i))
                    facts.nonEmpty.append(row.nonEmptyString(i))
                    facts.byteCounts.append(row.bytes(i)?.count)
                }
            })
        }
        return facts
    }

    @Test func fieldAccessorsTrimAndReportAbsentFields() {
        // Fields: "a", "  " (blank), "" (quoted empty), " x " (quoted, kept), then nothing.
        let f = facts("a,  ,\"\",\" x \"\n", probe: 5)
        #expect(f.count == 4)
        #expect(f.line == 7)
        #expect(f.empty == [false, true, true, false, true])
        #expect(f.nonEmpty == ["a", nil, nil, " x ", nil])
        #expect(f.byteCounts == [1, 0, 0, 3, nil])
    }

    @Test func bytesKeepDoubledQuotesWhileStringUnescapesThem() {
        let bytes = Array("\"a\"\"b\"\n".utf8)
        var raw = ""
        var text = ""
        _ = bytes.withUnsafeBufferPointer { buffer in
            CSVScanner(delimiter: 0x2C).scan(buffer, firstLine: 1, onRecord: { row in
                raw = String(decoding: row.bytes(0)!, as: UTF8.self)
                text = row.string(0)!
            })
        }
        #expect(raw == "a\"\"b")
        #expect(text == "a\"b")
    }

    @Test func negativeIndexIsAbsent() {
        let bytes = Array("a\n".utf8)
        var results: [Bool] = []
        _ = bytes.withUnsafeBufferPointer { buffer in
            CSVScanner(delimiter: 0x2C).scan(buffer, firstLine: 1, onRecord: { row in
                results = [row.string(-1) == nil, row.bytes(-1) == nil, row.isEmpty(-1)]
            })
        }
        #expect(results == [true, true, true])
    }
}
