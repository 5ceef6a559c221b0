import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

/// targets.csv read from disk through `DataDirectory` on Friday 27 November 2026: good rows
/// count, a bad one is a problem on its line, `check` says the same, and an edit is picked up.
@Suite struct TargetsTableTests {
    static let now = Warsaw.at(11, 0)

    static let agents = """
    id,name,daily_sales_target,daily_revenue_target
    a1,Anna Kowalska,5,2000
    a2,Bartek Nowak,4,1500

    """

    static let targets = """
    date,from,to,weekday,agent,per,sales,revenue,calls,shift_start,shift_end,absent
    2026-11-27,,,,Anna Kowalska,,7,,60,,,
    ,2026-11-30,2026-11-20,,a1,,3,,,,,
    ,,,pt,a2,,,,,12:00,16:00,
    ,,,xyz,a1,,1,,,,,
    ,,,,zz,,1,,,,,
    ,,,,a1,,-2,,,,,
    ,,,,a1,,,"-5,00",,,,
    ,,,,a2,,,,,25:00,26:00,
    ,,,,a2,,,,,14:00,09:00,
    2026-11-27,2026-11-01,,,a1,,1,,,,,
    31.02.2026,,,,a1,,1,,,,,
    ,2026-12-24,2026-12-26,,team,,,,,,,Święta
    ,,,,*,month,40,,,,,
    ,,,sob,*,week,5,,,,,
    2026-12-01,,,,a2,,,,,,,tak
    ,,,,a1,fortnight,1,,,,,

    """

    static let problems = [
        "targets.csv:3: to 2026-11-20 is before from 2026-11-30",
        "targets.csv:5: unknown weekday 'xyz' in column weekday (mon, tue, wed, thu, fri, sat, sun or pon, wt, śr, czw, pt, sob, niedz)",
        "targets.csv:6: unknown agent 'zz'",
        "targets.csv:7: negative target '-2' in column sales",
        "targets.csv:8: negative target '-5,00' in column revenue",
        "targets.csv:9: unreadable time '25:00' in column shift_start",
        "targets.csv:10: shift_end 09:00 is not after shift_start 14:00",
        "targets.csv:11: both date and from/to given: one day or a range, not both",
        "targets.csv:12: unreadable date '31.02.2026' in column date",
        "targets.csv:15: a week's target cannot be given by weekday",
        "targets.csv:17: unknown period 'fortnight' in column per (day, week or month)",
    ]

    static func directory(targets: String = targets, settings: String? = nil) throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        try dir.write("agents.csv", agents)
        try dir.write("targets.csv", targets)
        if let settings { try dir.write("callboard.toml", settings) }
        return dir
    }

    static func open(_ dir: TemporaryDirectory) throws -> DataDirectory {
        try DataDirectory(path: dir.path, calendar: Warsaw.calendar, now: now)
    }

    @Test func goodRowsCountAndBadOnesAreProblemsOnTheirLines() throws {
        let dir = try Self.directory()
        defer { dir.remove() }
        let data = try Self.open(dir)
        #expect(data.problemLines == Self.problems)
        let model = data.model
        // Lines 2, 4, 13, 14 and 16; Anna's name is her id.
        #expect(model.targets.rows.map(\.line) == [2, 4, 13, 14, 16])
        #expect(model.targets.rows.first?.subject == .agent("a1"))
        let anna = try #require(model.agent("a1")), bartek = try #require(model.agent("a2"))
        // Anna today: her date row's 7 sales and 60 calls; revenue from agents.csv.
        #expect(model.targets(of: anna) == TargetValues(sales: 7, revenue: Money(units: 2000), calls: 60))
        // Bartek: the month's 40 for everyone, nothing sold, over today and Monday 30th: 20.
        #expect(model.targets(of: bartek) == TargetValues(sales: 20, revenue: Money(units: 1500)))
        #expect(model.teamSalesTarget == 27)
        // His Friday shift, 12:00–16:00.
        #expect(model.shift(of: bartek) == Shift(start: Warsaw.at(12, 0), end: Warsaw.at(16, 0)))
        #expect(model.targets.isHoliday(Day(year: 2026, month: 12, day: 25)))
        #expect(model.targets.isAbsent(agent: "a2", on: Day(year: 2026, month: 12, day: 1)))
    }

    @Test func checkListsTheSameProblems() throws {
        let dir = try Self.directory()
        defer { dir.remove() }
        try CheckEqualsDashboardTests.expectEqual(dir.path, calendar: Warsaw.calendar, now: Self.now)
        let result = DataCheck.run(path: dir.path, calendar: Warsaw.calendar, now: Self.now)
        #expect(result.problems.items.map(\.description) == Self.problems)
        #expect(result.findings.isEmpty)
        #expect(result.summaryLines.contains("targets.csv     16 rows, 11 rejected"))
        // Without targets.csv, check does not list it.
        try FileManager.default.removeItem(atPath: dir.path("targets.csv"))
        let without = DataCheck.run(path: dir.path, calendar: Warsaw.calendar, now: Self.now)
        #expect(!without.files.contains { $0.file == "targets.csv" })
    }

    @Test func anEditIsReadAgainAndAMissingFileIsFine() throws {
        let dir = try Self.directory(targets: "agent,sales\na1,9\n")
        defer { dir.remove() }
        let data = try Self.open(dir)
        #expect(data.problemLines == [])
        #expect(data.model.salesTarget(of: data.model.agent("a1")!) == 9)
        try dir.replace("targets.csv", with: "agent,sales\na1,8\nzz,1\n")
        #expect(data.refresh(now: Self.now + 1))
        #expect(data.model.salesTarget(of: data.model.agent("a1")!) == 8)
        #expect(data.problemLines == ["targets.csv:3: unknown agent 'zz'"])
        // Gone: agents.csv's target again, and the header says the file is missing.
        try FileManager.default.removeItem(atPath: dir.path("targets.csv"))
        #expect(data.refresh(now: Self.now + 2))
        #expect(data.model.salesTarget(of: data.model.agent("a1")!) == 5)
        #expect(data.problemLines == [
            "targets.csv: missing: it was here earlier; only the targets of agents.csv and callboard.toml count until it is back",
        ])
        // A directory that never had one: no problem at all.
        let plain = try TemporaryDirectory()
        defer { plain.remove() }
        try plain.write("agents.csv", Self.agents)
        #expect(try Self.open(plain).problemLines == [])
    }

    @Test func aHeaderWithoutAgentIsNotUsed() throws {
        let dir = try Self.directory(targets: "who,sales\na1,9\n")
        defer { dir.remove() }
        let data = try Self.open(dir)
        #expect(data.problemLines == ["targets.csv:1: header lacks required column 'agent'; the file is not used"])
        #expect(data.model.targets.isEmpty)
        try CheckEqualsDashboardTests.expectEqual(dir.path, calendar: Warsaw.calendar, now: Self.now)
    }

    // MARK: callboard.toml [targets] working_days

    @Test(arguments: [
        ("\"mon-sat\"", [0, 1, 2, 3, 4, 5]),
        ("\"pon, śr, pt\"", [0, 2, 4]),
        ("[\"pon-czw\", \"sob\"]", [0, 1, 2, 3, 5]),
        ("\"sat-mon\"", [0, 5, 6]),
    ] as [(String, [Int])])
    func workingDays(value: String, days: [Int]) throws {
        let (settings, problems) = try SettingsLoader.load(text: "[targets]\nworking_days = \(value)\n")
        #expect(problems.isEmpty)
        #expect(settings.workingDays.days == days)
    }

    @Test(arguments: ["\"mon-xyz\"", "\"\"", "[]", "5", "[\"mon\", 2]"])
    func badWorkingDaysKeepMondayToFriday(value: String) throws {
        let (settings, problems) = try SettingsLoader.load(text: "[targets]\nworking_days = \(value)\n")
        #expect(problems.map(\.description) == [
            "callboard.toml:2: targets.working_days: expected days of the week, like \"mon-fri\" or [\"mon\", \"wed\", \"fri\"]",
        ])
        #expect(settings.workingDays == .mondayToFriday)
    }

    @Test func theWorkingDaysReachTheModel() throws {
        let dir = try Self.directory(targets: "agent,sales\na1,9\n", settings: "[targets]\nworking_days = \"mon-sat\"\n")
        defer { dir.remove() }
        // Saturday 28 November: a working day of the team.
        let data = try DataDirectory(path: dir.path, calendar: Warsaw.calendar, now: Warsaw.at(11, 0, day: Day(year: 2026, month: 11, day: 28)))
        #expect(data.model.targets.workingDays.days == [0, 1, 2, 3, 4, 5])
        #expect(data.model.salesTarget(of: data.model.agent("a1")!) == 9)
        #expect(data.model.teamSalesTarget == 13)
    }
}
