import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

/// `check` lists exactly the problems the dashboard shows, for every fixture directory of
/// the project: same reasons, same lines, same count.
@Suite struct CheckEqualsDashboardTests {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let shared = here.appendingPathComponent("../../../shared/fixtures/queue_log").standardized.path

    static func expectEqual(_ path: String, calendar: LocalCalendar, now: Instant,
                            sourceLocation: SourceLocation = #_sourceLocation) throws {
        let dashboard = try DataDirectory(path: path, calendar: calendar, now: now).model.problems
        let check = DataCheck.run(path: path, calendar: calendar, now: now)
        #expect(check.problems.count == dashboard.count, sourceLocation: sourceLocation)
        #expect(check.problems.items.map(\.description).sorted() == dashboard.items.map(\.description).sorted(),
                sourceLocation: sourceLocation)
    }

    @Test func theExample() throws {
        try Self.expectEqual(AsOfCutTests.example, calendar: Warsaw.calendar, now: Warsaw.at(11, 20))
    }

    @Test func theDashboardsOwnFixture() throws {
        let fixture = try DataDirectoryFixture()
        defer { fixture.dir.remove() }
        try Self.expectEqual(fixture.dir.path, calendar: Warsaw.calendar, now: DataDirectoryFixture.now)
    }

    /// The check's fixture with each kind of broken file and row.
    @Test(arguments: [
        ["agents.csv": nil], ["agents.csv": "id,full_name\na1,Anna\n"], ["agents.csv": "id,name"],
        ["status.csv": CheckFixture.status + "2026-11-27 09:00:00,a9,dancing,\n2026-11-27 07:00:00,a1,call,\n"],
        ["calls.csv": CheckFixture.calls + "C1,a2,2026-11-27 09:10:00,60,sale\nC9,a1,2026-11-27 09:20:00,5m,sale\n"],
        ["sales.csv": CheckFixture.sales + "2026-11-27 09:00:00;a2;x;C999\n"],
        ["coaching.csv": CheckFixture.coaching + "K1,a1,one-on-one,2026-11-30,Talk,\n"],
        ["reviews.jsonl": CheckFixture.reviews + "{\"v\":1,\"kind\":\"rev\n"],
        ["callboard.toml": "[thresholds.pause]\ncolour = 3\n"],
        ["targets.csv": "agent,date,sales,shift_start,shift_end\na1,2026-11-27,x,,\nzz,,1,,\na2,,-1,,\na1,,,12:00,\nteam,,,,\n"],
        ["targets.csv": "who,sales\na1,1\n"],
    ] as [[String: String?]])
    func brokenFiles(_ changes: [String: String?]) throws {
        let fixture = try CheckFixture(changes)
        defer { fixture.dir.remove() }
        try Self.expectEqual(fixture.dir.path, calendar: Warsaw.calendar, now: CheckFixture.now)
    }

    @Test func theSharedFreePBXSample() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let sample = Self.shared + "/freepbx-2010-queue9000.queue_log"
        try #require(FileManager.default.fileExists(atPath: sample), "the shared samples belong beside the project")
        try FileManager.default.createSymbolicLink(atPath: dir.path("queue_log"), withDestinationPath: sample)
        let utc = LocalCalendar(timeZone: TimeZone(identifier: "UTC")!)
        try Self.expectEqual(dir.path, calendar: utc, now: utc.instant(Day(year: 2010, month: 2, day: 22), hour: 23))
        // Without a roster, too: a directory with only a queue_log is a data directory.
        #expect(DataCheck.run(path: dir.path, calendar: utc, now: utc.instant(Day(year: 2010, month: 2, day: 22), hour: 12))
            .fatal == nil)
    }
}
