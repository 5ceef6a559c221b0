import CallboardModel
import Foundation
import Testing
@testable import CallboardReaders

/// The queue board's hours fed from a small hand-made queue_log read through the data
/// directory: each call in the hour it entered the queue, earlier days in their own hours.
/// Friday 2026-11-27 at 12:00, Warsaw (CET), T = 20 s.
@Suite struct QueueLogHoursTests {
    static let roster = "id,name,queue_member\na1,Anna,SIP/2001\na2,Bartek,SIP/2002\n"
    static let settings = "mode = \"service\"\n[service]\ntarget_level = 0.8\ntarget_abandon_rate = 0.05\ntarget_asa = 30\n"

    static func t(_ h: Int, _ m: Int, _ s: Int = 0, daysAgo: Int = 0) -> Instant {
        Warsaw.at(h, m, s, day: Warsaw.day.adding(days: -daysAgo))
    }

    /// - a week ago: c9 entered 09:10, answered by Bartek after 25 s, 95 s of talk;
    /// - yesterday: c0 entered 14:58, answered at 15:00:05 after 125 s, 300 s of talk; cX entered
    ///   at 23:59:30 and is answered today at 00:00:30 after 60 s, 300 s of talk;
    /// - today: c4 answered at 09:30 after 10 s, its ENTERQUEUE not in the log, 120 s of talk;
    ///   c3 entered sales at 10:50, answered after 8 s, blind-transferred at 10:52:08 after 120 s,
    ///   entered support at 11:05, answered after 30 s, 300 s; c1 entered at 10:59, answered at
    ///   11:01 after 120 s, 240 s; c2 entered at 11:10 and hung up after 60 s.
    static let log = [
        "\(t(9, 10, daysAgo: 7))|c9|sales|NONE|ENTERQUEUE||600100200|1",
        "\(t(9, 10, 25, daysAgo: 7))|c9|sales|SIP/2002|CONNECT|25|c9-a|3",
        "\(t(9, 12, daysAgo: 7))|c9|sales|SIP/2002|COMPLETEAGENT|25|95|1",
        "\(t(14, 58, daysAgo: 1))|c0|sales|NONE|ENTERQUEUE||600100200|1",
        "\(t(15, 0, 5, daysAgo: 1))|c0|sales|SIP/2001|CONNECT|125|c0-a|3",
        "\(t(15, 5, 5, daysAgo: 1))|c0|sales|SIP/2001|COMPLETECALLER|125|300|1",
        "\(t(23, 59, 30, daysAgo: 1))|cX|sales|NONE|ENTERQUEUE||600100200|1",
        "\(t(0, 0, 30))|cX|sales|SIP/2001|CONNECT|60|cX-a|3",
        "\(t(0, 5, 30))|cX|sales|SIP/2001|COMPLETECALLER|60|300|1",
        "\(t(9, 30))|c4|sales|SIP/2001|CONNECT|10|c4-a|3",
        "\(t(9, 32))|c4|sales|SIP/2001|COMPLETEAGENT|10|120|1",
        "\(t(10, 50))|c3|sales|NONE|ENTERQUEUE||600100200|1",
        "\(t(10, 50, 8))|c3|sales|SIP/2002|CONNECT|8|c3-a|3",
        "\(t(10, 52, 8))|c3|sales|SIP/2002|BLINDTRANSFER|7002|from-queue|8|120|1",
        "\(t(10, 59))|c1|sales|NONE|ENTERQUEUE||600100200|1",
        "\(t(11, 1))|c1|sales|SIP/2001|CONNECT|120|c1-a|3",
        "\(t(11, 5))|c3|support|NONE|ENTERQUEUE||600100200|1",
        "\(t(11, 5))|c1|sales|SIP/2001|COMPLETEAGENT|120|240|1",
        "\(t(11, 5, 30))|c3|support|SIP/2002|CONNECT|30|c3-b|4",
        "\(t(11, 10))|c2|sales|NONE|ENTERQUEUE||600100200|1",
        "\(t(11, 10, 30))|c3|support|SIP/2002|COMPLETECALLER|30|300|1",
        "\(t(11, 11))|c2|sales|NONE|ABANDON|1|1|60",
    ]

    static func open(_ log: [String], settings: String = settings, now: Instant = t(12, 0)) throws -> (TemporaryDirectory, DataDirectory) {
        let dir = try TemporaryDirectory()
        try dir.write("agents.csv", roster)
        try dir.write("callboard.toml", settings)
        try dir.write("queue_log", log.joined(separator: "\n") + "\n")
        return (dir, try DataDirectory(path: dir.path, calendar: Warsaw.calendar, now: now))
    }

    @Test func todaysHours() throws {
        let (dir, data) = try Self.open(Self.log)
        defer { dir.remove() }
        #expect(data.problemLines == [])
        let b = data.model.queues
        #expect(b.hours.count == 12)
        // 00:00: cX answered after 60 s (its ENTERQUEUE was yesterday), 300 s of talk.
        #expect(b.hours[0].offered == 0 && b.hours[0].answered == 1 && b.hours[0].answeredWithinThreshold == 0)
        #expect(b.hours[0].completed == 1 && b.hours[0].talkSeconds == 300)
        // 09:00: c4 answered within T; no offer seen.
        #expect(b.hours[9].offered == 0 && b.hours[9].answered == 1 && b.hours[9].answeredWithinThreshold == 1)
        #expect(b.hours[9].talkSeconds == 120)
        // 10:00: c3 in sales (8 s, 120 s) and c1 (120 s, 240 s, answered at 11:01):
        // 2 offered, 2 answered, 1 within T, waits 8 + 120 = 128 s, talk 120 + 240 = 360 s.
        let ten = b.hours[10]
        #expect(ten.offered == 2 && ten.answered == 2 && ten.answeredWithinThreshold == 1)
        #expect(ten.waitSecondsAnswered == 128 && ten.completed == 2 && ten.talkSeconds == 360)
        // 11:00: c3 in support (30 s, 300 s) and c2 abandoned after 60 s.
        let eleven = b.hours[11]
        #expect(eleven.offered == 2 && eleven.answered == 1 && eleven.answeredWithinThreshold == 0)
        #expect(eleven.abandoned == 1 && eleven.longestWait == 60 && eleven.completed == 1 && eleven.talkSeconds == 300)
        // The hours add up to the day: 0 + 0 + 2 + 2 = 4 offered, 1 + 1 + 2 + 1 = 5 answered and
        // completed, 1 abandoned.
        #expect(b.hours.reduce(QueueStats(), +) == b.total)
        #expect(b.total.offered == 4 && b.total.answered == 5 && b.total.abandoned == 1 && b.total.completed == 5)
        #expect(b.byQueue["sales"]?.offered == 3 && b.byQueue["support"]?.offered == 1)
    }

    @Test func hoursAgainstTheTargets() throws {
        let (dir, data) = try Self.open(Self.log)
        defer { dir.remove() }
        let targets = ServiceTargets(data.model.settings)
        #expect(targets == ServiceTargets(serviceLevel: 0.8, abandonRate: 0.05, averageSpeedOfAnswer: 30))
        let b = data.model.queues
        // 10:00: SL 1 ÷ 2 = 50 % < 80 %; 0 of 2 abandoned; ASA 128 ÷ 2 = 64 s > 30 s.
        #expect(b.targetsMet(hour: 10, targets) == ServiceTargets.Met(serviceLevel: false, abandonRate: true, averageSpeedOfAnswer: false))
        // 11:00: SL 0 ÷ 1; 1 of 2 abandoned = 50 % > 5 %; ASA 30 s ≤ 30 s.
        #expect(b.targetsMet(hour: 11, targets) == ServiceTargets.Met(serviceLevel: false, abandonRate: false, averageSpeedOfAnswer: true))
        // 00:00 with a call, then the shift's hours from 08:00 to 12:00 (under way, no call yet).
        #expect(b.shownHours(shift: data.model.shift, at: Self.t(12, 0)) == [0, 8, 9, 10, 11, 12])
    }

    @Test func earlierDaysInTheirOwnHours() throws {
        let (dir, data) = try Self.open(Self.log)
        defer { dir.remove() }
        let b = data.model.queues
        let yesterday = Warsaw.day.adding(days: -1), weekAgo = Warsaw.day.adding(days: -7)
        #expect(Set(b.earlierHours.keys) == [yesterday, weekAgo])
        // Yesterday 14:00: c0 offered and answered after 125 s (at 15:00:05), 300 s of talk; 23:00: cX offered.
        let y = b.hours(on: yesterday)
        #expect(y.count == 24)
        #expect(y[14].offered == 1 && y[14].answered == 1 && y[14].waitSecondsAnswered == 125 && y[14].talkSeconds == 300)
        #expect(y[15].isEmpty)
        #expect(y[23].offered == 1 && y[23].answered == 0)
        // A week ago 09:00: c9 answered after 25 s, 95 s of talk.
        let w = b.hours(on: weekAgo)
        #expect(w.count == 10 && w[9].offered == 1 && w[9].answered == 1 && w[9].answeredWithinThreshold == 0 && w[9].talkSeconds == 95)
    }

    /// 2026-10-25 in Warsaw: 25 hours. 02:30 CEST and 02:30 CET, an hour apart, are hours 2 and 3.
    @Test func theDaySummerTimeEnds() throws {
        let day = Day(year: 2026, month: 10, day: 25)
        let first = Warsaw.calendar.instant(day, hour: 2, minute: 30)
        let (dir, data) = try Self.open([
            "\(first)|d1|sales|NONE|ENTERQUEUE||600100200|1",
            "\(first + 10)|d1|sales|SIP/2001|CONNECT|10|d1-a|3",
            "\(first + 3600)|d2|sales|NONE|ENTERQUEUE||600100200|1",
            "\(first + 3630)|d2|sales|NONE|ABANDON|1|1|30",
        ], now: Warsaw.calendar.instant(day, hour: 12, minute: 0))
        defer { dir.remove() }
        let b = data.model.queues
        #expect(b.hourCount == 25)
        #expect(b.hours.count == 4)
        #expect(b.hours[2].offered == 1 && b.hours[2].answered == 1)
        #expect(b.hours[3].offered == 1 && b.hours[3].abandoned == 1)
        #expect([2, 3].map { b.start(ofHour: $0).map { Warsaw.calendar.wallClock($0).shortTime } } == ["02:00", "02:00"])
    }

    /// Real queue_logs of other PBXes (Tests/Fixtures/asterisk, and the shared FreePBX sample) on
    /// the day they hold, in UTC: the hours add up to the day's totals, and read the next day the
    /// same hours are that earlier day's.
    @Test(arguments: [
        ("Tests/Fixtures/asterisk/queue_log/asterisk2slack-2018.queue_log", Day(year: 2018, month: 12, day: 28)),
        ("Tests/Fixtures/asterisk/queue_log/asterisk-issue759-2024.queue_log", Day(year: 2024, month: 6, day: 3)),
        ("Tests/Fixtures/asterisk/queue_log/adg5-support-2018.queue_log", Day(year: 2018, month: 7, day: 2)),
        ("../shared/fixtures/queue_log/freepbx-2010-queue9000.queue_log", Day(year: 2010, month: 2, day: 22)),
    ])
    func realLogsHoursAddUpToTheirDays(file: String, day: Day) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
        let path = root.appendingPathComponent(file).standardized.path
        try #require(FileManager.default.fileExists(atPath: path), "fixture missing: \(path)")
        let utc = LocalCalendar(timeZone: TimeZone(identifier: "UTC")!)
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try FileManager.default.createSymbolicLink(atPath: dir.path("queue_log"), withDestinationPath: path)
        let that = try DataDirectory(path: dir.path, calendar: utc, now: utc.instant(day, hour: 23, minute: 59, second: 59)).model.queues
        #expect(that.total.offered > 0)
        #expect(that.hours.reduce(QueueStats(), +) == that.total)
        let next = try DataDirectory(path: dir.path, calendar: utc, now: utc.instant(day.adding(days: 1), hour: 12)).model.queues
        #expect(next.hours(on: day) == that.hours)
        #expect(Array(next.earlierHours.keys) == [day])
    }
}
