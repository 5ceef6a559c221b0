import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

/// Tables kept as one file a day (`calls-2026-11-26.csv`), beside or instead of the single
/// file: read for the look-back and the day shown, named in problems, listed alike by `check`,
/// a new day's file picked up while running, a past day opened from them alone.
@Suite struct DatedFilesTests {
    /// Friday 27 November 2026, 11:00 in Warsaw.
    static let now = Warsaw.at(11, 0)
    static let thursday = Day(year: 2026, month: 11, day: 26)

    static func directory() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        try dir.write("agents.csv", "id,name,daily_sales_target\na1,Anna Kowalska,5\na2,Bartek Nowak,4\n")
        // Thursday in files of its own; a bad row on line 3 of its calls.
        try dir.write("status-2026-11-26.csv", "time,agent,state\n2026-11-26 08:00:00,a1,available\n2026-11-26 16:00:00,a1,offline\n")
        try dir.write("calls-2026-11-26.csv", """
            id,agent,start,duration,outcome
            C1,a1,2026-11-26 09:00:00,120,sale
            C2,zz,2026-11-26 09:10:00,60,no-sale
            C3,a1,2026-11-26 10:00:00,60,no-sale

            """)
        try dir.write("sales-2026-11-26.csv", "time,agent,amount,call_id\n2026-11-26 09:02:00,a1,100.00,C1\n2026-11-26 12:00:00,a1,50.00,\n")
        // Today in the single files: C1 again is today's own call (ids are checked within a day).
        try dir.write("status.csv", "time,agent,state\n2026-11-27 08:00:00,a2,available\n")
        try dir.write("calls.csv", "id,agent,start,duration,outcome\nC4,a2,2026-11-27 09:00:00,90,sale\nC1,a2,2026-11-27 09:30:00,30,no-sale\n")
        try dir.write("sales.csv", "time,agent,amount\n2026-11-27 09:01:00,a2,80.00\n")
        // Outside the look-back (42 days) and after the day shown: not read.
        try dir.write("calls-2026-10-01.csv", "id,agent,start,duration,outcome\nOLD,a1,2026-10-01 09:00:00,60,sale\n")
        try dir.write("calls-2026-11-28.csv", "id,agent,start,duration,outcome\nLATE,zz,2026-11-28 09:00:00,60,sale\n")
        // Not a dated file of any table.
        try dir.write("calls-backup.csv", "id,agent,start,duration,outcome\nX,zz,2026-11-27 09:00:00,60,sale\n")
        return dir
    }

    @Test func namesAreTheTablesFollowedByADay() {
        #expect(DatedFiles.day(of: "calls-2026-11-26.csv", table: "calls.csv") == Self.thursday)
        #expect(DatedFiles.day(of: "calls-2026-02-30.csv", table: "calls.csv") == nil)
        #expect(DatedFiles.day(of: "calls-backup.csv", table: "calls.csv") == nil)
        #expect(DatedFiles.day(of: "sales-2026-11-26.csv", table: "calls.csv") == nil)
        #expect(DatedFiles.day(of: "calls-2026-11-26.csv.bak", table: "calls.csv") == nil)
        let entries = ["calls-2026-11-27.csv", "calls-2026-11-25.csv", "calls.csv", "calls-2026-12-01.csv", "status-2026-11-26.csv"]
        #expect(DatedFiles.names(of: "calls.csv", in: entries, days: Self.thursday.adding(days: -1)...Warsaw.day)
                == ["calls-2026-11-25.csv", "calls-2026-11-27.csv"])
    }

    @Test func earlierDaysComeFromTheirFilesAndProblemsNameThem() throws {
        let dir = try Self.directory()
        defer { dir.remove() }
        let data = try DataDirectory(path: dir.path, calendar: Warsaw.calendar, now: Self.now)
        let anna = try #require(data.model.agent("a1"))
        // Thursday: C1 and C3 (C2 names nobody), one sale of 100 and one of 50.
        let thursday = try #require(anna.earlier[Self.thursday])
        #expect(thursday.calls == 2)
        #expect(thursday.sales == 2)
        #expect(thursday.revenue == Money(units: 150))
        #expect(thursday.secondsByState[.available] == 8 * 3600)
        // Today from the single files: Bartek's C4 and C1 and his sale; OLD and LATE count nowhere.
        #expect(data.model.agent("a2")?.calls == 2)
        #expect(data.model.teamSales == 1)
        #expect(data.problemLines == ["calls-2026-11-26.csv:3: unknown agent 'zz'"])
        try CheckEqualsDashboardTests.expectEqual(dir.path, calendar: Warsaw.calendar, now: Self.now)
        let check = DataCheck.run(path: dir.path, calendar: Warsaw.calendar, now: Self.now)
        #expect(check.files.map(\.file).filter { $0.hasPrefix("calls") } == ["calls-2026-11-26.csv", "calls.csv"])
    }

    @Test func aPastDayOpensFromItsOwnFiles() throws {
        let dir = try Self.directory()
        defer { dir.remove() }
        let end = Warsaw.calendar.instant(Warsaw.day) - 1
        let data = try DataDirectory(path: dir.path, calendar: Warsaw.calendar, now: end, cutoff: end)
        #expect(data.model.day == Self.thursday)
        let anna = try #require(data.model.agent("a1"))
        #expect(anna.calls == 2)
        #expect(anna.sales == 2)
        #expect(anna.revenue == Money(units: 150))
        // Nothing of Friday: C1 in calls.csv is after the cutoff, so not a duplicate either.
        #expect(data.problemLines == ["calls-2026-11-26.csv:3: unknown agent 'zz'"])
        // The same with no single files at all: a directory of dated files only is data.
        for name in ["status.csv", "calls.csv", "sales.csv", "agents.csv"] { try FileManager.default.removeItem(atPath: dir.path(name)) }
        #expect(DataDirectory.openFailure(dir.path) == nil)
    }

    @Test func theDaysFirstFileIsPickedUpWhileRunning() throws {
        let dir = try Self.directory()
        defer { dir.remove() }
        let data = try DataDirectory(path: dir.path, calendar: Warsaw.calendar, now: Self.now)
        #expect(data.model.agent("a1")?.calls == 0)
        try dir.write("calls-2026-11-27.csv", "id,agent,start,duration,outcome\nC9,a1,2026-11-27 10:00:00,60,sale\n")
        #expect(data.refresh(now: Self.now + 1))
        #expect(data.model.agent("a1")?.calls == 1)
        // Appended to like any file.
        try dir.append("calls-2026-11-27.csv", "C10,a1,2026-11-27 10:30:00,60,no-sale\n")
        #expect(data.refresh(now: Self.now + 2))
        #expect(data.model.agent("a1")?.calls == 2)
    }

    @Test func theSingleFilesColumnsAndEncodingApplyToItsDatedFiles() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("agents.csv", "id,name\na1,Anna Kowalska\n")
        try dir.write("callboard.toml", """
            [columns]
            calls.id = "Nr"
            calls.agent = "Konsultant"
            calls.start = "Początek"
            calls.duration = "Czas"
            calls.outcome = "Wynik"

            """)
        try dir.write("calls-2026-11-26.csv", "Nr,Konsultant,Początek,Czas,Wynik\nK1,a1,2026-11-26 09:00:00,60,sale\n")
        let data = try DataDirectory(path: dir.path, calendar: Warsaw.calendar, now: Self.now)
        #expect(data.problemLines == [])
        #expect(data.model.agent("a1")?.earlier[Self.thursday]?.calls == 1)
    }
}
