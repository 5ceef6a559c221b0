import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

/// Exit status 2: the directory, a required file or a present file cannot be used.
@Suite struct CheckFatalTests {
    private func run(_ path: String) -> CheckResult {
        DataCheck.run(path: path, calendar: Warsaw.calendar, now: CheckFixture.now)
    }

    /// A directory that cannot be opened prints nothing on stdout; `fatal` says why.
    private func expectUnopenable(_ result: CheckResult, _ fatal: String) {
        #expect(result.exitStatus == 2)
        #expect(result.fatal == fatal)
        #expect(result.files.isEmpty)
        #expect(result.problems.isEmpty)
        #expect(result.lines(quiet: false) == [])
        #expect(result.lines(quiet: true) == [])
    }

    @Test func missingDirectory() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("nowhere")
        expectUnopenable(run(path), DataDirectory.OpenError.notFound(path).description)
        expectUnopenable(run(path), "data directory \(path) does not exist")
    }

    @Test func notADirectory() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("agents.csv", CheckFixture.agents)
        let path = dir.path("agents.csv")
        expectUnopenable(run(path), "\(path) is not a directory")
    }

    @Test func directoryWithoutCallboardFiles() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("notes.txt", "hello\n")
        expectUnopenable(run(dir.path), DataDirectory.OpenError.noData(dir.path).description)
    }

    /// Without a roster the dashboard rejects every row that names an agent, and check lists them.
    static let everyAgentRow = [
        "status.csv:2: unknown agent 'a1'", "status.csv:3: unknown agent 'a1'", "status.csv:4: unknown agent 'a1'",
        "status.csv:5: unknown agent 'a2'", "calls.csv:2: unknown agent 'a1'", "calls.csv:3: unknown agent 'a2'",
        "sales.csv:2: unknown agent 'a1'", "coaching.csv:2: unknown agent 'a2'",
    ]

    @Test func aFIFOUnderADataFilesNameIsRefusedNotWaitedOn() throws {
        let fixture = try CheckFixture(["calls.csv": nil])
        defer { fixture.dir.remove() }
        #expect(mkfifo(fixture.dir.path("calls.csv"), 0o644) == 0)
        #expect(mkfifo(fixture.dir.path("queue_log"), 0o644) == 0)
        let result = fixture.run()
        #expect(result.exitStatus == 2)
        #expect(result.fatal == "calls.csv: cannot read: not a regular file")
        #expect(result.problemList.contains("queue_log: cannot read: not a regular file"))
    }

    @Test func missingAgentsCSV() throws {
        let result = try CheckFixture.check([
            "agents.csv": nil,
            "status.csv": CheckFixture.status + "2026-11-27 09:00:00,a17,available,\n",
        ])
        #expect(result.exitStatus == 2)
        #expect(result.fatal == "agents.csv: missing: there is no roster, so every agent row is rejected")
        let rows = Array(Self.everyAgentRow.prefix(4)) + ["status.csv:6: unknown agent 'a17'"] + Self.everyAgentRow.dropFirst(4)
        #expect(result.lines(quiet: false) == ["agents.csv: missing: there is no roster, so every agent row is rejected"] + rows + [
            "callboard.toml  ok",
            "agents.csv      missing (required); every row that names an agent is rejected",
            "status.csv      5 rows, 5 rejected",
            "calls.csv       2 rows, 2 rejected",
            "sales.csv       1 row, 1 rejected",
            "coaching.csv    1 row, 1 rejected",
            "reviews.jsonl   1 record",
            "6 files, 10 rows, 9 rejected, 10 problems",
        ])
        #expect(result.lines(quiet: true) == ["agents.csv: missing: there is no roster, so every agent row is rejected"] + rows)
        #expect(result.summary("agents.csv") == FileSummary(file: "agents.csv", state: .missing, problems: 1,
                                                            note: "missing (required); every row that names an agent is rejected"))
    }

    @Test func unreadableAgentsCSV() throws {
        let fixture = try CheckFixture(["agents.csv": nil])
        defer { fixture.dir.remove() }
        try FileManager.default.createDirectory(atPath: fixture.dir.path("agents.csv"), withIntermediateDirectories: false)
        let result = fixture.run()
        #expect(result.exitStatus == 2)
        #expect(result.fatal == "agents.csv: cannot read: is a directory")
        #expect(result.problemList == ["agents.csv: cannot read: is a directory"] + Self.everyAgentRow)
        #expect(result.summaryLines[1] == "agents.csv      cannot read: is a directory; every row that names an agent is rejected")
        #expect(result.totalLine == "7 files, 9 rows, 8 rejected, 9 problems")
    }

    @Test func agentsHeaderWithoutARequiredColumn() throws {
        let result = try CheckFixture.check(["agents.csv": "id,full_name\na1,Anna\n"])
        #expect(result.exitStatus == 2)
        #expect(result.fatal == "agents.csv:1: header lacks required column 'name'; the file is not used")
        #expect(result.problemList == ["agents.csv:1: header lacks required column 'name'; the file is not used"] + Self.everyAgentRow)
        #expect(result.summaryLines[1] == "agents.csv      not used: header lacks 'name'; every row that names an agent is rejected")
        #expect(result.summary("agents.csv")?.rows == 0)
    }

    @Test func emptyAgentsCSV() throws {
        let result = try CheckFixture.check(["agents.csv": ""])
        #expect(result.exitStatus == 2)
        #expect(result.fatal == "agents.csv: no header row: there is no roster, so every agent row is rejected")
        #expect(result.summaryLines[1] == "agents.csv      no header row; every row that names an agent is rejected")
    }

    @Test func agentsHeaderWithoutLineBreak() throws {
        let result = try CheckFixture.check(["agents.csv": "id,name"])
        #expect(result.exitStatus == 2)
        #expect(result.problemList == ["agents.csv: no header row: there is no roster, so every agent row is rejected"]
            + Self.everyAgentRow)
        #expect(result.findings.items.map(\.description) == [
            "agents.csv:1: unfinished last line (no line break at its end, or a quote never closed); not read yet",
        ])
    }

    @Test func settingsThatAreNotTOML() throws {
        let text = "team_name = \"Sprzedaż\"\n[shift\nstart = \"08:00\"\n"
        let result = try CheckFixture.check(["callboard.toml": text])
        var expected: Problem?
        do {
            _ = try SettingsLoader.load(text: text)
        } catch {
            expected = error.problem
        }
        let problem = try #require(expected)
        #expect(problem.line == 2)
        #expect(result.exitStatus == 2)
        #expect(result.fatal == problem.description)
        #expect(result.problemList == [problem.description])
        #expect(result.summaryLines[0] == "callboard.toml  not valid TOML")
        // The data files are still checked.
        #expect(result.summaryLines[2] == "status.csv      4 rows")
    }

    @Test func unreadableSettings() throws {
        let fixture = try CheckFixture(["callboard.toml": nil])
        defer { fixture.dir.remove() }
        try FileManager.default.createDirectory(atPath: fixture.dir.path("callboard.toml"), withIntermediateDirectories: false)
        let result = fixture.run()
        #expect(result.exitStatus == 2)
        #expect(result.fatal == "callboard.toml: cannot read: is a directory")
        #expect(result.summaryLines[0] == "callboard.toml  cannot read: is a directory")
    }

    @Test func dataFileHeaderWithoutARequiredColumn() throws {
        let result = try CheckFixture.check(["status.csv": "time,agent,status\n2026-11-27 08:00:00,a1,available\n"])
        #expect(result.exitStatus == 2)
        #expect(result.fatal == "status.csv:1: header lacks required column 'state'; the file is not used")
        #expect(result.problemList == ["status.csv:1: header lacks required column 'state'; the file is not used"])
        #expect(result.summaryLines[2] == "status.csv      not used: header lacks 'state'")
        #expect(result.totalLine == "7 files, 7 rows, 0 rejected, 1 problem")
    }

    @Test func dataFileHeaderWithoutSeveralColumns() throws {
        let result = try CheckFixture.check(["sales.csv": "when;who;amount\n"])
        #expect(result.fatal == "sales.csv:1: header lacks required columns 'time', 'agent'; the file is not used")
        #expect(result.summaryLines[4] == "sales.csv       not used: header lacks 'time', 'agent'")
    }

    @Test func unreadableDataFile() throws {
        let fixture = try CheckFixture(["calls.csv": nil])
        defer { fixture.dir.remove() }
        try FileManager.default.createDirectory(atPath: fixture.dir.path("calls.csv"), withIntermediateDirectories: false)
        let result = fixture.run()
        #expect(result.exitStatus == 2)
        #expect(result.fatal == "calls.csv: cannot read: is a directory")
        #expect(result.problemList == ["calls.csv: cannot read: is a directory"])
        #expect(result.summaryLines[3] == "calls.csv       cannot read: is a directory; 2 call references not checked")
    }

    @Test func unreadableJournal() throws {
        let fixture = try CheckFixture(["reviews.jsonl": nil])
        defer { fixture.dir.remove() }
        try FileManager.default.createDirectory(atPath: fixture.dir.path("reviews.jsonl"), withIntermediateDirectories: false)
        let result = fixture.run()
        #expect(result.exitStatus == 2)
        #expect(result.fatal == "reviews.jsonl: cannot read: is a directory")
        #expect(result.summaryLines[6] == "reviews.jsonl   cannot read: is a directory")
    }

    @Test func theFirstUnusableFileIsTheOneTold() throws {
        let result = try CheckFixture.check(["callboard.toml": "[shift\n", "agents.csv": nil,
                                             "coaching.csv": "id,agent\n"])
        #expect(result.exitStatus == 2)
        #expect(result.fatal?.hasPrefix("callboard.toml:1: not valid TOML") == true)
        #expect(result.problems.items.map(\.file) == ["callboard.toml", "agents.csv", "coaching.csv"])
    }

    @Test func unclosedQuotesOfAnUnusedFileFollowItsHeaderProblem() throws {
        var status = "time,agent,status\n\"2026-11-27 08:00:00,a1,available\n"
        for _ in 0..<55 { status += "2026-11-27 08:00:00,a1,available\n" }
        let result = try CheckFixture.check(["status.csv": status])
        #expect(result.problemList == [
            "status.csv:1: header lacks required column 'state'; the file is not used",
            "status.csv:2: quoted field never closed; line skipped",
        ])
        #expect(result.summary("status.csv")?.rows == 0)
    }
}
