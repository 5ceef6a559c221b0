import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

@Suite struct CSVTableTailTests {
    static let header = "time,agent,state\n"

    static func read(_ table: CSVTableTail, _ problems: inout ProblemLog) -> (CSVTableTail.Status, [ScannedRecord]) {
        var rows: [ScannedRecord] = []
        let status = table.read(problems: &problems) { row, _ in
            rows.append(ScannedRecord(row.line, (0..<row.count).map { row.string($0) ?? "<nil>" }))
        }
        return (status, rows)
    }

    static func table(_ dir: TemporaryDirectory) -> CSVTableTail {
        CSVTableTail(path: dir.path("status.csv"), name: "status.csv", required: StatusTable.required)
    }

    @Test func firstReadThenOnlyAppendedRows() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("status.csv", Self.header + "09:00,a1,pause\n09:05,a2,call\n")
        let table = Self.table(dir)
        var problems = ProblemLog()
        let (status, rows) = Self.read(table, &problems)
        #expect(status == .read)
        #expect(rows == [ScannedRecord(2, ["09:00", "a1", "pause"]), ScannedRecord(3, ["09:05", "a2", "call"])])
        #expect(table.columns == ColumnMap(names: ["time", "agent", "state"], delimiter: 0x2C))
        #expect(!table.unusable)

        let (again, none) = Self.read(table, &problems)
        #expect(again == .unchanged)
        #expect(none.isEmpty)

        try dir.append("status.csv", "09:10,a1,available\n")
        let (appended, new) = Self.read(table, &problems)
        #expect(appended == .read)
        #expect(new == [ScannedRecord(4, ["09:10", "a1", "available"])])
        #expect(problems.count == 0)
    }

    @Test func partialLastLineWaitsForItsLineBreak() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("status.csv", Self.header + "09:00,a1,pause\n09:05,a2,ca")
        let table = Self.table(dir)
        var problems = ProblemLog()
        #expect(Self.read(table, &problems).1 == [ScannedRecord(2, ["09:00", "a1", "pause"])])
        try dir.append("status.csv", "l")
        let (status, rows) = Self.read(table, &problems)
        #expect(status == .read)
        #expect(rows.isEmpty)
        try dir.append("status.csv", "l\n09:06,a3,wrap\n")
        #expect(Self.read(table, &problems).1 == [ScannedRecord(3, ["09:05", "a2", "call"]), ScannedRecord(4, ["09:06", "a3", "wrap"])])
    }

    @Test func headerStillBeingWrittenWaits() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("status.csv", "time;age")
        let table = Self.table(dir)
        var problems = ProblemLog()
        #expect(Self.read(table, &problems) == (.read, []))
        #expect(table.columns == nil)
        try dir.append("status.csv", "nt;state\n09:00;a1;pause\n")
        #expect(Self.read(table, &problems).1 == [ScannedRecord(2, ["09:00", "a1", "pause"])])
        #expect(table.columns?.delimiter == 0x3B)
        #expect(problems.count == 0)
    }

    @Test func byteOrderMarkBeforeAQuotedHeaderIsSkipped() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("status.csv", "\u{FEFF}\"time\";\"agent\";state\r\n09:00;a1;pause\r\n")
        let table = Self.table(dir)
        var problems = ProblemLog()
        let (status, rows) = Self.read(table, &problems)
        #expect(status == .read)
        #expect(rows == [ScannedRecord(2, ["09:00", "a1", "pause"])])
        #expect(table.columns?["time"] == 0)
        #expect(problems.count == 0)
    }

    @Test func byteOrderMarkAloneWaitsForTheHeader() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("status.csv", bytes: [0xEF, 0xBB, 0xBF])
        let table = Self.table(dir)
        var problems = ProblemLog()
        #expect(Self.read(table, &problems) == (.read, []))
        try dir.append("status.csv", "\"time\",agent,state\n09:00,a1,pause\n")
        #expect(Self.read(table, &problems).1 == [ScannedRecord(2, ["09:00", "a1", "pause"])])
        #expect(problems.count == 0)
    }

    @Test func headerWithoutARequiredColumnMakesTheFileUnused() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("status.csv", "time,agent,status\n09:00,a1,pause\n")
        let table = Self.table(dir)
        var problems = ProblemLog()
        #expect(Self.read(table, &problems) == (.read, []))
        #expect(table.unusable)
        #expect(problems.items == [Problem(file: "status.csv", line: 1,
                                           reason: "header lacks required column 'state'; the file is not used")])
        // Appended rows are not used either, and the header is not reported again.
        try dir.append("status.csv", "09:05,a2,call\n")
        #expect(Self.read(table, &problems) == (.read, []))
        #expect(problems.count == 1)
    }

    @Test func headerWithoutSeveralRequiredColumnsListsThemAll() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("status.csv", "Time\n09:00\n")
        var problems = ProblemLog()
        _ = Self.read(Self.table(dir), &problems)
        #expect(problems.items.map(\.description)
                == ["status.csv:1: header lacks required columns 'agent', 'state'; the file is not used"])
    }

    @Test func truncationRestartsAndResetReadsEverythingAgain() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("status.csv", Self.header + "09:00,a1,pause\n09:05,a2,call\n")
        let table = Self.table(dir)
        var problems = ProblemLog()
        _ = Self.read(table, &problems)
        try dir.truncate("status.csv", to: Self.header + "10:00,a3,wrap\n")
        // Nothing is delivered with a restart.
        #expect(Self.read(table, &problems) == (.restarted, []))
        table.reset()
        #expect(table.columns == nil)
        #expect(Self.read(table, &problems) == (.read, [ScannedRecord(2, ["10:00", "a3", "wrap"])]))
    }

    @Test func replacementRestarts() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("status.csv", Self.header + "09:00,a1,pause\n")
        let table = Self.table(dir)
        var problems = ProblemLog()
        _ = Self.read(table, &problems)
        try dir.replace("status.csv", with: Self.header + "09:00,a1,pause\n09:05,a2,call\n")
        #expect(Self.read(table, &problems) == (.restarted, []))
        table.reset()
        #expect(Self.read(table, &problems).1.map(\.line) == [2, 3])
    }

    @Test func missingFileIsNotAProblem() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var problems = ProblemLog()
        #expect(Self.read(Self.table(dir), &problems) == (.missing, []))
        #expect(problems.count == 0)
    }

    @Test func unreadableFileIsAProblemAtLineZero() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try FileManager.default.createDirectory(atPath: dir.path("status.csv"), withIntermediateDirectories: false)
        var problems = ProblemLog()
        #expect(Self.read(Self.table(dir), &problems) == (.failed("is a directory"), []))
        #expect(problems.items.map(\.description) == ["status.csv: cannot read: is a directory"])
    }

    @Test func unterminatedQuoteIsReportedAndTheLinesAfterItStillCount() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        // Line 2 opens a quote that never closes; 51 rows follow (lines 3–53).
        let rows = (3...53).map { "t\($0),a1,pause\n" }.joined()
        try dir.write("status.csv", Self.header + "\"09:00,a1,pause\n" + rows)
        var problems = ProblemLog()
        let (status, delivered) = Self.read(Self.table(dir), &problems)
        #expect(status == .read)
        #expect(problems.items.map(\.description) == ["status.csv:2: quoted field never closed; line skipped"])
        #expect(delivered.count == 51)
        #expect(delivered.first == ScannedRecord(3, ["t3", "a1", "pause"]))
        #expect(delivered.last == ScannedRecord(53, ["t53", "a1", "pause"]))
    }
}
