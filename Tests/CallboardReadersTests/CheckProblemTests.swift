import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

/// Each kind of problem `DataCheck` finds, with its exact reason and line.
@Suite struct CheckProblemTests {
    @Test func sameReasonsAsTheDashboardForTheSameRows() throws {
        // The dashboard's own fixture: every problem it lists, the check lists too (in file
        // order), and nothing else.
        let fixture = try DataDirectoryFixture()
        defer { fixture.dir.remove() }
        let result = DataCheck.run(path: fixture.dir.path, calendar: Warsaw.calendar, now: DataDirectoryFixture.now)
        #expect(result.problemList == [
            "callboard.toml:9: unknown key 'thresholds.pause.colour', ignored",
            "status.csv:8: out of order: a1 changed state at 2026-11-27 09:30:00, later than this row",
            "status.csv:9: unknown agent 'zz'",
            "status.csv:10: unknown state 'lunching' in column state",
            "calls.csv:6: unknown agent 'zz'",
            "calls.csv:7: unreadable duration '5m' in column duration",
            "calls.csv:8: duplicate call id 'C1' (first on line 3)",
            "sales.csv:6: unreadable amount '12x' in column amount",
            "coaching.csv:4: unknown agent 'zz'",
            "coaching.csv:5: unknown kind 'lecture' in column kind (one-on-one, group, training, review, other)",
            "coaching.csv:6: duplicate id 'K1' (first on line 2)",
            "reviews.jsonl:2: torn or invalid record (not JSON), ignored",
        ])
        // Exactly the dashboard's problems, in file order.
        let dashboard = try fixture.open().problemLines
        #expect(result.problemList.sorted() == dashboard.sorted())
        #expect(result.findings.isEmpty)
        #expect(result.exitStatus == 1)
        #expect(result.summaryLines == [
            "callboard.toml  1 problem",
            "agents.csv       3 rows",
            "status.csv      12 rows, 3 rejected; states not known: 'lunching' 1 (name them in [states])",
            "calls.csv        7 rows, 3 rejected",
            "sales.csv        5 rows, 1 rejected",
            "coaching.csv     5 rows, 3 rejected",
            "reviews.jsonl    3 records, 1 rejected",
        ])
        #expect(result.totalLine == "7 files, 35 rows, 11 rejected, 12 problems")
    }

    @Test func unknownAgentsInEveryFile() throws {
        let result = try CheckFixture.check([
            "status.csv": CheckFixture.status + "2026-11-27 09:00:00,a17,available,\n",
            "calls.csv": CheckFixture.calls + "C3,a17,2026-11-27 09:00:00,60,sale\n",
            "sales.csv": CheckFixture.sales + "2026-11-27 09:02:00;a17;10;C3\n",
            "coaching.csv": CheckFixture.coaching + "K2,a17,one-on-one,2026-11-30,Talk,\nK3,*,group,2026-11-30,All,\nK4,,group,2026-11-30,All,\n",
        ])
        #expect(result.problemList == [
            "status.csv:6: unknown agent 'a17'",
            "calls.csv:4: unknown agent 'a17'",
            "sales.csv:3: unknown agent 'a17'",
            "coaching.csv:3: unknown agent 'a17'",
        ])
        #expect(result.exitStatus == 1)
    }

    @Test func referencesToCallsNotInCallsCSV() throws {
        let result = try CheckFixture.check([
            "sales.csv": CheckFixture.sales + "2026-11-27 09:00:00;a2;50;C999\n2026-11-27 09:01:00;a2;60;\n",
            "coaching.csv": CheckFixture.coaching + "K2,a1,review,2026-11-29,Listen,C998\n",
        ])
        // The dashboard counts the sale all the same: not a problem, but worth a look.
        #expect(result.problemList == [])
        #expect(result.findings.items.map(\.description) == [
            "sales.csv:3: call 'C999' in column call_id is not in calls.csv",
            "coaching.csv:3: call 'C998' in column call is not in calls.csv",
        ])
        #expect(result.summary("sales.csv")?.rejected == 0)
        #expect(result.exitStatus == 1)
    }

    @Test func referencesResolveWhateverTheOrder() throws {
        // The sale of C9 comes first in sales.csv and before the call in time; C9 is the
        // last row of calls.csv, after a call that starts later.
        let calls = CheckFixture.calls + "C8,a2,2026-11-27 10:30:00,60,sale\nC9,a1,2026-11-27 10:00:00,60,sale\n"
        let sales = "time,agent,amount,call_id\n2026-11-27 09:59:00,a1,10,C9\n2026-11-27 08:15:00,a1,10,C1\n"
        let coaching = "id,agent,kind,due,title,call\nK1,a1,review,2026-11-28,Listen,C9\n"
        let result = try CheckFixture.check(["calls.csv": calls, "sales.csv": sales, "coaching.csv": coaching])
        #expect(result.problemList == [])
        #expect(result.exitStatus == 0)
    }

    @Test func withoutCallsCSVReferencesAreNotCheckedButSaidSo() throws {
        let result = try CheckFixture.check([
            "calls.csv": nil,
            "sales.csv": CheckFixture.sales + "2026-11-27 09:00:00;a2;50;C999\n",
        ])
        #expect(result.problemList == [])
        #expect(result.exitStatus == 0)
        #expect(result.summaryLines[3] == "calls.csv       missing (optional); 3 call references not checked")
    }

    @Test func duplicateIdsNameTheFirstLine() throws {
        let result = try CheckFixture.check([
            "agents.csv": CheckFixture.agents + "a1,Anna Druga,Południe\na3,Celina,\n",
            "calls.csv": CheckFixture.calls + "C3,a1,2026-11-27 09:00:00,60,sale\nC1,a2,2026-11-27 09:10:00,60,sale\n"
                + "C1,a1,2026-11-27 09:20:00,60,sale\n",
            "coaching.csv": CheckFixture.coaching + "K1,a1,one-on-one,2026-11-30,Talk,\n",
        ])
        #expect(result.problemList == [
            "agents.csv:4: duplicate agent id 'a1' (first on line 2)",
            "calls.csv:5: duplicate call id 'C1' (first on line 2)",
            "calls.csv:6: duplicate call id 'C1' (first on line 2)",
            "coaching.csv:3: duplicate id 'K1' (first on line 2)",
        ])
        // The first row of an id wins, as on the dashboard: a3 (after the duplicate) is on the roster.
        #expect(result.summary("agents.csv") == FileSummary(file: "agents.csv", state: .read, rows: 4, rejected: 1, problems: 1))
    }

    @Test func futureTimesBeyondTheTolerance() throws {
        // now is 11:00:00; with the default 300 s, 11:05:00 is fine and 11:05:01 is not.
        let result = try CheckFixture.check([
            "status.csv": CheckFixture.status + "2026-11-27 11:05:00,a1,call,\n2026-11-27 11:05:01,a2,call,\n",
            "calls.csv": CheckFixture.calls + "C3,a1,2026-11-27 11:05:00,60,sale\nC4,a2,2026-11-27T10:05:01Z,60,sale\n",
            "sales.csv": CheckFixture.sales + "2026-12-01 10:00:00;a1;10;\n",
        ])
        #expect(result.problemList == [])
        #expect(result.findings.items.map(\.description) == [
            "status.csv:7: time 2026-11-27 11:05:01 in column time is in the future (now 2026-11-27 11:00:00)",
            "calls.csv:5: time 2026-11-27 11:05:01 in column start is in the future (now 2026-11-27 11:00:00)",
            "sales.csv:3: time 2026-12-01 10:00:00 in column time is in the future (now 2026-11-27 11:00:00)",
        ])
    }

    @Test func toleranceIsAParameter() throws {
        let changes = ["status.csv": CheckFixture.status + "2026-11-27 11:00:00,a1,call,\n2026-11-27 11:00:01,a2,call,\n"]
        let strict = try CheckFixture.check(changes, futureTolerance: 0)
        #expect(strict.findings.items.map(\.description)
            == ["status.csv:7: time 2026-11-27 11:00:01 in column time is in the future (now 2026-11-27 11:00:00)"])
        let lenient = try CheckFixture.check(changes, futureTolerance: 3600)
        #expect(lenient.findings.isEmpty && lenient.problemList == [])
    }

    @Test func outOfOrderAcrossDays() throws {
        // a1 is at 2026-11-27 08:00 (line 4); a row of the day before comes after it; a2's
        // rows are in order; a rejected row does not move a1's last change.
        let status = CheckFixture.status + """
        2026-11-26 17:00:00,a1,pause,coffee
        2026-11-27 08:30:00,a1,nap,
        2026-11-27 08:20:00,a1,call,
        2026-11-25 12:00:00,a2,available,
        2026-11-27 08:10:00,a2,call,

        """
        let result = try CheckFixture.check(["status.csv": status])
        #expect(result.problemList == [
            "status.csv:6: out of order: a1 changed state at 2026-11-27 08:00:00, later than this row",
            "status.csv:7: unknown state 'nap' in column state",
            "status.csv:9: out of order: a2 changed state at 2026-11-27 08:05:00, later than this row",
        ])
        #expect(result.summary("status.csv")?.rejected == 3)
    }

    @Test func outOfOrderAfterAFutureRowIsNotCascaded() throws {
        // A typo far in the future is one problem, not one per later row of that agent.
        let status = CheckFixture.status + "2062-11-27 08:30:00,a1,call,\n2026-11-27 08:40:00,a1,wrap,\n"
        let result = try CheckFixture.check(["status.csv": status])
        #expect(result.problemList == [])
        #expect(result.findings.items.map(\.description) == [
            "status.csv:6: time 2062-11-27 08:30:00 in column time is in the future (now 2026-11-27 11:00:00)",
        ])
    }

    @Test func aRowWithSeveralProblemsIsRejectedOnce() throws {
        let calls = CheckFixture.calls + "C1,a9,2026-11-28 09:00:00,60,sale\n"
        let sales = CheckFixture.sales + "2026-11-28 09:00:00;a9;10;C404\n"
        let result = try CheckFixture.check(["calls.csv": calls, "sales.csv": sales])
        // The dashboard's one reason per rejected row; the other things wrong with those rows
        // are not listed again.
        #expect(result.problemList == [
            "calls.csv:4: unknown agent 'a9'",
            "sales.csv:3: unknown agent 'a9'",
        ])
        #expect(result.findings.isEmpty)
        #expect(result.summary("calls.csv")?.rejected == 1)
        #expect(result.summary("sales.csv")?.rejected == 1)
        #expect(result.totalRejected == 2)
        #expect(result.problems.count == 2)
        #expect(result.totalLine == "7 files, 13 rows, 2 rejected, 2 problems")
    }

    @Test func journalLines() throws {
        let reviews = CheckFixture.reviews + """
        {"v":1,"kind":"rev
        {"v":1,"kind":"review","id":"r2","time":"2026-11-27T10:01:00+01:00","call":"C-elsewhere","agent":"a2","reviewer":"lead"}
        {"v":1,"kind":"undo","id":"u1","time":"yesterday","target":"r1","reviewer":"lead"}
        {"v":2,"kind":"note","id":"n1"}
        {"v":1,"kind":"review","id":"r3","time":"2026-11-27T10:0
        """
        let result = try CheckFixture.check(["reviews.jsonl": reviews])
        #expect(result.problemList == [
            "reviews.jsonl:2: torn or invalid record (not JSON), ignored",
            "reviews.jsonl:4: undo record with unreadable time 'yesterday'",
        ])
        // The dashboard waits for the rest of the line: nothing is rejected yet.
        #expect(result.findings.items.map(\.description) == [
            "reviews.jsonl:6: unfinished last line (no line break at its end); not read yet",
        ])
        #expect(result.summaryLines[6] == "reviews.jsonl   6 records, 2 rejected")
    }

    @Test func unfinishedLastLineOfACSV() throws {
        let status = CheckFixture.status + "2026-11-27 09:00:00,a1,call,"
        let result = try CheckFixture.check(["status.csv": status])
        #expect(result.problemList == [])
        #expect(result.findings.items.map(\.description) == [
            "status.csv:6: unfinished last line (no line break at its end, or a quote never closed); not read yet",
        ])
        #expect(result.summaryLines[2] == "status.csv      5 rows")
        #expect(result.exitStatus == 1)
    }

    @Test func unclosedQuoteIsListedInLineOrder() throws {
        // Line 7 opens a quote that is still open 50 lines later: the dashboard skips that
        // line and reads on from line 8. The check lists it between lines 6 and 70.
        var status = CheckFixture.status + "2026-11-27 08:30:00,a1,lunchbreak,\n2026-11-27 08:31:00,a1,\"call,\n"
        for i in 0..<62 { status += "2026-11-27 09:\(String(format: "%02d:%02d", i * 30 / 60, i * 30 % 60)),a2,available,\n" }
        status += "2026-11-27 10:30:00,a2,lunchbreak,\n"
        let result = try CheckFixture.check(["status.csv": status])
        #expect(result.problemList == [
            "status.csv:6: unknown state 'lunchbreak' in column state",
            "status.csv:7: quoted field never closed; line skipped",
            "status.csv:70: unknown state 'lunchbreak' in column state",
        ])
        #expect(result.summary("status.csv")?.rows == 4 + 2 + 62 + 1)
        #expect(result.summary("status.csv")?.rejected == 3)
    }

    @Test func headerOnlyAndEmptyOptionalFilesAreFine() throws {
        let result = try CheckFixture.check(["status.csv": "time,agent,state\n", "coaching.csv": ""])
        #expect(result.exitStatus == 0)
        #expect(result.summaryLines[2] == "status.csv      0 rows")
        #expect(result.summaryLines[5] == "coaching.csv    0 rows")
    }
}
