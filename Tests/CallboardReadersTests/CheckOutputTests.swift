import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

/// `callboard check`: what it prints and the exit status, on clean and lightly broken directories.
@Suite struct CheckOutputTests {
    @Test func cleanDirectoryPrintsSummaryAndExitsZero() throws {
        let result = try CheckFixture.check()
        #expect(result.exitStatus == 0)
        #expect(result.fatal == nil)
        #expect(result.problems.isEmpty)
        #expect(result.lines(quiet: false) == CheckFixture.cleanLines)
        #expect(result.lines(quiet: true) == [])
        #expect(result.fileCount == 7 && result.totalRows == 11 && result.totalRejected == 0)
        #expect(result.files.map(\.file) == ["callboard.toml", "agents.csv", "status.csv", "calls.csv", "sales.csv",
                                             "coaching.csv", "reviews.jsonl"])
        #expect(result.summary("sales.csv") == FileSummary(file: "sales.csv", state: .read, rows: 1))
        #expect(result.summary("reviews.jsonl") == FileSummary(file: "reviews.jsonl", state: .read, unit: .records, rows: 1))
    }

    @Test func missingOptionalFilesAreListedButNotCounted() throws {
        let result = try CheckFixture.check(["callboard.toml": nil, "coaching.csv": nil, "reviews.jsonl": nil])
        #expect(result.exitStatus == 0)
        #expect(result.lines(quiet: false) == [
            "callboard.toml  missing (optional)",
            "agents.csv      2 rows",
            "status.csv      4 rows",
            "calls.csv       2 rows",
            "sales.csv       1 row",
            "coaching.csv    missing (optional)",
            "reviews.jsonl   missing (optional)",
            "4 files, 9 rows, no problems",
        ])
    }

    @Test func problemsThenSummaryThenTotal() throws {
        let status = CheckFixture.status + """
        2026-11-27 09:00:00,a1,lunchbreak,
        2026-11-27 09:10:00,a2,pause,coffee

        """
        let sales = CheckFixture.sales + """
        2026-11-27 09:00:00;a2;12x;

        """
        let result = try CheckFixture.check(["status.csv": status, "sales.csv": sales])
        #expect(result.exitStatus == 1)
        #expect(result.lines(quiet: false) == [
            "status.csv:6: unknown state 'lunchbreak' in column state",
            "sales.csv:3: unreadable amount '12x' in column amount",
            "callboard.toml  ok",
            "agents.csv      2 rows",
            "status.csv      6 rows, 1 rejected; states not known: 'lunchbreak' 1 (name them in [states])",
            "calls.csv       2 rows",
            "sales.csv       2 rows, 1 rejected",
            "coaching.csv    1 row",
            "reviews.jsonl   1 record",
            "7 files, 14 rows, 2 rejected, 2 problems",
        ])
        #expect(result.lines(quiet: true) == [
            "status.csv:6: unknown state 'lunchbreak' in column state",
            "sales.csv:3: unreadable amount '12x' in column amount",
        ])
    }

    @Test func settingsProblemsAreListedByLineAndMakeStatusOne() throws {
        let settings = """
        team_name = "Sprzedaż"
        colour = "red"
        [review]
        quota_per_agent = "two"
        [shift]
        start = "8 o'clock"

        """
        let result = try CheckFixture.check(["callboard.toml": settings])
        let expected = try SettingsLoader.load(text: settings).1.sorted { $0.line < $1.line }.map(\.description)
        #expect(expected.count == 3)
        #expect(result.problemList == expected)
        #expect(result.problems.items.map(\.line) == [2, 4, 6])
        #expect(result.exitStatus == 1)
        #expect(result.lines(quiet: false).suffix(8) == [
            "callboard.toml  3 problems",
            "agents.csv      2 rows",
            "status.csv      4 rows",
            "calls.csv       2 rows",
            "sales.csv       1 row",
            "coaching.csv    1 row",
            "reviews.jsonl   1 record",
            "7 files, 11 rows, 0 rejected, 3 problems",
        ])
    }

    @Test func countsAreGroupedAndRightAligned() throws {
        var status = "time,agent,state\n"
        for i in 0..<1_204 { status += "2026-11-27 08:\(String(format: "%02d:%02d", i / 60 % 60, i % 60)),a\(i % 2 + 1),available\n" }
        status += "2026-11-27 10:30:00,a1,lunchbreak\n"
        let result = try CheckFixture.check(["status.csv": status])
        #expect(result.summaryLines == [
            "callboard.toml  ok",
            "agents.csv          2 rows",
            "status.csv      1 205 rows, 1 rejected; states not known: 'lunchbreak' 1 (name them in [states])",
            "calls.csv           2 rows",
            "sales.csv           1 row",
            "coaching.csv        1 row",
            "reviews.jsonl       1 record",
        ])
        #expect(result.totalLine == "7 files, 1 212 rows, 1 rejected, 1 problem")
    }

    @Test func groupingHelper() {
        #expect(CheckText.grouped(0) == "0")
        #expect(CheckText.grouped(999) == "999")
        #expect(CheckText.grouped(1_000) == "1 000")
        #expect(CheckText.grouped(1_234_567) == "1 234 567")
        #expect(CheckText.grouped(-12_345) == "-12 345")
        #expect(CheckText.counted(1, "row", "rows") == "1 row")
        #expect(CheckText.counted(200_000, "row", "rows") == "200 000 rows")
    }

    @Test func controlCharactersNeverReachTheTerminal() throws {
        let status = CheckFixture.status + "2026-11-27 09:00:00,\"a\u{1B}[31m\u{9B}x\",available,\n"
        let result = try CheckFixture.check(["status.csv": status])
        // The dashboard's reason already quotes the id without its control characters.
        #expect(result.problemList == ["status.csv:6: unknown agent 'a?[31m?x'"])
        #expect(result.lines(quiet: true) == ["status.csv:6: unknown agent 'a?[31m?x'"])
    }

    @Test func problemsBeyondTheLimitAreCountedNotKept() throws {
        var status = CheckFixture.status
        for i in 0..<20 { status += "2026-11-27 09:\(10 + i):00,a1,state\(i),\n" }
        let fixture = try CheckFixture(["status.csv": status])
        defer { fixture.dir.remove() }
        let result = fixture.run(problemLimit: 5)
        #expect(result.problems.count == 20)
        #expect(result.problems.items.count == 5)
        #expect(result.summary("status.csv")?.rejected == 20)
        #expect(result.lines(quiet: true) == [
            "status.csv:6: unknown state 'state0' in column state",
            "status.csv:7: unknown state 'state1' in column state",
            "status.csv:8: unknown state 'state2' in column state",
            "status.csv:9: unknown state 'state3' in column state",
            "status.csv:10: unknown state 'state4' in column state",
            "and 15 more problems not listed",
        ])
        #expect(result.totalLine == "7 files, 31 rows, 20 rejected, 20 problems")
        #expect(result.exitStatus == 1)
    }
}
