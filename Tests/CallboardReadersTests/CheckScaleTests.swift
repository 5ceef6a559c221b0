import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

/// A long file, and the documented example directory.
@Suite struct CheckScaleTests {
    @Test func twoHundredThousandStatusRows() throws {
        // One change a second for two agents from 2026-11-20 00:00:00, in local time:
        // 200 000 s is 2 days 7:33:20, so the last row is on 2026-11-22.
        let states = ["available", "ringing", "call", "wrap", "pause", "offline"]
        var text = "time,agent,state,reason\n"
        text.reserveCapacity(200_000 * 40)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        for i in 0..<200_000 {
            let day = 20 + i / 86_400, s = i % 86_400
            text += "2026-11-\(day) \(two(s / 3600)):\(two(s / 60 % 60)):\(two(s % 60)),a\(i % 2 + 1),\(states[i % 6]),\n"
        }
        let result = try CheckFixture.check(["status.csv": text])
        // The last row leaves Bartek ringing on 2026-11-22: days later that state is stale.
        let stale = "status.csv: Bartek Nowak shown in state ringing since 2026-11-22 07:33:19 with no event for 123 h: "
            + "shown as stale (ringing?), its end was probably never logged"
        #expect(result.problemList == [stale])
        #expect(result.exitStatus == 1)
        #expect(result.summary("status.csv") == FileSummary(file: "status.csv", state: .read, rows: 200_000, problems: 1))
        #expect(result.lines(quiet: false) == [
            stale,
            "callboard.toml  ok",
            "agents.csv            2 rows",
            "status.csv      200 000 rows",
            "calls.csv             2 rows",
            "sales.csv             1 row",
            "coaching.csv          1 row",
            "reviews.jsonl         1 record",
            "7 files, 200 007 rows, 0 rejected, 1 problem",
        ])
    }

    @Test func twoHundredThousandRowsWithAProblemAtTheEnd() throws {
        var text = "time,agent,state\n"
        text.reserveCapacity(200_000 * 36)
        for i in 0..<200_000 { text += "\(1_795_000_000 + i),a\(i % 2 + 1),call\n" }
        text += "1794999999,a1,wrap\n"
        let result = try CheckFixture.check(["status.csv": text])
        #expect(result.problemList == [
            "status.csv: Anna Kowalska shown in state call since 2026-11-20 19:39:58 with no event for 159 h: "
                + "shown as stale (call?), its end was probably never logged",
            "status.csv: Bartek Nowak shown in state call since 2026-11-20 19:39:59 with no event for 159 h: "
                + "shown as stale (call?), its end was probably never logged",
            "status.csv:200002: out of order: a1 changed state at 2026-11-20 19:39:58, later than this row",
        ])
        #expect(result.summary("status.csv")?.rows == 200_001)
    }

    @Test func exampleDirectoryIsClean() {
        let result = DataCheck.run(path: DataDirectoryExampleTests.path, calendar: Warsaw.calendar,
                                   now: DataDirectoryExampleTests.cet(17, 0))
        #expect(result.problemList == [])
        #expect(result.exitStatus == 0)
        #expect(result.lines(quiet: false) == [
            "callboard.toml  ok",
            "agents.csv       5 rows",
            "status.csv      19 rows",
            "calls.csv        4 rows",
            "sales.csv        2 rows",
            "coaching.csv     5 rows",
            "targets.csv      7 rows",
            "reviews.jsonl    1 record",
            "8 files, 43 rows, no problems",
        ])
        #expect(result.lines(quiet: true) == [])
    }
}
